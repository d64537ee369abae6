import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { fetchCatalogue } from '@/api/content'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { CategoryCard } from '@/components/notices/CategoryCard'
import { SearchBox } from '@/components/notices/SearchBox'
import { useResource } from '@/hooks/use-resource'
import { searchUrl } from '@/packages/content/routes'
import './index.scss'

/** 公开: the disclosure catalogue, category by category, with a search box on top. */
export default function CataloguePage() {
  const catalogue = useResource('catalogue', fetchCatalogue)
  usePullDownRefresh(async () => {
    await catalogue.reload()
    Taro.stopPullDownRefresh()
  })
  return (
    <PageShell className='catalogue-page'>
      <SearchBox placeholder='搜索，如：低保' onSearch={(q) => void Taro.navigateTo({ url: searchUrl(q) })} />
      <ResourceState
        loading={catalogue.loading}
        error={catalogue.error}
        offline={catalogue.offline}
        updatedAt={catalogue.updatedAt}
        onRetry={() => void catalogue.reload()}
        hasData={catalogue.data !== null}
      >
        <View className='catalogue-page__categories'>
          {catalogue.data?.categories.map((node) => <CategoryCard key={node.id} node={node} />)}
        </View>
      </ResourceState>
    </PageShell>
  )
}
