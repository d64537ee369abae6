import { Text, View } from '@tarojs/components'
import { useReachBottom, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { fetchGuides, fetchNotices } from '@/api/content'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { SectionTitle } from '@/components/SectionTitle'
import { GuideCard } from '@/components/guides/GuideCard'
import { ListFooter } from '@/components/notices/ListFooter'
import { NoticeCard } from '@/components/notices/NoticeCard'
import { SearchBox } from '@/components/notices/SearchBox'
import { SEARCH_QUERY_MAX } from '@/core/notices/search'
import { usePagedList } from '@/hooks/use-paged-list'
import { useResource } from '@/hooks/use-resource'
import { routeParam } from '../routes'
import './index.scss'

/** Words residents search for most; offered when a search finds nothing and before the first one. */
const SUGGESTED_WORDS = ['低保', '医保', '养老保险', '残疾人', '高龄津贴', '征地拆迁']

function Suggestions({ onPick }: { onPick(q: string): void }) {
  return (
    <View className='search-page__suggestions'>
      {SUGGESTED_WORDS.map((word) => (
        <View key={word} className='search-page__suggestion' hoverClass='search-page__suggestion--pressed' onClick={() => onPick(word)}>
          <Text>{word}</Text>
        </View>
      ))}
    </View>
  )
}

/** How many matching service guides are shown above the notices; the rest are in 办事. */
const GUIDES_SHOWN = 5

/**
 * Service guides (办事指南) that hold the words: a resident searching 低保 wants to know how to apply
 * as much as what was published. Shown only when some match, above the notices.
 */
function GuideMatches({ q }: { q: string }) {
  const guides = useResource(`search-guides:${q}`, () => fetchGuides({ q, page: 1, pageSize: GUIDES_SHOWN }), [q])
  const items = guides.data?.items ?? []
  if (items.length === 0) return null
  return (
    <View className='search-page__guides'>
      <SectionTitle text={`办事指南（${guides.data?.total ?? items.length} 条）`} />
      {items.map((guide) => (
        <GuideCard key={guide.id} guide={guide} />
      ))}
    </View>
  )
}

function SearchResults({ q, onPick }: { q: string; onPick(q: string): void }) {
  const results = usePagedList(`search:${q}`, (page) => fetchNotices({ q, page }), [q])
  useReachBottom(() => {
    if (results.hasMore) void results.loadMore()
  })
  const nothingFound = !results.loading && results.items.length === 0
  return (
    <ResourceState
      loading={results.loading}
      error={results.error}
      offline={results.offline}
      updatedAt={results.updatedAt}
      onRetry={() => void results.refresh()}
      hasData={results.items.length > 0}
    >
      {nothingFound ? (
        <View className='search-page__nothing' role='status'>
          <Text className='search-page__nothing-title'>{`没有找到含有“${q}”的公开信息`}</Text>
          <Text className='search-page__hint'>可以换个说法，或少写几个字再试试。也可以点下面的常用词：</Text>
          <Suggestions onPick={onPick} />
        </View>
      ) : (
        <View>
          <SectionTitle text={`公开信息（${results.total} 条）`} />
          {/* Ranked by relevance on purpose (server/repositories/notices-repository.ts); the page says so. */}
          <Text className='search-page__order'>标题里有这些字的排在前面，同样相关的，新发布的在前。</Text>
          <View className='search-page__list'>
            {results.items.map((notice) => (
              <NoticeCard key={notice.id} notice={notice} q={q} showExcerpt showCategory />
            ))}
          </View>
          <ListFooter
            count={results.items.length}
            total={results.total}
            loading={results.loading}
            hasMore={results.hasMore}
            moreError={results.moreError}
            onLoadMore={() => void results.loadMore()}
          />
        </View>
      )}
    </ResourceState>
  )
}

/** Search the service guides and every published notice; the words found are marked in the notices' titles and excerpts. */
export default function SearchPage() {
  const initial = routeParam(useRouter().params.q).trim().slice(0, SEARCH_QUERY_MAX)
  const [q, search] = useState(initial)
  return (
    <PageShell className='search-page'>
      <SearchBox initial={q} placeholder='输入要找的字' onSearch={search} focus={!initial} />
      {q ? (
        <>
          <GuideMatches q={q} />
          <SearchResults q={q} onPick={search} />
        </>
      ) : (
        <View className='search-page__start'>
          <Text className='search-page__hint'>输入几个字就能找，比如：</Text>
          <Suggestions onPick={search} />
        </View>
      )}
    </PageShell>
  )
}
