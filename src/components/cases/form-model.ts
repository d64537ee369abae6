import { CaseCreateBodySchema, type CaseCreateBody, type CaseCreateInput, type CaseLocation, type IdType, type Upload } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'

/**
 * The case form as the resident fills it: every field is text (or a choice) so that a half-typed
 * form can be kept as a draft. `toCaseBody` turns it into the request body and `validateCaseForm`
 * checks it with the server's own schema, so the phone shows the very message the server would send.
 */
export interface CaseFormValues {
  title: string
  content: string
  department: string
  contactPhone: string
  publishReply: boolean
  location?: CaseLocation
  attachments: Upload[]
  applicantType: 'citizen' | 'organisation'
  organisationKind: string
  name: string
  idType: IdType
  idNumber: string
  phone: string
  address: string
  email: string
  legalRepresentative: string
  contactPerson: string
  format: string
  delivery: string
}

export type CaseField = keyof CaseFormValues

export const EMPTY_CASE_FORM: CaseFormValues = {
  title: '',
  content: '',
  department: '',
  contactPhone: '',
  publishReply: false,
  attachments: [],
  applicantType: 'citizen',
  organisationKind: '',
  name: '',
  idType: 'id_card',
  idNumber: '',
  phone: '',
  address: '',
  email: '',
  legalRepresentative: '',
  contactPerson: '',
  format: '',
  delivery: ''
}

const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim())

/** The request body of a form; empty optional fields are left out rather than sent empty. */
export function toCaseBody(kind: CaseKind, v: CaseFormValues): CaseCreateInput {
  const common = {
    title: text(v.title),
    content: v.content,
    department: text(v.department),
    location: v.location,
    attachments: v.attachments.map((a) => a.id),
    contactPhone: text(v.contactPhone),
    publishReply: v.publishReply
  }
  if (kind !== 'info_request') return { kind, ...common, title: v.title }
  const organisation = v.applicantType === 'organisation'
  return {
    kind,
    ...common,
    contactPhone: undefined,
    applicant: {
      type: v.applicantType,
      organisationKind: organisation ? (text(v.organisationKind) as never) : undefined,
      name: v.name,
      idType: v.idType,
      idNumber: v.idNumber.trim().toUpperCase(),
      // Left out when empty, so the resident reads 请填写手机号码 rather than a format rule.
      phone: text(v.phone) as string,
      address: text(v.address),
      email: text(v.email),
      legalRepresentative: organisation ? text(v.legalRepresentative) : undefined,
      contactPerson: organisation ? text(v.contactPerson) : undefined
    },
    format: (text(v.format) ?? undefined) as never,
    delivery: (text(v.delivery) ?? undefined) as never
  }
}

/** Where the schema's paths land on the form: the applicant's fields sit flat on the form. */
function fieldOf(path: readonly PropertyKey[]): CaseField | null {
  const [first, second] = path
  if (first === 'applicant') {
    if (second === 'type') return 'applicantType'
    return typeof second === 'string' && second in EMPTY_CASE_FORM ? (second as CaseField) : 'name'
  }
  if (first === 'kind') return null
  if (first === 'location') return 'location'
  return typeof first === 'string' && first in EMPTY_CASE_FORM ? (first as CaseField) : null
}

export type CaseFormErrors = Partial<Record<CaseField, string>>

export type CaseFormCheck = { ok: true; body: CaseCreateBody } | { ok: false; errors: CaseFormErrors }

/**
 * Checks a form with CaseCreateBodySchema; one message per field (the first), keyed by form field.
 * @example validateCaseForm('suggestion', { ...EMPTY_CASE_FORM, content: '路灯不亮' }) // { ok: false, errors: { title: '请填写标题' } }
 */
export function validateCaseForm(kind: CaseKind, values: CaseFormValues): CaseFormCheck {
  const parsed = CaseCreateBodySchema.safeParse(toCaseBody(kind, values))
  if (parsed.success) return { ok: true, body: parsed.data }
  const errors: CaseFormErrors = {}
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path)
    if (field && !errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors }
}

/**
 * An identity number is sensitive personal information (个人信息保护法 第二十八条、第二十九条): the
 * first submission that carries one waits for the resident's explicit consent to the privacy notice.
 * @example needsConsent({ kind: 'suggestion', … }, false) // false
 */
export function needsConsent(body: CaseCreateInput, consented: boolean): boolean {
  return body.kind === 'info_request' && Boolean(body.applicant?.idNumber) && !consented
}

/** What each kind is for, in plain words, on the page where the resident picks one. */
export const KIND_GUIDE: readonly { kind: CaseKind; label: string; explain: string; example: string }[] = [
  { kind: 'complaint', label: '投诉', explain: '对街道或社区的工作不满意，请街道纠正。', example: '例如：办事窗口推诿、承诺的事没有办' },
  { kind: 'report', label: '举报', explain: '发现违法违规的行为，请街道调查处理。', example: '例如：违章搭建、占道经营、噪音扰民' },
  { kind: 'help', label: '求助', explain: '生活中遇到困难，请街道帮忙。', example: '例如：独居老人需要照看、楼道灯坏了' },
  { kind: 'suggestion', label: '意见建议', explain: '对街道和社区的工作提出想法。', example: '例如：建议在小区门口加装休息座椅' },
  {
    kind: 'info_request',
    label: '政府信息公开申请',
    explain: '想要街道的某份文件或信息，依法申请公开。街道在 20 个工作日内答复。',
    example: '需要填写身份证件号码，例如：申请某小区改造的资金安排'
  }
]

export function kindGuideOf(kind: CaseKind) {
  return KIND_GUIDE.find((g) => g.kind === kind) ?? KIND_GUIDE[0]
}
