import { DISCLOSURE_OUTCOMES, PETITION_OUTCOMES, REPLY_OUTCOME_LABELS, type ReplyOutcome } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'
import { ReplyTemplateBodySchema, type ReplyTemplate } from '@/core/schemas/staff'
import { composeReply, fillTemplate, legalBasisOf, TEMPLATE_PLACEHOLDERS, type TemplatePlaceholder } from '@/core/staff'

/**
 * The reply templates page: which outcomes a kind of case has, what each placeholder stands for, and
 * the preview of a template filled with an example case.
 */

/**
 * The statutory outcomes of a kind: the disclosure regulation's for information requests, the
 * 信访 regulation's for every other kind.
 * @example outcomesOf('complaint') // ['supported', 'explained', 'not_supported']
 */
export function outcomesOf(kind: CaseKind): readonly ReplyOutcome[] {
  return kind === 'info_request' ? DISCLOSURE_OUTCOMES : PETITION_OUTCOMES
}

/** What each placeholder turns into, for the administrator who writes a template. */
export const PLACEHOLDER_HINTS: Record<TemplatePlaceholder, string> = {
  申请人: '申请人姓名（信访事项没有登记姓名时保留原样，答复时手填）',
  事项编号: '事项编号，例如 QS-2026-000123',
  事项标题: '事项标题，例如“小区路灯不亮”',
  收到日期: '收到申请的日期，例如 2026年11月20日',
  答复日期: '答复的日期',
  答复结果: '答复结果的法定名称，例如“部分公开”'
}

export const PLACEHOLDERS = Object.keys(TEMPLATE_PLACEHOLDERS) as TemplatePlaceholder[]

/** Where a template stands: edited by someone, the office's starting text, or none yet. */
export type TemplateState = 'edited' | 'default' | 'none'

/**
 * The template of a kind and outcome, and where it stands.
 * @example templateOf([], 'complaint', 'supported') // { template: undefined, state: 'none' }
 */
export function templateOf(templates: readonly ReplyTemplate[], kind: CaseKind, outcome: ReplyOutcome): { template: ReplyTemplate | undefined; state: TemplateState } {
  const template = templates.find((t) => t.kind === kind && t.outcome === outcome)
  return { template, state: !template ? 'none' : template.updatedBy ? 'edited' : 'default' }
}

export const TEMPLATE_STATE_LABELS: Record<TemplateState, string> = { edited: '已修改', default: '初始模板', none: '未设模板' }

const EXAMPLE = { applicantName: '张桂兰', trackingNo: 'QS-2026-000123', title: '申请公开：2025年老旧小区改造计划', receivedOn: '2026-11-20', repliedOn: '2026-12-10' }

/** The example office's bodies, named in the preview as the office's own are named in real replies. */
const EXAMPLE_DISTRICT = { name: '（本街道所在的区人民政府）' }

/**
 * The template filled with an example case, as the resident would read the reply: an information
 * request's reply carries the outcome's legal basis and remedies after it, a 信访 reply where to ask
 * for 复查 (src/core/staff/reply.ts).
 * @example previewTemplate('{申请人}：您好。', 'complaint', 'supported') // '张桂兰：您好。\n\n如对本处理意见不服…'
 */
export function previewTemplate(body: string, kind: CaseKind, outcome: ReplyOutcome): string {
  const filled = fillTemplate(body, { ...EXAMPLE, outcome })
  const composed = composeReply(kind, { outcome, text: filled, legalBasis: legalBasisOf(outcome) ?? '（答复时填写法律依据）' }, { reconsiderationBody: EXAMPLE_DISTRICT, reviewBody: EXAMPLE_DISTRICT })
  return composed.ok ? composed.text : filled
}

/**
 * The schema's message about a template body, or null when it may be saved.
 * @example templateBodyError('{编号}') // '模板中有不认识的占位符，可用的有：…'
 */
export function templateBodyError(body: string): string | null {
  const checked = ReplyTemplateBodySchema.safeParse({ body })
  return checked.success ? null : checked.error.issues[0].message
}

/**
 * The body with a placeholder added at its end (a mini-program text box does not tell where the
 * cursor is), on the same line.
 * @example withPlaceholder('您好，', '申请人') // '您好，{申请人}'
 */
export function withPlaceholder(body: string, name: TemplatePlaceholder): string {
  return `${body}{${name}}`
}

export const outcomeLabel = (outcome: ReplyOutcome) => REPLY_OUTCOME_LABELS[outcome]
