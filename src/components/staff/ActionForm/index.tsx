import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { uploadStaffFile } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { pickPhotos } from '@/components/cases/AttachmentPicker/pick-files'
import { ChoiceField } from '@/components/cases/ChoiceField'
import { FieldFrame, TextField } from '@/components/cases/Field'
import { DISCLOSURE_OUTCOMES, PETITION_OUTCOMES, REPLY_OUTCOME_LABELS, type ReplyOutcome } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'
import type { StaffCaseActionBody } from '@/core/schemas/staff'
import { DISCLOSURE_LEGAL_BASIS, type CaseAction, type ReplyBodies } from '@/core/staff'
import { checkAction, COMMON_MISSING, DEFAULT_EXTENSION_DAYS, emptyActionValues, extensionApprovalNote, extensionHint, remediesPreview, type ActionValues } from '@/staff/action-form'
import { ACTION_LABELS } from '@/staff/case-actions'
import { useDepartmentNames } from '../use-department-names'
import './index.scss'

const MEANS_CHOICES = [
  { value: 'in_person' as const, label: '当面交付' },
  { value: 'post' as const, label: '邮寄（群众签收）' }
]

const SOLVED_CHOICES = [
  { value: 'yes' as const, label: '已解决' },
  { value: 'no' as const, label: '未解决' }
]

export interface ActionFormProps {
  type: CaseAction
  /** The case acted on: a reply's files are uploaded for it, and a reply may attach no other case's. */
  trackingNo: string
  kind: CaseKind
  /** Days an extension may still add, in the clock's unit (the statutory maximum less what was granted). */
  extensionDaysLeft?: number
  /** True when this person's reply waits for a head's approval (an office setting); false unless said. */
  replyNeedsApproval?: boolean
  /** The clerk's reply waiting for approval, shown by 批准答复 and 退回答复. */
  pendingReply?: { outcome?: ReplyOutcome; text?: string; by?: string }
  /** The bodies the reply names (office settings): the form shows the remedies the reply will carry. */
  replyBodies?: ReplyBodies
  onSubmit(body: StaffCaseActionBody): Promise<void>
  onCancel(): void
}

/** The remedies the reply will carry, written by the app from the outcome and the office's bodies (never typed). */
function RemediesPreview({ kind, outcome, bodies }: { kind: CaseKind; outcome: ReplyOutcome | ''; bodies: ReplyBodies }) {
  const preview = remediesPreview(kind, outcome, bodies)
  if (!preview) return null
  // Not a field: nothing to fill in, so no 必填 or 选填 mark.
  return (
    <View className='case-field' aria-label='答复中写明的救济途径'>
      <Text className='case-field__label'>{kind === 'info_request' ? '救济途径（按答复结果自动写入答复，不用填写）' : '复查告知（自动写入答复，不用填写）'}</Text>
      {preview.ok ? (
        <Text className='staff-action-form__remedies'>{preview.text}</Text>
      ) : (
        <View role='alert'>
          <Text className='staff-error'>⚠ {preview.message}</Text>
        </View>
      )}
    </View>
  )
}

/** The form of one action: its fields, the schema's messages beside them, then 确认. */
const NO_BODIES: ReplyBodies = { reconsiderationBody: null, reviewBody: null }

