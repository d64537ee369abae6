import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { fetchNotifyTemplates, type NotifyTemplates } from '@/api/auth'
import { ActionButton } from '@/components/ActionButton'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { CaseForm } from '@/components/cases/CaseForm'
import { clockHeadline } from '@/components/cases/clock-words'
import {
  kindGuideOf,
  needsConsent,
  validateCaseForm,
  type CaseField,
  type CaseFormErrors,
  type CaseFormValues
} from '@/components/cases/form-model'
import { formatChineseDate } from '@/core/notices/dates'
import { caseTitleOf, type CaseCreated } from '@/core/schemas/cases'
import { CASE_KINDS, type CaseKind } from '@/core/schemas/clock'
import { useResource } from '@/hooks/use-resource'
import { isSignedInNow, useSignedIn } from '@/hooks/useSession'
import { newIdempotencyKey, sendOutboxItem, useOutbox, useOutboxResend, type SendResult } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { MY_CASES_URL, caseDetailUrl, loginUrl, privacyUrl } from '../routes'
import { useCaseDraft } from './use-case-draft'
import './index.scss'

type Outcome = { state: 'sent'; created: CaseCreated } | { state: 'pending'; key: string; error: string } | null

const noTemplates = (): Promise<NotifyTemplates> => Promise.resolve({ wechatTemplateIds: [] })

/**
 * The subscription templates the server sends with (GET /notify/templates, from WECHAT_TEMPLATE_IDS),
 * loaded as the form opens: WeChat accepts requestSubscribeMessage only straight from a tap, so the ids
 * must be at hand when 提交 is pressed, not fetched after it. The last answer stands in offline. Only
 * the mini-program asks; H5 residents hear by SMS.
 */
function useSubscriptionTemplates(): string[] {
  const templates = useResource('notify-templates', process.env.TARO_ENV === 'weapp' ? fetchNotifyTemplates : noTemplates)
  return templates.data?.wechatTemplateIds ?? []
}

/**
 * WeChat lets a mini-program send a subscription message only after the resident agreed, and asks
 * only from a tap: so at 提交. Without templates, or outside the mini-program, nothing is asked.
 */
function askForUpdates(templateIds: string[]): void {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length === 0) return
  void Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] }).catch(() => undefined)
}

function Sent({ created }: { created: CaseCreated }) {
  return (
    <View className='case-sent' role='status'>
      <Text className='case-sent__title'>✓ 已提交，街道已经收到</Text>
      <Text className='case-sent__line'>事项编号：{created.trackingNo}</Text>
      <Text className='case-sent__line'>收到日期：{formatChineseDate(created.receivedOn)}</Text>
      <Text className='case-sent__line case-sent__clock'>{clockHeadline(created.clock)}</Text>
      <Text className='case-sent__note'>请记下编号。办理有进展时会通知您，也可以在“我的事项”里查看。</Text>
      <ActionButton text='查看办理进度' onClick={() => void Taro.redirectTo({ url: caseDetailUrl(created.trackingNo) })} />
    </View>
  )
}

function Pending({ error, onResend }: { error: string; onResend(): void }) {
  return (
    <View className='case-pending' role='status'>
      <Text className='case-pending__title'>待发送：还没有送到街道</Text>
      <Text className='case-pending__line'>原因：{error}</Text>
      <Text className='case-pending__line'>内容已经保存在手机里。有网络时会自动重新发送，不会重复提交。</Text>
      <ActionButton text='重新发送' onClick={onResend} />
      <View className='case-pending__more'>
        <ActionButton kind='plain' text='去“我的事项”看看' onClick={() => void Taro.redirectTo({ url: MY_CASES_URL })} />
      </View>
    </View>
  )
}

