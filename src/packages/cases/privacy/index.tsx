import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchPrivacyNotice, recordPrivacyConsent, withdrawPrivacyConsent } from '@/api/auth'
import { toApiError } from '@/api/errors'
import { ActionButton } from '@/components/ActionButton'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { useResource } from '@/hooks/use-resource'
import { useSignedIn } from '@/hooks/useSession'
import { useSession } from '@/stores/session'
import { MY_CASES_URL, loginUrl, returnOr } from '../routes'
import './index.scss'

/** What withdrawing changes, said before the resident confirms. */
export const WITHDRAW_WORDS =
  '撤回后，已经提交的事项是街道的公务档案，会照常保存和办理。以后再填写身份证件号码（如申请政府信息公开）时，需要重新同意。'

/** Consent given: it can be withdrawn here (个人信息保护法 第十五条), after the resident confirms. */
function Consented({ onWithdrawn }: { onWithdrawn(): void }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const withdraw = async () => {
    if (busy) return
    const res = await Taro.showModal({ title: '确定撤回同意吗？', content: WITHDRAW_WORDS, confirmText: '撤回', cancelText: '不撤回' })
    if (!res.confirm) return
    setBusy(true)
    setError(null)
    try {
      await withdrawPrivacyConsent()
      // The next identity number asks again: needsConsent reads this flag.
      useSession.getState().setPrivacyConsented(false)
      onWithdrawn()
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='privacy__consent'>
      <Text className='privacy__done'>✓ 您已经同意过这份说明。</Text>
      <Text className='privacy__explain'>{WITHDRAW_WORDS}</Text>
      {error && (
        <View role='alert' className='privacy__error'>
          <Text>⚠ {error}</Text>
        </View>
      )}
      <ActionButton kind='plain' text={busy ? '正在撤回…' : '撤回同意'} onClick={() => void withdraw()} />
    </View>
  )
}

/**
 * The privacy notice, and the resident's explicit consent before an identity number is sent
 * (个人信息保护法 第二十九条: sensitive personal information needs separate consent). Nothing is
 * pre-ticked: the resident ticks 我已阅读 and then presses 同意.
 */
export default function PrivacyPage() {
  const notice = useResource('privacy-notice', fetchPrivacyNotice)
  // ?back=1: a form waits to be sent; opened from 我的, there is nothing to continue.
  const fromForm = useRouter().params.back === '1'
  const signedIn = useSignedIn()
  const consented = useSession((s) => s.privacyConsented)
  const [ticked, setTicked] = useState(false)
  const [withdrawn, setWithdrawn] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const agree = async () => {
    if (!notice.data) return
    if (!ticked) {
      setError('请先勾选“我已阅读并理解上面的说明”')
      return
    }
    if (!signedIn) {
      void Taro.navigateTo({ url: loginUrl(true) })
      return
    }
    try {
      await recordPrivacyConsent(notice.data.version)
      useSession.getState().setPrivacyConsented(true)
      void Taro.showToast({ title: '已同意', icon: 'success' })
      returnOr(MY_CASES_URL)
    } catch (caught) {
      setError(toApiError(caught).message)
    }
  }

  return (
    <PageShell className='privacy'>
      <ResourceState {...notice} onRetry={() => void notice.reload()} hasData={notice.data !== null}>
        {notice.data && (
          <View className='privacy__notice'>
            <Text className='privacy__title'>{notice.data.title}</Text>
            <Text className='privacy__version'>版本 {notice.data.version}</Text>
            {notice.data.text
              .split(/\n+/)
              .filter((p) => p.trim() !== '')
              .map((p) => (
                <Text key={p} className='privacy__paragraph'>
                  {p}
                </Text>
              ))}
          </View>
        )}
        {consented && signedIn ? (
          <Consented onWithdrawn={() => setWithdrawn(true)} />
        ) : (
          <View className='privacy__consent'>
            {withdrawn && (
              <View role='status' className='privacy__withdrawn'>
                <Text>✓ 已撤回同意。已提交的事项照常办理；以后填写身份证件号码时，会再请您同意。</Text>
              </View>
            )}
            <View className='privacy__tick' role='checkbox' aria-checked={ticked} hoverClass='jf-pressed' onClick={() => setTicked(!ticked)}>
              <Text className='privacy__box'>{ticked ? '☑' : '☐'}</Text>
              <Text className='privacy__tick-text'>我已阅读并理解上面的说明</Text>
            </View>
            {error && (
              <View role='alert' className='privacy__error'>
                <Text>⚠ {error}</Text>
              </View>
            )}
            <ActionButton text={fromForm ? '同意，继续提交' : '同意'} onClick={() => void agree()} />
            <View className='privacy__later'>
              <ActionButton kind='plain' text='暂不同意' onClick={() => returnOr(MY_CASES_URL)} />
            </View>
            <Text className='privacy__note'>不同意也可以提交投诉、举报、求助和意见建议；政府信息公开申请需要填写身份证件号码，必须先同意。</Text>
          </View>
        )}
      </ResourceState>
    </PageShell>
  )
}
