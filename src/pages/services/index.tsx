import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { fetchGuides } from '@/api/content'
import { ActionButton } from '@/components/ActionButton'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { SectionTitle } from '@/components/SectionTitle'
import { GuideTopicList } from '@/components/guides/GuideTopicList'
import { ListFooter } from '@/components/notices/ListFooter'
import { SearchBox } from '@/components/notices/SearchBox'
import { PAGE_SIZE_MAX } from '@/core/schemas/paging'
import { usePagedList } from '@/hooks/use-paged-list'
import { noticeListUrl } from '@/packages/content/routes'
import { SELFCHECK_URL } from '@/packages/selfcheck/routes'
import './index.scss'

/** 办事: the service guides, searchable, with the benefit policies one tap away. */
export default function ServicesPage() {
  const [q, setQ] = useState('')
  // Every guide on one page where possible, so that each topic heading has all its guides at once.
  const guides = usePagedList(`guides:${q}`, (page) => fetchGuides({ q, page, pageSize: PAGE_SIZE_MAX }), [q])
  useReachBottom(() => {
    if (guides.hasMore) void guides.loadMore()
  })
  usePullDownRefresh(async () => {
    await guides.refresh()
    Taro.stopPullDownRefresh()
  })
  const nothingFound = q !== '' && !guides.loading && guides.items.length === 0
  return (
    <PageShell className='services-page'>
      <View
        className='services-page__selfcheck'
        hoverClass='services-page__benefits--pressed'
        role='link'
        onClick={() => void Taro.navigateTo({ url: SELFCHECK_URL })}
      >
        <Text className='services-page__benefits-title'>惠民政策自测</Text>
        <Text className='services-page__benefits-text'>回答几个简单问题，看看您家可能申请哪些补贴和救助</Text>
        <Text className='services-page__selfcheck-open'>开始自测 ›</Text>
      </View>
      <View
        className='services-page__benefits'
        hoverClass='services-page__benefits--pressed'
        onClick={() => void Taro.navigateTo({ url: noticeListUrl('gov-benefits') })}
      >
        <Text className='services-page__benefits-title'>惠民政策</Text>
        <Text className='services-page__benefits-text'>低保、医保、残疾人补贴、养老保险等政策和标准</Text>
        <Text className='services-page__benefits-open'>去看看 ›</Text>
      </View>
      <SectionTitle text='办事指南' />
      <SearchBox initial={q} placeholder='输入要办的事' onSearch={setQ} />
      <ResourceState
        loading={guides.loading}
        error={guides.error}
        offline={guides.offline}
        updatedAt={guides.updatedAt}
        onRetry={() => void guides.refresh()}
        hasData={guides.items.length > 0}
      >
        {nothingFound ? (
          <View className='services-page__nothing' role='status'>
            <Text className='services-page__nothing-title'>{`没有找到含有“${q}”的办事指南`}</Text>
            <Text className='services-page__hint'>可以换个说法再找，也可以看全部办事指南。</Text>
            <ActionButton text='看全部办事指南' onClick={() => setQ('')} />
          </View>
        ) : guides.items.length === 0 && !guides.loading ? (
          <EmptyState text='暂时还没有公布办事指南' />
        ) : (
          <View className='services-page__list'>
            {q !== '' && <Text className='services-page__total'>{`找到 ${guides.total} 项`}</Text>}
            <GuideTopicList guides={guides.items} />
            <ListFooter
              count={guides.items.length}
              total={guides.total}
              loading={guides.loading}
              hasMore={guides.hasMore}
              moreError={guides.moreError}
              onLoadMore={() => void guides.loadMore()}
              unit='项'
            />
          </View>
        )}
      </ResourceState>
    </PageShell>
  )
}
