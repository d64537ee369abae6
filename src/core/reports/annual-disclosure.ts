import { DISCLOSURE_OUTCOMES, type ReplyOutcome } from '../schemas/cases'
import { DISCLOSURE_COLUMNS, DISCLOSURE_COLUMN_LABELS, type AnnualDisclosureTable, type DisclosureColumn, type DisclosureCounts } from '../schemas/reports'
import { closedOnOf, conclusionOf, type ReportCase } from './report-case'

/**
 * Part three of the yearly report on government information disclosure (政府信息公开工作年度报告,
 * the State Council's template revised in 2021): 收到和处理政府信息公开申请情况. Its rows and columns are
 * fixed (domain.md §7); each leaf of 三 is one reply outcome of src/core/schemas/cases.ts, so every
 * cell is a count.
 */

type DisclosureOutcome = (typeof DISCLOSURE_OUTCOMES)[number]

interface RowDefinition {
  key: string
  label: string
  depth: number
  /** The outcome counted on a leaf of 三. */
  outcome?: DisclosureOutcome
}

const leaf = (outcome: DisclosureOutcome, label: string): RowDefinition => ({ key: outcome, label, depth: 2, outcome })

/** The template's rows, in its order and words. */
export const DISCLOSURE_TABLE_ROWS: readonly RowDefinition[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', depth: 0 },
  { key: 'carried_over', label: '二、上年结转政府信息公开申请数量', depth: 0 },
  { key: 'results', label: '三、本年度办理结果', depth: 0 },
  { key: 'disclosed', label: '（一）予以公开', depth: 1, outcome: 'disclosed' },
  { key: 'partly_disclosed', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', depth: 1, outcome: 'partly_disclosed' },
  { key: 'withheld', label: '（三）不予公开', depth: 1 },
  leaf('withheld_state_secret', '1. 属于国家秘密'),
  leaf('withheld_prohibited_by_law', '2. 其他法律行政法规禁止公开'),
  leaf('withheld_three_safeties', '3. 危及“三安全一稳定”'),
  leaf('withheld_third_party_rights', '4. 保护第三方合法权益'),
  leaf('withheld_internal_affairs', '5. 属于三类内部事务信息'),
  leaf('withheld_process_information', '6. 属于四类过程性信息'),
  leaf('withheld_enforcement_file', '7. 属于行政执法案卷'),
  leaf('withheld_inquiry_matter', '8. 属于行政查询事项'),
  { key: 'unavailable', label: '（四）无法提供', depth: 1 },
  leaf('unavailable_not_held', '1. 本机关不掌握相关政府信息'),
  leaf('unavailable_needs_creating', '2. 没有现成信息需要另行制作'),
  leaf('unavailable_still_unclear', '3. 补正后申请内容仍不明确'),
  { key: 'not_handled', label: '（五）不予处理', depth: 1 },
  leaf('not_handled_petition', '1. 信访举报投诉类申请'),
  leaf('not_handled_repeated', '2. 重复申请'),
  leaf('not_handled_publication', '3. 要求提供公开出版物'),
  leaf('not_handled_mass_requests', '4. 无正当理由大量反复申请'),
  leaf('not_handled_confirmation', '5. 要求行政机关确认或重新出具已获取信息'),
  { key: 'other_handling', label: '（六）其他处理', depth: 1 },
  leaf('other_no_correction', '1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
  leaf('other_fee_unpaid', '2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
  leaf('other', '3. 其他'),
  { key: 'results_total', label: '（七）总计', depth: 1 },
  { key: 'carried_forward', label: '四、结转下年度继续办理', depth: 0 }
]

const zero = (): DisclosureCounts => ({ citizen: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: 0 })

/** The column of an applicant: 自然人, or the kind of organisation (an organisation of unknown kind goes to 其他). */
export function disclosureColumnOf(c: ReportCase): Exclude<DisclosureColumn, 'total'> {
  if (c.applicant?.type !== 'organisation') return 'citizen'
  return c.applicant.organisationKind ?? 'other'
}

/**
 * The leaf of 三 a concluded application is counted in. An application taken as withdrawn for want of
 * a correction is (六)1; one the applicant withdrew, and one refused without a reply, is (六)3 其他.
 */
export function disclosureLeafOf(c: ReportCase): DisclosureOutcome | null {
  const conclusion = conclusionOf(c)
  if (conclusion === null) return null
  if (conclusion === 'no_correction') return 'other_no_correction'
  if (conclusion === 'withdrawn') return 'other'
  return (DISCLOSURE_OUTCOMES as readonly ReplyOutcome[]).includes(conclusion) ? (conclusion as DisclosureOutcome) : 'other'
}

/**
 * The table of a year from the information requests ever received up to its end (clocks as of the
 * year's last day or later). 一 counts those received in the year; 二 those received earlier and still
 * open on 1 January; 三 those of 一 and 二 concluded in the year, by outcome; 四 those of 一 and 二 still
 * open at the year's end, so that 一 + 二 = (七) + 四 in every column.
 * @example annualDisclosureTable(cases, 2026).rows[0] // { key: 'new', label: '一、本年新收政府信息公开申请数量', depth: 0, counts: { citizen: 3, … total: 4 } }
 */
export function annualDisclosureTable(cases: readonly ReportCase[], year: number): AnnualDisclosureTable {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const counts = new Map<string, DisclosureCounts>(['new', 'carried_over', 'results_total', 'carried_forward', ...DISCLOSURE_OUTCOMES].map((k) => [k, zero()]))
  const add = (key: string, column: Exclude<DisclosureColumn, 'total'>) => {
    const row = counts.get(key) as DisclosureCounts
    row[column] += 1
    row.total += 1
  }
  for (const c of cases) {
    if (c.kind !== 'info_request' || c.receivedOn > last) continue
    const closedOn = closedOnOf(c)
    if (closedOn !== null && closedOn < first) continue
    const column = disclosureColumnOf(c)
    add(c.receivedOn >= first ? 'new' : 'carried_over', column)
    const leafKey = closedOn !== null && closedOn <= last ? disclosureLeafOf(c) : null
    if (leafKey) {
      add(leafKey, column)
      add('results_total', column)
    } else {
      add('carried_forward', column)
    }
  }
  return {
    year,
    title: `${year}年度收到和处理政府信息公开申请情况`,
    columns: DISCLOSURE_COLUMNS.map((key) => ({ key, label: DISCLOSURE_COLUMN_LABELS[key] })),
    rows: DISCLOSURE_TABLE_ROWS.map((r) => ({ key: r.key, label: r.label, depth: r.depth, counts: counts.get(r.key) ?? null }))
  }
}