export function ActionForm({ type, trackingNo, kind, extensionDaysLeft, replyNeedsApproval = false, pendingReply, replyBodies = NO_BODIES, onSubmit, onCancel }: ActionFormProps) {
  const [values, setValues] = useState<ActionValues>(() => ({ ...emptyActionValues(), ...(extensionDaysLeft !== undefined ? { days: String(Math.min(Number(DEFAULT_EXTENSION_DAYS), extensionDaysLeft)) } : {}) }))
  const [errors, setErrors] = useState<Partial<Record<keyof ActionValues, string>>>({})
  const [otherMissing, setOtherMissing] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [files, setFiles] = useState<{ id: string; name: string }[]>([])
  const set = <K extends keyof ActionValues>(key: K) => (value: ActionValues[K]) => setValues((v) => ({ ...v, [key]: value }))
  const { departments } = useDepartmentNames()

  const submit = async () => {
    if (busy) return
    const extra = otherMissing.split('\n').map((line) => line.trim()).filter(Boolean)
    const checked = checkAction(type, kind, { ...values, missing: [...values.missing, ...extra], attachments: files.map((f) => f.id) })
    setFailure(null)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    setBusy(true)
    try {
      await onSubmit(checked.body)
    } catch (caught) {
      setFailure(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }

  const addFile = async () => {
    const [photo] = await pickPhotos(1)
    if (!photo) return // the official closed the picker
    try {
      const upload = await uploadStaffFile(trackingNo, photo.path)
      setFiles((f) => [...f, { id: upload.id, name: upload.name }])
    } catch (caught) {
      setFailure(toApiError(caught).message)
    }
  }

  // The outcome's article is written in for the officer, who may change it (reply.ts).
  const chooseOutcome = (outcome: ReplyOutcome) =>
    setValues((v) => ({ ...v, outcome, legalBasis: !v.legalBasis || Object.values(DISCLOSURE_LEGAL_BASIS).includes(v.legalBasis) ? (DISCLOSURE_LEGAL_BASIS[outcome] ?? '') : v.legalBasis }))
  const outcomes = (kind === 'info_request' ? DISCLOSURE_OUTCOMES : PETITION_OUTCOMES).map((o) => ({ value: o, label: REPLY_OUTCOME_LABELS[o] }))
  const toggleMissing = (item: string) =>
    set('missing')(values.missing.includes(item) ? values.missing.filter((m) => m !== item) : [...values.missing, item])

  return (
    <View className='staff-action-form staff-panel' aria-label={`${ACTION_LABELS[type]}表单`}>
      <Text className='staff-panel__title'>{ACTION_LABELS[type]}</Text>
      {type === 'not_accept' && <TextField label='不予受理的理由' required multiline maxLength={2000} value={values.reason} error={errors.reason} onChange={set('reason')} />}
      {type === 'assign' && (
        <>
          {departments.length > 0 ? (
            <ChoiceField label='转办到的科室' required choices={departments.map((d) => ({ value: d.key, label: d.name }))} value={values.department} error={errors.department} onChange={set('department')} />
          ) : (
            <TextField label='转办到的科室' required value={values.department} placeholder='科室代码，如 urban-management' error={errors.department} onChange={set('department')} />
          )}
          <Text className='staff-muted'>首问负责：首个接收人仍记录在案。</Text>
        </>
      )}
      {type === 'request_correction' && (
        <>
          <FieldFrame label='需要补正的全部内容（一次性告知）' required error={errors.missing}>
            <View className='staff-action-form__checklist'>
              {COMMON_MISSING.map((item) => {
                const on = values.missing.includes(item)
                return (
                  <View key={item} className={`staff-chip ${on ? 'staff-chip--on' : ''}`} role='checkbox' aria-checked={on} hoverClass='jf-pressed' onClick={() => toggleMissing(item)}>
                    <Text>
                      {on ? '☑ ' : '☐ '}
                      {item}
                    </Text>
                  </View>
                )
              })}
            </View>
          </FieldFrame>
          <FieldFrame label='其他需要补正的内容（每行一项）'>
            <Textarea className='case-field__input case-field__input--multiline' value={otherMissing} aria-label='其他需要补正的内容' onInput={(e) => setOtherMissing(e.detail.value)} />
          </FieldFrame>
          <TextField label='补正期限（工作日）' required type='number' value={values.periodDays} error={errors.periodDays} onChange={set('periodDays')} />
        </>
      )}
      {type === 'consultation_started' && (
        <>
          <TextField label='征求意见的对象' value={values.party} placeholder='第三方或有关机关' error={errors.party} onChange={set('party')} />
          <TextField
            label='征求意见书送达日期'
            value={values.letterReceivedOn}
            placeholder='如 2026-11-20；不知道可空着'
            error={errors.letterReceivedOn}
            onChange={set('letterReceivedOn')}
            hint='第三方自收到征求意见书之日起 15 个工作日内提出意见（条例第三十二条），逾期恢复计算答复期限；空着时自发出之日（下面的发生日期）起算。'
          />
        </>
      )}
      {type === 'extend' && (
        <>
          <TextField
            label={kind === 'info_request' ? '延长天数（工作日）' : '延长天数（日）'}
            required
            type='number'
            value={values.days}
            error={errors.days}
            onChange={set('days')}
            hint={extensionHint(kind, extensionDaysLeft)}
          />
          <TextField label='延期理由' required multiline maxLength={2000} value={values.reason} error={errors.reason} onChange={set('reason')} />
          <Text className='staff-muted'>{extensionApprovalNote(kind)}</Text>
        </>
      )}
      {type === 'reply' && (
        <>
          <ChoiceField<ReplyOutcome> label='答复结果' required choices={outcomes} value={values.outcome} error={errors.outcome} onChange={chooseOutcome} />
          {kind === 'info_request' && (
            <TextField label='法律依据' required value={values.legalBasis} placeholder='选择答复结果后自动填入对应条款，可修改' error={errors.legalBasis} onChange={set('legalBasis')} />
          )}
          <TextField label='答复内容' required multiline maxLength={10000} value={values.text} error={errors.text} onChange={set('text')} />
          {kind === 'info_request' && values.outcome === 'unavailable_not_held' && (
            <>
              <TextField label='负责公开该信息的机关' value={values.holderName} placeholder='能够确定时填写，如“某区住房和城乡建设局”' error={errors.holderName} onChange={set('holderName')} />
              <TextField label='该机关的联系方式' value={values.holderContact} placeholder='地址、电话' error={errors.holderContact} onChange={set('holderContact')} hint='政府信息公开条例第三十六条第（五）项：能够确定负责公开的机关的，告知其名称和联系方式。' />
            </>
          )}
          <RemediesPreview kind={kind} outcome={values.outcome} bodies={replyBodies} />
          <FieldFrame label='答复文件' error={errors.attachments}>
            <View>
              {files.map((f) => (
                <Text key={f.id} className='staff-muted staff-action-form__file'>
                  · {f.name}
                </Text>
              ))}
              <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => void addFile()}>
                <Text>添加文件</Text>
              </View>
            </View>
          </FieldFrame>
        </>
      )}
      {type === 'reply' && replyNeedsApproval && <Text className='staff-muted'>提交后等待科室负责人审批，批准后才发给申请人。</Text>}
      {(type === 'approve_reply' || type === 'return_reply') && pendingReply && (
        <View className='staff-action-form__draft' aria-label='待审批的答复'>
          <Text className='staff-muted'>{pendingReply.by ? `${pendingReply.by}拟写的答复：` : '拟写的答复：'}</Text>
          {pendingReply.outcome && <Text>答复结果：{REPLY_OUTCOME_LABELS[pendingReply.outcome]}</Text>}
          {pendingReply.text && <Text className='staff-action-form__draft-text'>{pendingReply.text}</Text>}
        </View>
      )}
      {type === 'approve_reply' && <Text className='staff-muted'>批准后答复立即发给申请人，答复日期为今天（或下面填写的日期）。</Text>}
      {type === 'return_reply' && <TextField label='退回的理由（经办人看得到，群众看不到）' required multiline maxLength={500} value={values.reason} error={errors.reason} onChange={set('reason')} />}
      {type === 'record_delivery' && (
        <>
          <ChoiceField<'in_person' | 'post'> label='送达方式' required choices={MEANS_CHOICES} value={values.means} error={errors.means} onChange={set('means')} />
          <Text className='staff-muted'>下面的“发生日期”填写群众收到书面答复的日期（邮寄的填签收日期）。群众请求复查的 30 日从这一天起算。</Text>
        </>
      )}
      {type === 'forward_review' && (
        <>
          <TextField
            label='转送到的机关'
            value={values.body}
            placeholder={replyBodies.reviewBody ? `空着就是 ${replyBodies.reviewBody.name}` : '上一级机关全称'}
            error={errors.body}
            onChange={set('body')}
          />
          <Text className='staff-muted'>信访工作条例第三十五条：复查由上一级机关办理，自收到复查请求之日起 30 日内提出复查意见。“发生日期”填写转送（该机关收到）的日期。</Text>
        </>
      )}
      {type === 'record_review_opinion' && (
        <>
          <TextField label='作出复查意见的机关' value={values.body} placeholder='空着就是转送到的机关' error={errors.body} onChange={set('body')} />
          <TextField label='复查意见（群众看得到）' required multiline maxLength={2000} value={values.text} error={errors.text} onChange={set('text')} />
          <Text className='staff-muted'>这是上一级机关的复查意见，不是本机关的答复。本机关需要再处理的，另用“重新办理”。</Text>
        </>
      )}
      {type === 'note' && <TextField label='内部备注（群众看不到）' required multiline maxLength={2000} value={values.text} error={errors.text} onChange={set('text')} />}
      {type === 'follow_up' && (
        <>
          <TextField label='群众的意见（回访时群众怎么说）' required multiline maxLength={2000} value={values.residentSaid} error={errors.residentSaid} onChange={set('residentSaid')} />
          <ChoiceField<'yes' | 'no'> label='问题是否已经解决' required choices={SOLVED_CHOICES} value={values.solved} error={errors.solved} onChange={set('solved')} />
          <TextField label='备注（群众看不到）' multiline maxLength={2000} value={values.text} error={errors.text} onChange={set('text')} />
        </>
      )}
      <TextField label='发生日期' value={values.on} placeholder='如 2026-11-20；空着就是今天' error={errors.on} onChange={set('on')} hint='事后补录时填写实际发生的日期。' />
      {failure && (
        <View role='alert'>
          <Text className='staff-error'>⚠ {failure}</Text>
        </View>
      )}
      <View className='staff-row'>
        <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void submit()}>
          <Text>{busy ? '正在提交…' : `确认${ACTION_LABELS[type]}`}</Text>
        </View>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={onCancel}>
          <Text>取消</Text>
        </View>
      </View>
    </View>
  )
}
