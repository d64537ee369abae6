import { Text, View } from '@tarojs/components'
import './index.scss'

/**
 * 上一页 / 第 n / m 页 / 下一页 under a staff list. A single page needs no pager, so it shows nothing;
 * the first page has no 上一页 and the last no 下一页, rather than buttons that do nothing.
 */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  if (pages <= 1) return null
  return (
    <View className='staff-row staff-pager'>
      {page > 1 && (
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => onPage(page - 1)}>
          <Text>上一页</Text>
        </View>
      )}
      <Text className='staff-pager__page'>
        第 {page} / {pages} 页
      </Text>
      {page < pages && (
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => onPage(page + 1)}>
          <Text>下一页</Text>
        </View>
      )}
    </View>
  )
}
