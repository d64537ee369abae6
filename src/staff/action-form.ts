import type { ReplyOutcome } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'
import { StaffCaseActionBodySchema, type StaffCaseActionBody } from '@/core/schemas/staff'
import { composeReply, legalBasisOf, REPLY_GAP_MESSAGES, type CaseAction, type ReplyBodies } from '@/core/staff'

/** What the action forms collect, as typed (strings until checked). */
export interface ActionValues {
  on: string
  reason: string
  department: string
  missing: string[]
  periodDays: string
  party: string
  /** The day the third party received the consultation letter (条例 第三十二条), when known. */
  letterReceivedOn: string
  days: string
  outcome: ReplyOutcome | ''
  text: string
  legalBasis: string
  /** 无法提供 because another body holds it: that body and how to reach it (第三十六条第（五）项). */
  holderName: string
  holderContact: string
  /** How a reply was delivered: handed over or posted. */
  means: 'in_person' | 'post' | ''
  /** The body a 复查 request goes to, or whose 复查 opinion came back; the office's 复查 body when blank. */
  body: string
  attachments: string[]
  /** 回访: what the resident said when called back, and whether the problem is now solved. */
  residentSaid: string
  solved: 'yes' | 'no' | ''
}

/** 政府信息公开条例 第三十条: the period given to complete an application, 15 working days unless set otherwise. */
export const DEFAULT_CORRECTION_DAYS = '15'
/** 第三十三条: an extension of at most 20 working days. */
export const DEFAULT_EXTENSION_DAYS = '20'

/**
 * Who approves the extension asked for: the law's approver, never the person who asks (four eyes).
 * @example extensionApprovalNote('info_request') // '提交后由政务公开工作机构负责人批准（不能由本人批准），批准后延期生效并告知申请人（条例第三十三条）。'
 */
export function extensionApprovalNote(kind: CaseKind): string {
  return kind === 'info_request'
    ? '提交后由政务公开工作机构负责人批准（不能由本人批准），批准后延期生效并告知申请人（条例第三十三条）。'
    : '提交后由本机关负责人（分管领导）批准（不能由本人批准），批准后延期生效并告知信访人延期理由（信访工作条例第三十四条）。'
}

/**
 * What the extension form says of the limit: 20 working days in all for an information request
 * (条例 第三十三条), 30 days for a 信访 matter (信访工作条例 第三十四条), and what is left of it; an
 * extension must be decided before the period ends.
 * @example extensionHint('info_request', 5) // '延长合计不超过 20 个工作日，本件还能延长 5 个工作日；须在答复期限届满前决定。'
 */
export function extensionHint(kind: CaseKind, daysLeft?: number): string {
  const [max, unit, period] = kind === 'info_request' ? [20, '个工作日', '答复期限'] : [30, '日', '办理期限']
  const left = daysLeft !== undefined && daysLeft < max ? `，本件还能延长 ${daysLeft} ${unit}` : ''
  return `延长合计不超过 ${max} ${unit}${left}；须在${period}届满前决定。`
}

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
    letterReceivedOn: '',
    days: DEFAULT_EXTENSION_DAYS,
    outcome: '',
    text: '',
    legalBasis: '',
    holderName: '',
    holderContact: '',
    means: '',
    body: '',
    attachments: [],
    residentSaid: '',
    solved: ''
  }
}

export type ActionErrors = Partial<Record<keyof ActionValues, string>>
export type ActionCheck = { ok: true; body: StaffCaseActionBody } | { ok: false; errors: ActionErrors }

const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN)
const optional = (value: string) => value.trim() || undefined

/** The body holding the information, typed for a 无法提供 reply only; nothing when left blank. */
const holderOf = (v: ActionValues) =>
  v.outcome === 'unavailable_not_held' && (v.holderName.trim() || v.holderContact.trim()) ? { name: v.holderName, contact: optional(v.holderContact) } : undefined

/**
 * The remedies a reply will carry, as the form shows them before sending: from the outcome and the
 * office's bodies (reply.ts), or why the reply cannot go out yet.
 * @example remediesPreview('complaint', 'supported', { reconsiderationBody: null, reviewBody: null }) // { ok: false, message: '还没有设置复查机关…' }
 */
export function remediesPreview(kind: CaseKind, outcome: ReplyOutcome | '', bodies: ReplyBodies): { ok: true; text: string } | { ok: false; message: string } | null {
  if (!outcome) return null
  const composed = composeReply(kind, { outcome, text: '', legalBasis: kind === 'info_request' ? (legalBasisOf(outcome) ?? '—') : undefined }, bodies)
  return composed.ok ? { ok: true, text: composed.remedies } : { ok: false, message: REPLY_GAP_MESSAGES[composed.missing] }
}

/** The body an action's form describes, before checking. */
function candidateOf(type: CaseAction, v: ActionValues): Record<string, unknown> {
  const base = { type, on: optional(v.on) }
  switch (type) {
    case 'not_accept':
    case 'extend':
      return { ...base, reason: v.reason, ...(type === 'extend' ? { days: whole(v.days) } : {}) }
    case 'assign':
      return { ...base, department: v.department.trim() }
    case 'request_correction':
      return { ...base, missing: v.missing.map((m) => m.trim()).filter(Boolean), periodDays: whole(v.periodDays) }
    case 'consultation_started':
      return { ...base, party: optional(v.party), letterReceivedOn: optional(v.letterReceivedOn) }
    case 'note':
      return { ...base, text: v.text }
    case 'follow_up':
      return { ...base, residentSaid: v.residentSaid, solved: v.solved === '' ? undefined : v.solved === 'yes', note: optional(v.text) }
    case 'return_reply':
      return { ...base, comment: v.reason }
    case 'record_delivery':
      return { ...base, means: v.means || undefined }
    case 'forward_review':
      return { ...base, to: optional(v.body) }
    case 'record_review_opinion':
      return { ...base, by: optional(v.body), text: v.text }
    case 'reply':
      return { ...base, outcome: v.outcome || undefined, text: v.text, attachments: v.attachments, legalBasis: optional(v.legalBasis), holder: holderOf(v) }
    default:
      return base
  }
}

/**
 * Builds the body of an action from its form and checks it with the server's own schema, so the
 * official sees the server's message before sending. A reply to an information request must also
 * carry a legal basis (its outcome's article unless written); its remedies follow from the outcome.
 * @example checkAction('not_accept', 'complaint', { ...emptyActionValues(), reason: '' }) // { ok: false, errors: { reason: '请填写理由' } }
 */
export function checkAction(type: CaseAction, kind: CaseKind, v: ActionValues): ActionCheck {
  const errors: ActionErrors = {}
  if (type === 'reply' && kind === 'info_request') {
    if (v.outcome && !legalBasisOf(v.outcome, v.legalBasis)) errors.legalBasis = '这种答复结果没有对应的条款，请写明所依据的法律条款'
  }
  const checked = StaffCaseActionBodySchema.safeParse(candidateOf(type, v))
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = String(issue.path[0])
      // A follow-up's note is typed in the form's text field, a returned reply's comment in its reason field.
      const field = (path === 'type' ? 'on' : path === 'note' ? 'text' : path === 'comment' ? 'reason' : path === 'holder' ? 'holderName' : path === 'to' || path === 'by' ? 'body' : path) as keyof ActionValues
      if (!errors[field]) errors[field] = issue.message
    }
  }
  if (!checked.success || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, body: checked.data }
}
