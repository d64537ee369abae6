import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { fetchMyCases } from '@/api/cases'
import { ActionButton } from '@/components/ActionButton'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { SectionTitle } from '@/components/SectionTitle'
import { CaseCard } from '@/components/cases/CaseCard'
import { Notifications } from '@/components/cases/Notifications'
import { WechatReminders } from '@/components/cases/WechatReminders'
import { OutboxCard } from '@/components/cases/OutboxCard'
import { useResource } from '@/hooks/use-resource'
import { useSignedIn } from '@/hooks/useSession'
import { residentCacheKey } from '@/stores/offline-cache'
import { ownershipOf, sendOutboxItem, useOutbox, useOutboxResend, type OutboxItem, type Ownership } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { NEW_CASE_URL, caseDetailUrl, loginUrl } from '../routes'
import './index.scss'

const DISCARD_WORDS: Record<Ownership, string> = {
  mine: '删除后这条内容不会再发送。',
  unknown: '删除后这条内容不会再发送，也不能恢复。',
  other: '这是另一个账号的待发送事项。删除后它不会再发送，那个账号登录后也看不到了。'
}

function Outbox() {
  const items = useOutbox((s) => s.items)
  const account = useSession((s) => s.accountId)
  if (items.length === 0) return null
  const discard = (item: OutboxItem, whose: Ownership) => {
    void Taro.showModal({ title: '确定不发了吗？', content: DISCARD_WORDS[whose], confirmText: '删除', cancelText: '保留' }).then((res) => {
      if (res.confirm) useOutbox.getState().remove(item.key)
    })
  }
  const claim = (item: OutboxItem) => {
    void Taro.showModal({
      title: '这是您填写的吗？',
      content: `“${item.title}”会用您的账号提交给街道，以后由您查看办理进度。不是您填写的，请点“不是”。`,
      confirmText: '是我的',
      cancelText: '不是'
    }).then((res) => {
      if (!res.confirm || account === null) return
      useOutbox.getState().claim(item.key, account)
      void sendOutboxItem(item.key)
    })
  }
  // This account's items first: they are the ones that go out from here.
  const rank: Record<Ownership, number> = { mine: 0, unknown: 1, other: 2 }
  const shown = items.map((item) => ({ item, whose: ownershipOf(item, account) })).sort((a, b) => rank[a.whose] - rank[b.whose])
  return (
    <View>
      <SectionTitle text={`待发送（${items.length} 件）`} note='这些还没有送到街道' />
      {shown.map(({ item, whose }) => (
        <OutboxCard
          key={item.key}
          item={item}
          whose={whose}
          onResend={() => void sendOutboxItem(item.key)}
          onClaim={() => claim(item)}
          onDiscard={() => discard(item, whose)}
        />
      ))}
    </View>
  )
}

function MyCases() {
  // One cache entry per session, so that another account on the same phone never sees these.
  const token = useSession((s) => s.token) ?? ''
  const cases = useResource(residentCacheKey('cases:mine', token), fetchMyCases, [token])
  const acknowledged = useOutbox((s) => Object.keys(s.acknowledged).length)
  useOutboxResend(true)
  // A submission the outbox just delivered belongs in the list below.
  useEffect(() => {
    if (acknowledged > 0) void cases.reload()
  }, [acknowledged])
  useDidShow(() => void cases.reload())
  usePullDownRefresh(async () => {
    await cases.reload()
    Taro.stopPullDownRefresh()
  })
  return (
    <View>
      <Notifications />
      <WechatReminders />
      <Outbox />
      <SectionTitle text='已提交' note='街道已经收到的事项' />
      <ResourceState {...cases} onRetry={() => void cases.reload()} hasData={cases.data !== null}>
        {cases.data && cases.data.length === 0 && <EmptyState text='您还没有提交过事项' />}
        {cases.data?.map((c) => <CaseCard key={c.trackingNo} summary={c} onOpen={() => void Taro.navigateTo({ url: caseDetailUrl(c.trackingNo) })} />)}
      </ResourceState>
    </View>
  )
}

/** 我的事项: what waits to be sent, then every case the office has, with its status and clock. */
export default function MyCasesPage() {
  const signedIn = useSignedIn()
  return (
    <PageShell className='my-cases'>
      <View className='my-cases__new'>
        <ActionButton text='＋ 我要留言 / 投诉建议' onClick={() => void Taro.navigateTo({ url: NEW_CASE_URL })} />
      </View>
      {signedIn ? (
        <MyCases />
      ) : (
        <View className='my-cases__login'>
          <Text className='my-cases__login-text'>登录后可以查看您提交的事项和办理进度。</Text>
          <ActionButton text='登录' onClick={() => void Taro.navigateTo({ url: loginUrl(true) })} />
        </View>
      )}
    </PageShell>
  )
}
