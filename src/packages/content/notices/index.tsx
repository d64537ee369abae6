import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { fetchNotices } from '@/api/content'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { ListFooter } from '@/components/notices/ListFooter'
import { NoticeCard } from '@/components/notices/NoticeCard'
import { type CategoryId, categoryName, isCategoryId } from '@/core/notices/catalogue'
import { usePagedList } from '@/hooks/use-paged-list'
import { routeParam } from '../routes'
import './index.scss'

function NoticeList({ category }: { category: CategoryId }) {
  const list = usePagedList(`notices:${category}`, (page) => fetchNotices({ category, page }), [category])
  useReachBottom(() => {
    if (list.hasMore) void list.loadMore()
  })
  usePullDownRefresh(async () => {
    await list.refresh()
    Taro.stopPullDownRefresh()
  })
  return (
    <ResourceState
      loading={list.loading}
      error={list.error}
      offline={list.offline}
      updatedAt={list.updatedAt}
      onRetry={() => void list.refresh()}
      hasData={list.items.length > 0}
    >
      {list.items.length === 0 && !list.loading ? (
        <EmptyState text='这个栏目暂时还没有公开的内容' />
      ) : (
        <View className='notices-page__list'>
          {list.items.map((notice) => (
            <NoticeCard key={notice.id} notice={notice} />
          ))}
        </View>
      )}
      <ListFooter
        count={list.items.length}
        total={list.total}
        loading={list.loading}
        hasMore={list.hasMore}
        moreError={list.moreError}
        onLoadMore={() => void list.loadMore()}
      />
    </ResourceState>
  )
}

/** The notices of one category (a parent category includes its sub-categories), newest first. */
export default function NoticesPage() {
  const raw = routeParam(useRouter().params.category)
  const category = isCategoryId(raw) ? raw : null
  const title = category ? categoryName(category) : '公开信息'
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title })
  }, [title])
  return (
    <PageShell className='notices-page'>
      {category ? <NoticeList category={category} /> : <EmptyState text='没有找到这个公开栏目，请返回重新选择' />}
    </PageShell>
  )
}
