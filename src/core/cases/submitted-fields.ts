/**
 * What a resident chose on the form, in the words of the form (src/components/cases/CaseForm), so
 * that the official handling the case reads the same choices the resident made. The form's choices
 * are built from these labels.
 */

export const PROVISION_FORMAT_LABELS = { electronic: '电子文件', paper: '纸质文件' } as const
export const DELIVERY_LABELS = { online: '在本程序里查看', pickup: '到街道自取', post: '邮寄', email: '发到电子邮箱' } as const
export const APPLICANT_TYPE_LABELS = { citizen: '个人', organisation: '单位或组织' } as const
export const ORGANISATION_KIND_LABELS = {
  commercial: '企业',
  research: '科研机构',
  social_welfare: '社会公益组织',
  legal_service: '法律服务机构',
  other: '其他'
} as const
export const PUBLISH_REPLY_LABELS = { yes: '可以公开（隐去姓名和电话）', no: '不公开' } as const

export interface SubmittedField {
  label: string
  value: string
}

const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null)

function labelOf<T extends Record<string, string>>(labels: T, value: unknown): string | null {
  return typeof value === 'string' && Object.hasOwn(labels, value) ? labels[value] : textOf(value)
}

/**
 * The resident's choices and details other than the content, the applicant's identity and the
 * files, as labelled lines, in the form's order; fields left empty are left out. The body is read as
 * stored (any kind of case), so an older case without a field simply shows less.
 * @example submittedFields({ kind: 'info_request', format: 'paper', delivery: 'post', publishReply: false })
 * // [{ label: '提供形式', value: '纸质文件' }, { label: '获取方式', value: '邮寄' }, { label: '答复能否公开', value: '不公开' }]
 */
export function submittedFields(body: Record<string, unknown>): SubmittedField[] {
  const applicant = (typeof body.applicant === 'object' && body.applicant !== null ? body.applicant : {}) as Record<string, unknown>
  const location = (typeof body.location === 'object' && body.location !== null ? body.location : null) as Record<string, unknown> | null
  const place =
    location && (textOf(location.address) ?? (typeof location.latitude === 'number' && typeof location.longitude === 'number' ? `北纬 ${location.latitude}，东经 ${location.longitude}` : null))
  const fields: [string, string | null][] = [
    ['申请人是', body.kind === 'info_request' ? labelOf(APPLICANT_TYPE_LABELS, applicant.type ?? 'citizen') : null],
    ['单位类型', labelOf(ORGANISATION_KIND_LABELS, applicant.organisationKind)],
    ['法定代表人', textOf(applicant.legalRepresentative)],
    ['提供形式', labelOf(PROVISION_FORMAT_LABELS, body.format)],
    ['获取方式', labelOf(DELIVERY_LABELS, body.delivery)],
    ['主题', textOf(body.topic)],
    ['涉及的部门或事项', textOf(body.department)],
    ['地点', place],
    ['联系电话', textOf(body.contactPhone)],
    ['答复能否公开', typeof body.publishReply === 'boolean' ? PUBLISH_REPLY_LABELS[body.publishReply ? 'yes' : 'no'] : null]
  ]
  return fields.filter((field): field is [string, string] => field[1] !== null).map(([label, value]) => ({ label, value }))
}
