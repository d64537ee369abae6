import { Text, View } from '@tarojs/components'
import './index.scss'

export interface ListFooterProps {
  count: number
  total: number
  loading: boolean
  hasMore: boolean
  /** Why the next page did not load; the resident can tap to try again. */
  moreError: string | null
  onLoadMore(): void
  /** What the list counts: 条 for notices, 项 for service guides. */
  unit?: string
}

/** The bottom of an infinite list: loading, a retry after a failed page, a 加载更多 button, or the end. */
export function ListFooter({ count, total, loading, hasMore, moreError, onLoadMore, unit = '条' }: ListFooterProps) {
  if (count === 0) return null
  if (moreError) {
    return (
      <View className='list-footer list-footer--action' hoverClass='list-footer--pressed' onClick={onLoadMore} role='alert'>
        <Text>{`${moreError}，点这里再试一次`}</Text>
      </View>
    )
  }
  if (loading) {
    return (
      <View className='list-footer'>
        <Text>正在加载更多…</Text>
      </View>
    )
  }
  if (hasMore) {
    // Scrolling to the bottom loads the next page by itself; the button is for those who stop short.
    return (
      <View className='list-footer list-footer--action' hoverClass='list-footer--pressed' onClick={onLoadMore}>
        <Text>{`已显示 ${count} ${unit}，共 ${total} ${unit} · 加载更多`}</Text>
      </View>
    )
  }
  return (
    <View className='list-footer'>
      <Text>{`已经到底了，共 ${total} ${unit}`}</Text>
    </View>
  )
}
