import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { completeCorrection, fetchCase, rateCase, requestReview, withdrawCase } from '@/api/cases'
import { toApiError } from '@/api/errors'
import { ActionButton } from '@/components/ActionButton'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { SectionTitle } from '@/components/SectionTitle'
import { AttachmentPicker } from '@/components/cases/AttachmentPicker'
import { WAITING_ON_WORDS } from '@/components/cases/CaseCard'
import { CaseClock } from '@/components/cases/CaseClock'
import { CaseFiles } from '@/components/cases/CaseFiles'
import { CaseTimeline } from '@/components/cases/CaseTimeline'
import { ReviewClock } from '@/components/cases/ReviewClock'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { TextField } from '@/components/cases/Field'
import { formatChineseDate } from '@/core/notices/dates'
import { ratesAgainAfterFollowUp } from '@/core/residents/case-status'
import {
  CorrectionBodySchema,
  RATING_LABELS,
  REPLY_OUTCOME_LABELS,
  RatingBodySchema,
  ReviewBodySchema,
  type CaseDetail,
  type Rating,
  type TimelineEntry,
  type Upload
} from '@/core/schemas/cases'
import { CASE_KIND_LABELS } from '@/core/schemas/clock'
import { useResource } from '@/hooks/use-resource'
import { useSignedIn } from '@/hooks/useSession'
import { residentCacheKey } from '@/stores/offline-cache'
import { useSession } from '@/stores/session'
import { loginUrl, trackingNoParam } from '../routes'
import './index.scss'

const lastOf = (timeline: TimelineEntry[], type: TimelineEntry['type']) => [...timeline].reverse().find((e) => e.type === type)

const RATINGS = (Object.keys(RATING_LABELS) as Rating[]).map((value) => ({ value, label: RATING_LABELS[value] }))

/** Runs an action, reports its failure in words and reloads the case after success. */
function useAction(reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (action: () => Promise<void>, done: string) => {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      await action()
      void Taro.showToast({ title: done, icon: 'success' })
      await reload()
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run }
}

function Correction({ detail, reload }: { detail: CaseDetail; reload(): Promise<void> }) {
  const request = lastOf(detail.timeline, 'correction_requested')
  const [content, setContent] = useState('')
  const [attachments, setAttachments] = useState<Upload[]>([])
  const [fieldError, setFieldError] = useState<string>()
  const action = useAction(reload)
  const send = () => {
    const checked = CorrectionBodySchema.safeParse({ content, attachments: attachments.map((a) => a.id) })
    if (!checked.success) {
      setFieldError(checked.error.issues[0].message)
      return
    }
    setFieldError(undefined)
    void action.run(() => completeCorrection(detail.trackingNo, checked.data.content, checked.data.attachments), '补正已提交')
  }
  return (
    <View className='case-detail__action case-detail__action--yours'>
      <Text className='case-detail__action-title'>需要您补正以下内容</Text>
      <Text className='case-detail__line'>街道一次性告知，请全部补齐后提交：</Text>
      {(request?.missing ?? []).map((item, i) => (
        <Text key={item} className='case-detail__missing'>
          {i + 1}. {item}
        </Text>
      ))}
      {request?.correctionDueOn && (
        <Text className='case-detail__line'>请最迟于{formatChineseDate(request.correctionDueOn)}（含当日）补正。没有正当理由逾期不补正的，视为放弃申请。</Text>
      )}
      <TextField label='补正内容' required multiline maxLength={2000} value={content} error={fieldError} onChange={setContent} />
      <AttachmentPicker attachments={attachments} onChange={setAttachments} />
      {action.error && <Text className='case-detail__error'>⚠ {action.error}</Text>}
      <ActionButton text={action.busy ? '正在提交…' : '提交补正'} onClick={send} />
    </View>
  )
}

function Reply({ entry }: { entry: TimelineEntry }) {
  return (
    <Card className='case-detail__reply'>
      <Text className='case-detail__action-title'>街道的答复（{formatChineseDate(entry.on)}）</Text>
      {entry.outcome && <Text className='case-detail__outcome'>结果：{REPLY_OUTCOME_LABELS[entry.outcome]}</Text>}
      {entry.text?.split(/\n+/).map((p) => (
        <Text key={p} className='case-detail__line'>
          {p}
        </Text>
      ))}
      {entry.attachments && entry.attachments.length > 0 && <CaseFiles files={entry.attachments} />}
    </Card>
  )
}

/**
 * After a 不满意 rating: when the office promised to call back (回访), honestly past that date when
 * it is, and once it has called, that the resident may rate again when they may.
 */
