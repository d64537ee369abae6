import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fetchMe, requestSmsCode, signInWithWechat, signInWithWechatPhone, verifySmsCode } from '@/api/auth'
import { toApiError } from '@/api/errors'
import { ActionButton } from '@/components/ActionButton'
import { PageShell } from '@/components/PageShell'
import { TextField } from '@/components/cases/Field'
import { SmsVerifyBodySchema } from '@/core/schemas/auth'
import { MobilePhoneSchema } from '@/core/schemas/cases'
import type { Session } from '@/core/schemas/auth'
import { useSession } from '@/stores/session'
import { MY_CASES_URL, returnOr } from '../routes'
import './index.scss'

const isWeapp = () => process.env.TARO_ENV === 'weapp'

/** The server has no WeChat sign-in (no WeChat settings): the resident is offered the SMS code instead. */
const WECHAT_UNAVAILABLE = 'WECHAT_UNAVAILABLE'

/** Stores the session, learns whether the privacy notice is already agreed to, then goes on. */
async function finishSignIn(session: Session, back: boolean) {
  useSession.getState().signIn(session)
  try {
    useSession.getState().setPrivacyConsented((await fetchMe()).privacyConsentCurrent)
  } catch {
    // Not knowing only means the consent page is shown once more; the server decides anyway.
  }
  void Taro.showToast({ title: '登录成功', icon: 'success' })
  if (back) returnOr(MY_CASES_URL)
  else void Taro.redirectTo({ url: MY_CASES_URL })
}

function SmsSignIn({ back }: { back: boolean }) {
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [phoneError, setPhoneError] = useState<string>()
  const [codeError, setCodeError] = useState<string>()
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [wait, setWait] = useState(0)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (wait <= 0) return undefined
    const timer = setTimeout(() => setWait(wait - 1), 1000)
    return () => clearTimeout(timer)
  }, [wait])

  const sendCode = async () => {
    if (wait > 0 || busy) return
    const checked = MobilePhoneSchema.safeParse(phone)
    if (!checked.success) {
      setPhoneError(checked.error.issues[0].message)
      return
    }
    setPhoneError(undefined)
    setBusy(true)
    try {
      const sent = await requestSmsCode(checked.data)
      setSentTo(sent.sentTo)
      setWait(sent.resendAfterSeconds)
    } catch (caught) {
      setPhoneError(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  const signIn = async () => {
    if (busy) return
    const checked = SmsVerifyBodySchema.safeParse({ phone, code })
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        if (issue.path[0] === 'phone') setPhoneError(issue.message)
        if (issue.path[0] === 'code') setCodeError(issue.message)
      }
      return
    }
    setPhoneError(undefined)
    setCodeError(undefined)
    setBusy(true)
    try {
      await finishSignIn(await verifySmsCode(checked.data.phone, checked.data.code), back)
    } catch (caught) {
      setCodeError(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='login__form'>
      <TextField label='手机号码' required type='number' value={phone} maxLength={11} placeholder='请输入 11 位手机号' error={phoneError} onChange={setPhone} />
      <View className={`login__code-button ${wait > 0 ? 'login__code-button--wait' : ''}`} role='button' hoverClass='jf-pressed' onClick={() => void sendCode()}>
        <Text>{wait > 0 ? `${wait} 秒后可以重新获取` : sentTo ? '重新获取验证码' : '获取短信验证码'}</Text>
      </View>
      {sentTo && <Text className='login__sent'>验证码已发送到 {sentTo}，5 分钟内有效。</Text>}
      <TextField label='短信验证码' required type='number' value={code} maxLength={6} placeholder='6 位数字' error={codeError} onChange={setCode} />
      <ActionButton text={busy ? '请稍候…' : '登录'} onClick={() => void signIn()} />
    </View>
  )
}

/**
 * The mini-program's ways in: 微信一键登录 (wx.login), 手机号快捷登录 (WeChat's phone-number quick
 * check, a `getPhoneNumber` button) and, one tap away, the SMS code. `onUnavailable` switches to the
 * SMS code when the server has no WeChat sign-in.
 */
function WechatSignIn({ back, onUnavailable }: { back: boolean; onUnavailable(): void }) {
  const [error, setError] = useState<string | null>(null)
  const failed = (caught: unknown) => {
    const apiError = toApiError(caught)
    if (apiError.code === WECHAT_UNAVAILABLE) onUnavailable()
    else setError(apiError.message)
  }
  const signIn = async () => {
    setError(null)
    try {
      const { code } = await Taro.login()
      await finishSignIn(await signInWithWechat(code), back)
    } catch (caught) {
      failed(caught)
    }
  }
  const signInWithPhone = async (code: string | undefined) => {
    setError(null)
    // No code: the resident declined to share the number, or WeChat could not verify it.
    if (!code) {
      setError('没有取得手机号。可以再试一次，或用短信验证码登录。')
      return
    }
    try {
      await finishSignIn(await signInWithWechatPhone(code), back)
    } catch (caught) {
      failed(caught)
    }
  }
  return (
    <View className='login__form'>
      <ActionButton text='微信一键登录' onClick={() => void signIn()} />
      {isWeapp() && (
        <Button className='login__phone-button' openType='getPhoneNumber' hoverClass='jf-pressed' onGetPhoneNumber={(e) => void signInWithPhone(e.detail.code)}>
          手机号快捷登录
        </Button>
      )}
      {error && (
        <View role='alert' className='login__error'>
          <Text>{error}</Text>
        </View>
      )}
    </View>
  )
}

/**
 * Sign-in: in the mini-program WeChat (or its phone-number quick check), with the SMS code one tap
 * away and offered alone when the server has no WeChat sign-in; in the browser the SMS code.
 */
export default function LoginPage() {
  const back = useRouter().params.back === '1'
  const [bySms, setBySms] = useState(!isWeapp())
  const [wechatUnavailable, setWechatUnavailable] = useState(false)
  return (
    <PageShell className='login'>
      <Text className='login__title'>登录后可以提交留言、查看办理进度</Text>
      <Text className='login__note'>浏览公开信息不需要登录。</Text>
      {wechatUnavailable && (
        <View role='alert' className='login__notice'>
          <Text>暂时不能用微信登录，请用手机短信验证码登录。</Text>
        </View>
      )}
      {bySms ? (
        <SmsSignIn back={back} />
      ) : (
        <WechatSignIn
          back={back}
          onUnavailable={() => {
            setWechatUnavailable(true)
            setBySms(true)
          }}
        />
      )}
      {isWeapp() && !wechatUnavailable && (
        <View className='login__switch' role='button' hoverClass='jf-pressed' onClick={() => setBySms(!bySms)}>
          <Text>{bySms ? '用微信登录' : '用短信验证码登录'}</Text>
        </View>
      )}
    </PageShell>
  )
}
