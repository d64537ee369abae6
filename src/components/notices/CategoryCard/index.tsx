import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CatalogueNode } from '@/core/schemas/notices'
import { SERVICES_TAB_URL, noticeListUrl } from '@/packages/content/routes'
import './index.scss'

/** Service guides have their own tab; every other category opens its list of notices. */
export function openCatalogueNode(node: CatalogueNode): void {
  if (node.content === 'guides') void Taro.switchTab({ url: SERVICES_TAB_URL })
  else void Taro.navigateTo({ url: noticeListUrl(node.id) })
}

/** A top category of the catalogue as a big card, with its sub-categories listed under it. */
export function CategoryCard({ node }: { node: CatalogueNode }) {
  const hasChildren = node.children.length > 0
  return (
    <View className='category-card'>
      <View className='category-card__head' hoverClass='category-card__head--pressed' onClick={() => openCatalogueNode(node)}>
        <View className='category-card__title-row'>
          <Text className='category-card__name'>{node.name}</Text>
          <Text className='category-card__count'>{`${node.count} ${node.content === 'guides' ? '项' : '条'}`}</Text>
        </View>
        <Text className='category-card__description'>{node.description}</Text>
        <Text className='category-card__open'>{hasChildren ? '查看全部 ›' : node.content === 'guides' ? '去办事 ›' : '查看 ›'}</Text>
      </View>
      {hasChildren && (
        <View className='category-card__children'>
          {node.children.map((child) => (
            <View key={child.id} className='category-card__child' hoverClass='category-card__child--pressed' onClick={() => openCatalogueNode(child)}>
              <Text className='category-card__child-name'>{child.name}</Text>
              <Text className='category-card__child-count'>{`${child.count} 条 ›`}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