function FollowUp({ detail }: { detail: CaseDetail }) {
  const followUp = detail.followUp
  if (!followUp) return null
  if (followUp.followedUpOn) {
    return (
      <View className='case-detail__follow-up'>
        <Text className='case-detail__action-title'>街道已回访</Text>
        <Text className='case-detail__line'>{formatChineseDate(followUp.followedUpOn)}街道已给您回访，听取了您的意见。</Text>
        {detail.canRate && <Text className='case-detail__line'>请在下面再评价一次。</Text>}
      </View>
    )
  }
  const late = followUp.status === 'overdue'
  return (
    <View className={`case-detail__follow-up ${late ? 'case-detail__follow-up--late' : ''}`}>
      <Text className='case-detail__action-title'>街道会给您回电话（回访）</Text>
      <Text className='case-detail__line'>
        您对答复评价了“不满意”。街道最迟于{formatChineseDate(followUp.dueDate)}联系您，听听您的意见。
      </Text>
      {late && <Text className='case-detail__line case-detail__late'>⚠ 已经超过这个日期。如还没有接到电话，可以在“联系”页找到街道的电话。</Text>}
      {ratesAgainAfterFollowUp(detail.timeline) && <Text className='case-detail__line'>回访以后，您可以再评价一次。</Text>}
      <Text className='case-detail__note'>这是街道自己的服务承诺（{followUp.label}），不是法律规定的期限。</Text>
    </View>
  )
}

function RateForm({ detail, reload }: { detail: CaseDetail; reload(): Promise<void> }) {
  const [rating, setRating] = useState<Rating | ''>('')
  const [comment, setComment] = useState('')
  const [errors, setErrors] = useState<{ rating?: string; comment?: string }>({})
  const action = useAction(reload)
  const send = () => {
    const checked = RatingBodySchema.safeParse({ rating: rating || undefined, comment: comment.trim() || undefined })
    if (!checked.success) {
      const next: typeof errors = {}
      for (const issue of checked.error.issues) next[issue.path[0] as 'rating' | 'comment'] ??= issue.message
      setErrors(next)
      return
    }
    setErrors({})
    void action.run(() => rateCase(detail.trackingNo, checked.data.rating, checked.data.comment), '谢谢您的评价')
  }
  return (
    <View className='case-detail__action'>
      <Text className='case-detail__action-title'>{detail.followUp?.followedUpOn ? '回访以后，您对处理结果满意吗？' : '您对这次答复满意吗？'}</Text>
      <ChoiceField<Rating> label='请选择' required choices={RATINGS} value={rating} error={errors.rating} onChange={setRating} />
      <TextField label='想说的话' multiline maxLength={500} value={comment} error={errors.comment} onChange={setComment} />
      {action.error && <Text className='case-detail__error'>⚠ {action.error}</Text>}
      <ActionButton text={action.busy ? '正在提交…' : '提交评价'} onClick={send} />
    </View>
  )
}

/**
 * 复查 (信访工作条例 第三十五条): decided by the body one level up, asked for within 30 days of receiving
 * the reply. After a 满意 or 基本满意 rating the offer stays, folded away (core suggestsReview).
 */
function ReviewForm({ detail, reload }: { detail: CaseDetail; reload(): Promise<void> }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [unfolded, setUnfolded] = useState(false)
  const action = useAction(reload)
  const send = () => {
    const checked = ReviewBodySchema.safeParse({ reason })
    if (!checked.success) {
      setError(checked.error.issues[0].message)
      return
    }
    setError(undefined)
    void action.run(() => requestReview(detail.trackingNo, checked.data.reason), '已申请复查')
  }
  if (!detail.suggestsReview && !unfolded) {
    return (
      <View className='case-detail__review-fold' role='button' aria-expanded={false} hoverClass='jf-pressed' onClick={() => setUnfolded(true)}>
        <Text>对答复仍有异议？可以请求复查 ▼</Text>
      </View>
    )
  }
  const body = detail.reviewBody ?? '上一级机关'
  return (
    <View className='case-detail__action'>
      <Text className='case-detail__action-title'>对答复不满意，可以请求复查</Text>
      <Text className='case-detail__line'>复查由{body}办理，不由街道自己办理。</Text>
      {detail.reviewDeadline && <Text className='case-detail__line'>请最迟于{formatChineseDate(detail.reviewDeadline)}（含当日）提出。</Text>}
      <Text className='case-detail__line'>街道收到后把您的请求转送{body}，该机关自收到之日起 30 日内提出复查意见，书面答复您。</Text>
      <TextField label='请求复查的理由' required multiline maxLength={2000} value={reason} error={error} onChange={setReason} />
      {action.error && <Text className='case-detail__error'>⚠ {action.error}</Text>}
      <ActionButton kind='plain' text='申请复查' onClick={send} />
    </View>
  )
}

