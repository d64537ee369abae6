import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { fetchContacts, fetchNotices } from '@/api/content'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { PhoneLink } from '@/components/PhoneLink'
import { ResourceState } from '@/components/ResourceState'
import { SectionTitle } from '@/components/SectionTitle'
import { HomeCaseEntry } from '@/components/cases/HomeCaseEntry'
import { NoticeCard } from '@/components/notices/NoticeCard'
import { useResource } from '@/hooks/use-resource'
import { CATALOGUE_TAB_URL, QUICK_ENTRIES } from './entries'
import './index.scss'

export const LATEST_COUNT = 5

export default function HomePage() {
  const contacts = useResource('contacts', fetchContacts)
  const latest = useResource('home:latest-notices', () => fetchNotices({ pageSize: LATEST_COUNT }))

  usePullDownRefresh(async () => {
    await Promise.all([contacts.reload(), latest.reload()])
    Taro.stopPullDownRefresh()
  })

  return (
    <PageShell className='home'>
      <View className='home__welcome'>
        <Text className='home__office'>{contacts.data?.office.name ?? '街坊通'}</Text>
        <Text className='home__greeting'>您好！这里可以查看街道公开的信息、办事指南和联系电话。</Text>
      </View>

      <HomeCaseEntry />

      <View className='home__entries'>
        {QUICK_ENTRIES.map((entry) => (
          <View key={entry.text} className='home__entry' onClick={entry.open} hoverClass='jf-pressed' role='button'>
            <Text className='home__entry-text'>{entry.text}</Text>
            <Text className='home__entry-note'>{entry.note}</Text>
          </View>
        ))}
      </View>

      <SectionTitle text='最新公开' />
      <ResourceState {...latest} onRetry={latest.reload} hasData={latest.data !== null}>
        {latest.data && latest.data.items.length === 0 && <EmptyState text='暂时还没有公开信息' />}
        <View className='home__notices'>
          {latest.data?.items.map((notice) => <NoticeCard key={notice.id} notice={notice} showCategory />)}
        </View>
        {latest.data && latest.data.total > latest.data.items.length && (
          <View className='home__more' onClick={() => void Taro.switchTab({ url: CATALOGUE_TAB_URL })} hoverClass='jf-pressed' role='link'>
            <Text>查看全部公开信息</Text>
          </View>
        )}
      </ResourceState>

      <SectionTitle text='值班电话' />
      <ResourceState {...contacts} onRetry={contacts.reload} hasData={contacts.data !== null}>
        {contacts.data && (
          <Card>
            <PhoneLink phone={contacts.data.dutyPhone.phone} label={contacts.data.dutyPhone.label} note={contacts.data.dutyPhone.hours} tone='urgent' />
          </Card>
        )}
      </ResourceState>
    </PageShell>
  )
}
