import { formatChineseDay } from '../calendar'
import { REPLY_OUTCOME_LABELS, type ReplyOutcome } from '../schemas/cases'

/**
 * Reply templates: text with {占位符} that the reply form fills from the case. The placeholders are
 * Chinese so that the administrator who edits a template reads what will stand there.
 */
export const TEMPLATE_PLACEHOLDERS = {
  申请人: 'applicantName',
  事项编号: 'trackingNo',
  事项标题: 'title',
  收到日期: 'receivedOn',
  答复日期: 'repliedOn',
  答复结果: 'outcome'
} as const
export type TemplatePlaceholder = keyof typeof TEMPLATE_PLACEHOLDERS

export interface TemplateValues {
  applicantName?: string
  trackingNo: string
  title: string
  /** YYYY-MM-DD; written as 2026年11月25日. */
  receivedOn: string
  repliedOn: string
  outcome: ReplyOutcome
}

const PLACEHOLDER = /\{([^{}]+)\}/g

/**
 * The placeholders a template uses that do not exist (a typo an administrator should hear of).
 * @example unknownPlaceholders('{申请人}：您好。{编号}') // ['编号']
 */
export function unknownPlaceholders(body: string): string[] {
  return [...body.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !(name in TEMPLATE_PLACEHOLDERS))
}

/**
 * Fills a template; a placeholder without a value (no applicant name on a 信访 matter) stays as
 * written so the officer sees what to complete.
 * @example fillTemplate('{申请人}：您于{收到日期}提出的申请', { applicantName: '张三', receivedOn: '2026-11-20', … }) // '张三：您于2026年11月20日提出的申请'
 */
export function fillTemplate(body: string, values: TemplateValues): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => {
    const key = TEMPLATE_PLACEHOLDERS[name as TemplatePlaceholder] as keyof TemplateValues | undefined
    if (!key) return whole
    const value = values[key]
    if (value === undefined || value === '') return whole
    if (key === 'receivedOn' || key === 'repliedOn') return formatChineseDay(value)
    if (key === 'outcome') return REPLY_OUTCOME_LABELS[value as ReplyOutcome]
    return value
  })
}

/** Templates the office starts with; administrators replace them (PUT /staff/templates/:kind/:outcome). */
export const DEFAULT_REPLY_TEMPLATES: readonly { kind: string; outcome: ReplyOutcome; body: string }[] = [
  {
    kind: 'info_request',
    outcome: 'disclosed',
    body: '{申请人}：\n您于{收到日期}提出的政府信息公开申请（编号{事项编号}）收悉。经审查，您申请的信息予以公开，现将有关信息提供给您（见附件）。'
  },
  {
    kind: 'info_request',
    outcome: 'partly_disclosed',
    body: '{申请人}：\n您于{收到日期}提出的政府信息公开申请（编号{事项编号}）收悉。经审查，您申请的信息部分予以公开（见附件）；其余部分不予公开，理由如下：'
  },
  {
    kind: 'info_request',
    outcome: 'unavailable_not_held',
    body: '{申请人}：\n您于{收到日期}提出的政府信息公开申请（编号{事项编号}）收悉。经检索，本机关未制作或获取您申请公开的信息。'
  },
  { kind: 'complaint', outcome: 'supported', body: '您于{收到日期}反映的“{事项标题}”（编号{事项编号}）已办理：您反映的情况属实，我们已采取以下措施：' },
  { kind: 'complaint', outcome: 'explained', body: '您于{收到日期}反映的“{事项标题}”（编号{事项编号}）已办理。经了解，有关情况说明如下：' },
  { kind: 'complaint', outcome: 'not_supported', body: '您于{收到日期}反映的“{事项标题}”（编号{事项编号}）已办理。经核查，您的诉求不予支持，理由如下：' }
]