function CaseFormPage({ kind }: { kind: CaseKind }) {
  const guide = kindGuideOf(kind)
  const signedIn = useSignedIn()
  const templateIds = useSubscriptionTemplates()
  const draft = useCaseDraft(kind)
  const [values, setValues] = useState<CaseFormValues>(draft.initial)
  const [errors, setErrors] = useState<CaseFormErrors>({})
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  /** Set while the resident is away signing in or agreeing to the notice, to carry on when back. */
  const resumeSubmit = useRef(false)
  // Resent by the outbox when the network returns or the app shows again: then this page says so.
  useOutboxResend(signedIn)
  const delivered = useOutbox((s) => (outcome?.state === 'pending' ? s.acknowledged[outcome.key] : undefined))

  const change = <F extends CaseField>(field: F, value: CaseFormValues[F]) => {
    const next = { ...values, [field]: value }
    setValues(next)
    draft.save(next)
    if (tried) {
      const check = validateCaseForm(kind, next)
      setErrors(check.ok ? {} : check.errors)
    }
  }

  const showResult = (key: string, result: SendResult) => {
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
    if (result.state === 'sent') {
      setOutcome({ state: 'sent', created: result.created })
      return
    }
    if (result.errorCode === 'CONSENT_REQUIRED') {
      // The server knows better than this phone: ask again, and keep the form as it was.
      useOutbox.getState().remove(key)
      useSession.getState().setPrivacyConsented(false)
      resumeSubmit.current = true
      void Taro.navigateTo({ url: privacyUrl(true) })
      return
    }
    if (result.state === 'rejected') {
      useOutbox.getState().remove(key)
      draft.save(values)
      setErrors({})
      void Taro.showModal({ title: '没有提交成功', content: result.error, showCancel: false, confirmText: '知道了' })
      return
    }
    setOutcome({ state: 'pending', key, error: result.error })
  }

  const submit = async () => {
    if (busy) return
    setTried(true)
    const check = validateCaseForm(kind, values)
    if (!check.ok) {
      setErrors(check.errors)
      void Taro.showToast({ title: '有几处需要修改，请看红色提示', icon: 'none' })
      // The button is at the bottom of a long form: bring the first message into view.
      setTimeout(() => void Taro.pageScrollTo({ selector: '.case-field--error', duration: 300 }).catch(() => undefined), 50)
      return
    }
    setErrors({})
    if (!isSignedInNow()) {
      resumeSubmit.current = true
      void Taro.navigateTo({ url: loginUrl(true) })
      return
    }
    if (needsConsent(check.body, useSession.getState().privacyConsented)) {
      resumeSubmit.current = true
      void Taro.navigateTo({ url: privacyUrl(true) })
      return
    }
    askForUpdates(templateIds)
    const key = newIdempotencyKey()
    const owner = useSession.getState().accountId
    useOutbox.getState().add({ key, kind, title: caseTitleOf(check.body), body: check.body, createdAt: new Date().toISOString(), owner })
    draft.clear()
    setBusy(true)
    const result = await sendOutboxItem(key)
    setBusy(false)
    showResult(key, result)
  }

  const resend = async (key: string) => {
    setBusy(true)
    const result = await sendOutboxItem(key)
    setBusy(false)
    showResult(key, result)
  }

  useDidShow(() => {
    if (!resumeSubmit.current) return
    resumeSubmit.current = false
    const consentOk = kind !== 'info_request' || useSession.getState().privacyConsented
    if (isSignedInNow() && consentOk) void submit()
  })

  if (outcome?.state === 'sent') return <Sent created={outcome.created} />
  if (delivered) return <Sent created={delivered} />
  if (outcome?.state === 'pending') return <Pending error={outcome.error} onResend={() => void resend(outcome.key)} />

  const problems = Object.keys(errors).length
  return (
    <View>
      <Text className='case-page__kind'>{guide.label}</Text>
      <Text className='case-page__explain'>{guide.explain}</Text>
      {draft.restored && <Text className='case-page__draft'>已为您恢复上次没写完的内容。</Text>}
      {!signedIn && <Text className='case-page__draft'>可以先填写，提交时再登录，填好的内容不会丢。</Text>}
      <CaseForm kind={kind} values={values} errors={errors} onChange={change} />
      {problems > 0 && (
        <View className='case-page__problems' role='alert'>
          <Text>还有 {problems} 处需要修改，请看上面的红色提示。</Text>
        </View>
      )}
      <ActionButton text={busy ? '正在提交…' : '提交'} onClick={() => void submit()} />
    </View>
  )
}

/** The kind in `?kind=`, or null when it is not one of the five. */
function kindParam(value: string | undefined): CaseKind | null {
  return CASE_KINDS.find((k) => k === value) ?? null
}

/** The form of one kind (?kind=), kept as a draft while typing, sent through the outbox. */
export default function CaseFormRoute() {
  const kind = kindParam(useRouter().params.kind)
  return <PageShell className='case-page'>{kind ? <CaseFormPage kind={kind} /> : <EmptyState text='没有这一类事项，请返回重新选择' />}</PageShell>
}
