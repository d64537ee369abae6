import { StaffCaseEventBodySchema, type ReplyOutcome } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'
import type { StaffAction } from '@/api/staff'
import type { StaffActionType } from './case-actions'

/** What the action forms collect, as typed (strings until checked). */
export interface ActionValues {
  on: string
  reason: string
  department: string
  missing: string[]
  periodDays: string
  party: string
  days: string
  outcome: ReplyOutcome | ''
  text: string
  legalBasis: string
  remedies: string
  attachments: string[]
}

/** 政府信息公开条例 第三十条: 15 working days is the usual period to complete an application. */
export const DEFAULT_CORRECTION_DAYS = '15'
/** 第三十三条: an extension of at most 20 working days. */
export const DEFAULT_EXTENSION_DAYS = '20'

/** 第五十一条: every reply to an information request tells the applicant how to challenge it. */
export const DEFAULT_REMEDIES =
  '如对本答复不服，可以自收到本答复之日起六十日内向上一级行政机关申请行政复议，或者自收到本答复之日起六个月内向人民法院提起行政诉讼。'

/** The usual gaps of an information request (第二十九条), offered as ticks for 一次性告知. */
export const COMMON_MISSING = [
  '申请人身份证明（身份证复印件或照片）',
  '所需政府信息的名称、文号或便于查询的其他特征',
  '获取信息的方式（纸质或电子，领取、邮寄或电子邮件）',
  '申请人联系电话或通信地址',
  '法人或其他组织的营业执照等证明文件'
]

export function emptyActionValues(): ActionValues {
  return {
    on: '',
    reason: '',
    department: '',
    missing: [],
    periodDays: DEFAULT_CORRECTION_DAYS,
    party: '',
    days: DEFAULT_EXTENSION_DAYS,
    outcome: '',
    text: '',
    legalBasis: '',
    remedies: DEFAULT_REMEDIES,
    attachments: []
  }
}

export type ActionCheck = { ok: true; body: StaffAction } | { ok: false; errors: Partial<Record<keyof ActionValues, string>> }

const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN)

/**
 * Builds the body of an action from the form and checks it with the server's own schema, so the
 * official sees the same message before sending as the server would give.
 * @example checkAction('not_accept', 'complaint', { ...emptyActionValues(), reason: '' }) // { ok: false, errors: { reason: '请填写理由' } }
 */
export function checkAction(type: StaffActionType, kind: CaseKind, v: ActionValues): ActionCheck {
  const on = v.on.trim() || undefined
  const errors: Partial<Record<keyof ActionValues, string>> = {}
  if (type === 'assign') {
    if (!v.department.trim()) return { ok: false, errors: { department: '请填写转办到的科室' } }
    return { ok: true, body: { type, on, department: v.department.trim(), reason: v.reason.trim() || undefined } }
  }
  if (type === 'approve_extension') return { ok: true, body: { type, on } }
  let candidate: Record<string, unknown> = { type, on }
  if (type === 'not_accept') candidate = { ...candidate, reason: v.reason }
  if (type === 'request_correction') {
    candidate = { ...candidate, missing: v.missing.map((m) => m.trim()).filter(Boolean), periodDays: whole(v.periodDays) }
  }
  if (type === 'consultation_started') candidate = { ...candidate, party: v.party.trim() || undefined }
  if (type === 'extend') candidate = { ...candidate, days: whole(v.days), reason: v.reason }
  if (type === 'note') candidate = { ...candidate, text: v.text }
  if (type === 'reply') {
    if (kind === 'info_request') {
      if (!v.legalBasis.trim()) errors.legalBasis = '请写明答复结果所依据的法律条款'
      if (!v.remedies.trim()) errors.remedies = '请写明申请人的救济途径（行政复议、行政诉讼及期限）'
    }
    candidate = {
      ...candidate,
      outcome: v.outcome || undefined,
      text: v.text,
      attachments: v.attachments,
      legalBasis: v.legalBasis.trim() || undefined,
      remedies: v.remedies.trim() || undefined
    }
  }
  const checked = StaffCaseEventBodySchema.safeParse(candidate)
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = (issue.path[0] === 'type' ? 'on' : String(issue.path[0])) as keyof ActionValues
      if (!errors[field]) errors[field] = issue.message
    }
  }
  if (Object.keys(errors).length > 0 || !checked.success) return { ok: false, errors }
  // The schema strips what it does not know; the reply's basis and remedies go along as typed.
  return { ok: true, body: { ...checked.data, ...(type === 'reply' ? { legalBasis: candidate.legalBasis, remedies: candidate.remedies } : {}) } as StaffAction }
}
