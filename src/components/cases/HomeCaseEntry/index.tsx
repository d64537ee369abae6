import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { fetchMeBrief, fetchMyCaseSummaries } from '@/api/resident'
import { useResource } from '@/hooks/use-resource'
import { useSignedIn } from '@/hooks/useSession'
import { NEW_CASE_URL, MY_CASES_URL } from '@/packages/cases/routes'
import { residentCacheKey } from '@/stores/offline-cache'
import { ownershipOf, useOutbox, useOutboxResend } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import './index.scss'

function MyOpenCases() {
  const token = useSession((s) => s.token) ?? ''
  const cases = useResource(residentCacheKey('cases:home', token), fetchMyCaseSummaries, [token])
  const me = useResource(residentCacheKey('me', token), fetchMeBrief, [token])
  const account = useSession((s) => s.accountId)
  // Another account's items wait for that account; they are counted in 我的事项, not as this resident's.
  const waiting = useOutbox((s) => s.items.filter((i) => ownershipOf(i, account) !== 'other').length)
  const unread = me.data?.unreadNotifications ?? 0
  const open = cases.data?.filter((c) => c.waitingOn !== 'nobody') ?? []
  const yours = open.filter((c) => c.waitingOn === 'resident').length
  return (
    <View className='home-cases__mine' role='link' hoverClass='jf-pressed' onClick={() => void Taro.navigateTo({ url: MY_CASES_URL })}>
      <View className='home-cases__mine-top'>
        <Text className='home-cases__mine-title'>我的事项 ›</Text>
        {unread > 0 && <Text className='home-cases__badge'>{unread} 条新消息</Text>}
      </View>
      <Text className='home-cases__mine-line'>{cases.data ? `正在办理 ${open.length} 件` : cases.loading ? '正在加载…' : '点这里查看'}</Text>
      {yours > 0 && <Text className='home-cases__mine-line home-cases__mine-line--yours'>其中 {yours} 件需要您补正材料</Text>}
      {waiting > 0 && <Text className='home-cases__mine-line home-cases__mine-line--yours'>{waiting} 件待发送</Text>}
    </View>
  )
}

/** 首页's way in: a big 我要留言 button, and once signed in how many cases are open. */
export function HomeCaseEntry() {
  const signedIn = useSignedIn()
  // 首页 is what shows when the app comes back: unsent submissions go out from here too.
  useOutboxResend(signedIn)
  return (
    <View className='home-cases'>
      <View className='home-cases__new' role='button' hoverClass='jf-pressed' onClick={() => void Taro.navigateTo({ url: NEW_CASE_URL })}>
        <Text className='home-cases__new-text'>我要留言 / 投诉建议</Text>
        <Text className='home-cases__new-note'>投诉、举报、求助、提建议、申请政府信息公开</Text>
      </View>
      {signedIn && <MyOpenCases />}
    </View>
  )
}