/** The 复查 opinion of the body one level up: that body's answer, never the office's own. */
function ReviewOpinion({ entry }: { entry: TimelineEntry }) {
  return (
    <Card className='case-detail__reply'>
      <Text className='case-detail__action-title'>
        {entry.body ?? '上一级机关'}的复查意见（{formatChineseDate(entry.on)}收到）
      </Text>
      {entry.text?.split(/\n+/).map((p) => (
        <Text key={p} className='case-detail__line'>
          {p}
        </Text>
      ))}
    </Card>
  )
}

function Withdraw({ detail, reload }: { detail: CaseDetail; reload(): Promise<void> }) {
  const action = useAction(reload)
  const ask = async () => {
    const res = await Taro.showModal({ title: '确定撤回吗？', content: '撤回后街道将不再办理这件事。', confirmText: '撤回', cancelText: '不撤回' })
    if (res.confirm) await action.run(() => withdrawCase(detail.trackingNo), '已撤回')
  }
  return (
    <View className='case-detail__withdraw'>
      {action.error && <Text className='case-detail__error'>⚠ {action.error}</Text>}
      <ActionButton kind='plain' text='撤回这件事' onClick={() => void ask()} />
    </View>
  )
}

function Submitted({ detail }: { detail: CaseDetail }) {
  return (
    <Card>
      <Text className='case-detail__content'>{detail.content}</Text>
      {detail.applicant && (
        <Text className='case-detail__line'>
          申请人：{detail.applicant.name}，证件 {detail.applicant.idNumberMasked}，电话 {detail.applicant.phoneMasked}
        </Text>
      )}
      {detail.location?.address && <Text className='case-detail__line'>地点：{detail.location.address}</Text>}
      {detail.attachments.length > 0 && <CaseFiles files={detail.attachments} />}
    </Card>
  )
}

function CaseView({ detail, reload }: { detail: CaseDetail; reload(): Promise<void> }) {
  const reply = lastOf(detail.timeline, 'replied')
  const opinion = lastOf(detail.timeline, 'review_answered')
  return (
    <View>
      <Text className='case-detail__kind'>{CASE_KIND_LABELS[detail.kind]} · 编号 {detail.trackingNo}</Text>
      <Text className='case-detail__title'>{detail.title}</Text>
      <View className={`case-detail__status case-detail__status--${detail.waitingOn}`}>
        <Text className='case-detail__status-word'>{WAITING_ON_WORDS[detail.waitingOn]}</Text>
        <Text className='case-detail__status-text'>{detail.statusLabel}</Text>
      </View>
      {/* The review's deadline is the one running now; the first reply's clock below is history. */}
      {detail.review && <ReviewClock review={detail.review} reason={lastOf(detail.timeline, 'review_requested')?.reason} />}
      <CaseClock clock={detail.clock} citation={detail.citation} />
      {detail.canCompleteCorrection && <Correction detail={detail} reload={reload} />}
      {opinion && <ReviewOpinion entry={opinion} />}
      {reply && <Reply entry={reply} />}
      <FollowUp detail={detail} />
      {detail.canRate && <RateForm detail={detail} reload={reload} />}
      {detail.canRequestReview && <ReviewForm detail={detail} reload={reload} />}
      <SectionTitle text='办理经过' />
      <CaseTimeline entries={detail.timeline} />
      <SectionTitle text='您提交的内容' />
      <Submitted detail={detail} />
      {detail.canWithdraw && <Withdraw detail={detail} reload={reload} />}
    </View>
  )
}

function CaseByNo({ trackingNo }: { trackingNo: string }) {
  const token = useSession((s) => s.token) ?? ''
  const detail = useResource(residentCacheKey(`case:${trackingNo}`, token), () => fetchCase(trackingNo), [trackingNo, token])
  return (
    <ResourceState {...detail} onRetry={() => void detail.reload()} hasData={detail.data !== null}>
      {detail.data && <CaseView detail={detail.data} reload={detail.reload} />}
    </ResourceState>
  )
}

/** One case (?no=): where it stands, the legal clock, what the resident may do, and what happened. */
export default function CaseDetailPage() {
  const trackingNo = trackingNoParam(useRouter().params.no)
  const signedIn = useSignedIn()
  if (!trackingNo) return <PageShell><EmptyState text='没有找到这件事项，请从“我的事项”重新打开' /></PageShell>
  return (
    <PageShell className='case-detail'>
      {signedIn ? (
        <CaseByNo trackingNo={trackingNo} />
      ) : (
        <View className='case-detail__login'>
          <Text className='case-detail__line'>请先登录，再查看办理进度。</Text>
          <ActionButton text='登录' onClick={() => void Taro.navigateTo({ url: loginUrl(true) })} />
        </View>
      )}
    </PageShell>
  )
}
