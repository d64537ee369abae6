import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fetchAccount } from '@/api/me'
import { endSession } from '@/api/resident'
import { useSignedIn } from '@/hooks/useSession'
import { MY_CASES_URL, loginUrl, privacyUrl } from '@/packages/cases/routes'
import { ownershipOf, useOutbox } from '@/stores/outbox'
import { signOutAndForgetUnsent, useSession } from '@/stores/session'
import './index.scss'

function Row({ text, note, onClick }: { text: string; note?: string; onClick(): void }) {
  return (
    <View className='account-links__row' role='button' hoverClass='jf-pressed' onClick={onClick}>
      <View className='account-links__text'>
        <Text className='account-links__title'>{text}</Text>
        {note && <Text className='account-links__note'>{note}</Text>}
      </View>
      <Text className='account-links__arrow'>›</Text>
    </View>
  )
}

/**
 * Who is signed in, as the resident can check it: the masked phone number the account was opened
 * with, or WeChat. Offline it says only that someone is.
 * @example signedInAs({ phoneMasked: '138****5678', wechat: false }) // '已登录：手机 138****5678'
 */
export function signedInAs(me: { phoneMasked: string | null; wechat: boolean } | null): string {
  if (me?.phoneMasked) return `已登录：手机 ${me.phoneMasked}`
  if (me?.wechat) return '已登录：微信账号'
  return '已登录'
}

function SignedInAs() {
  const [me, setMe] = useState<{ phoneMasked: string | null; wechat: boolean } | null>(null)
  useEffect(() => {
    let shown = true
    fetchAccount().then(
      (answer) => shown && setMe(answer),
      () => undefined
    )
    return () => {
      shown = false
    }
  }, [])
  return <Text className='account-links__who'>{signedInAs(me)}</Text>
}

/**
 * What the 退出登录 dialog says: unsent submissions are deleted with the sign-out, so a resident
 * who still has some hears it first and can wait until they are sent.
 * @example signOutWarning(2) // '您还有 2 件事项没有发送，退出后会和没填完的内容一起从这部手机上删除。要保留，请先取消，等发送成功后再退出。'
 */
export function signOutWarning(unsent: number): string {
  if (unsent === 0) return '退出后需要重新登录才能查看您的事项。这部手机上保存的您的事项、消息和没填完的内容会删除。'
  return `您还有 ${unsent} 件事项没有发送，退出后会和没填完的内容一起从这部手机上删除。要保留，请先取消，等发送成功后再退出。`
}

/** 我的 tab: 登录, or 我的事项, the privacy notice (where consent is withdrawn) and 退出登录 once signed in. */
export function AccountLinks() {
  const signedIn = useSignedIn()
  const signOut = async () => {
    const account = useSession.getState().accountId
    // What 退出登录 deletes: see signOutAndForgetUnsent (another account's items stay).
    const unsent = useOutbox.getState().items.filter((i) => ownershipOf(i, account) !== 'other').length
    const res = await Taro.showModal({ title: '退出登录？', content: signOutWarning(unsent), confirmText: '退出', cancelText: '取消' })
    if (!res.confirm) return
    const token = useSession.getState().token
    signOutAndForgetUnsent()
    // The phone forgets at once; the server ends the session when it can be reached (offline, the
    // token lapses after its 30 days, and nobody on this phone holds it any more).
    if (token) void endSession(token).catch(() => undefined)
  }
  if (!signedIn) {
    return <Row text='登录' note='登录后可以提交留言、查看办理进度' onClick={() => void Taro.navigateTo({ url: loginUrl() })} />
  }
  return (
    <View>
      <SignedInAs />
      <Row text='我的事项' note='查看提交的事项和办理进度' onClick={() => void Taro.navigateTo({ url: MY_CASES_URL })} />
      <Row text='个人信息保护说明' note='查看说明，也可以撤回同意' onClick={() => void Taro.navigateTo({ url: privacyUrl() })} />
      <Row text='退出登录' onClick={() => void signOut()} />
    </View>
  )
}
