import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { clockOfCase } from '../cases'
import type { Rating, ReplyOutcome } from '../schemas/cases'
import type { CaseEvent, CaseKind } from '../schemas/clock'
import type { DisclosureCounts } from '../schemas/reports'
import { annualDisclosureTable, appraisalScore, closedOnOf, dashboardOf, monthlyTrend, satisfactionRate, type ApplicantType, type OrganisationKind, type ReportCase, type ReportEvent } from '.'

const cal = createCalendar(ANNOUNCED_SCHEDULES)
const CLOCK_TYPES = new Set(['received', 'correction_requested', 'correction_received', 'accepted', 'not_accepted', 'replied', 'withdrawn'])

interface CaseSpec {
  no: string
  kind?: CaseKind
  department?: string | null
  receivedOn: string
  applicant?: { type: ApplicantType; organisationKind?: OrganisationKind }
  events?: ReportEvent[]
}

/** A case with its clock computed as of `asOf`, as the server hands it to the reports. */
function aCase(spec: CaseSpec, asOf: string): ReportCase {
  const kind = spec.kind ?? 'info_request'
  const events: ReportEvent[] = [{ type: 'received', on: spec.receivedOn }, ...(spec.events ?? [])]
  const clockEvents = events
    .filter((e) => CLOCK_TYPES.has(e.type) && e.on <= asOf)
    .map((e) => ({ type: e.type, on: e.on, ...(e.correctionDueOn ? { correctionDueOn: e.correctionDueOn } : {}) }) as CaseEvent)
  return {
    trackingNo: spec.no,
    kind,
    department: spec.department === undefined ? '民政办' : spec.department,
    receivedOn: spec.receivedOn,
    applicant: kind === 'info_request' ? (spec.applicant ?? { type: 'citizen' }) : undefined,
    events: events.filter((e) => e.on <= asOf),
    clock: clockOfCase(kind, clockEvents, cal, asOf)
  }
}
const replied = (on: string, outcome: ReplyOutcome): ReportEvent => ({ type: 'replied', on, outcome })
const rated = (on: string, rating: Rating): ReportEvent => ({ type: 'rated', on, rating })

describe('appraisal score and satisfaction rate', () => {
  const counts = { satisfied: 2, basically_satisfied: 1, average: 0, dissatisfied: 1, unknown: 3 }

  it('divides the sum of the counted ratings by their number, leaving 不了解 out', () => {
    // (100 + 100 + 85 + 55) / 4 = 85
    expect(appraisalScore(counts)).toBe(85)
  })

  it('rounds the score to two decimals', () => {
    // (100 + 85 + 70) / 3 = 85
    expect(appraisalScore({ satisfied: 1, basically_satisfied: 1, average: 1, dissatisfied: 0, unknown: 0 })).toBe(85)
    // (100 + 100 + 85 × 5) / 7 = 625 / 7 = 89.2857…
    expect(appraisalScore({ satisfied: 2, basically_satisfied: 5, average: 0, dissatisfied: 0, unknown: 0 })).toBe(89.29)
    // (70 + 55 + 55) / 3 = 60
    expect(appraisalScore({ satisfied: 0, basically_satisfied: 0, average: 1, dissatisfied: 2, unknown: 0 })).toBe(60)
  })

  it('has no score when only 不了解 was given', () => {
    expect(appraisalScore({ satisfied: 0, basically_satisfied: 0, average: 0, dissatisfied: 0, unknown: 4 })).toBeNull()
  })

  it('counts 满意 and 基本满意 as satisfied', () => {
    expect(satisfactionRate(counts)).toBe(0.75)
  })
})

describe('dashboardOf', () => {
  const asOf = '2026-03-31'
  const cases = [
    // replied on the day of receipt: on the spot, on time, 0 working days
    aCase({ no: 'A', receivedOn: '2026-03-02', events: [replied('2026-03-02', 'disclosed'), rated('2026-03-03', 'satisfied')] }, asOf),
    // due 2026-03-30 (20 working days), replied a day late after 21 working days
    aCase({ no: 'B', receivedOn: '2026-03-02', events: [replied('2026-03-31', 'unavailable_not_held'), rated('2026-03-31', 'basically_satisfied')] }, asOf),
    // a complaint of another department, replied after 11 working days, within 60 days
    aCase(
      {
        no: 'C',
        kind: 'complaint',
        department: '城管科',
        receivedOn: '2026-03-05',
        events: [{ type: 'accepted', on: '2026-03-06' }, replied('2026-03-20', 'supported'), rated('2026-03-21', 'dissatisfied')]
      },
      asOf
    ),
    // a suggestion never accepted: 15 days ran out on 2026-03-25
    aCase({ no: 'D', kind: 'suggestion', receivedOn: '2026-03-10' }, asOf),
    // withdrawn: concluded without a reply
    aCase({ no: 'E', kind: 'help', receivedOn: '2026-03-12', events: [{ type: 'withdrawn', on: '2026-03-13' }] }, asOf),
    // received before the period, still unanswered and past its due date
    aCase({ no: 'F', receivedOn: '2026-02-20' }, asOf),
    // replied after 2 working days; 不了解 is not counted
    aCase({ no: 'G', receivedOn: '2026-03-16', events: [replied('2026-03-18', 'partly_disclosed'), rated('2026-03-19', 'unknown')] }, asOf)
  ]

  it('computes every figure of the office for March, by hand', () => {
    expect(dashboardOf(cases, { from: '2026-03-01', to: '2026-03-31', department: null }, cal, asOf)).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      department: null,
      asOf,
      received: 6,
      closed: 5,
      completionRate: 0.8333,
      replied: 4,
      repliedOnTime: 3,
      onTimeRate: 0.75,
      averageWorkingDays: 8.5,
      onTheSpot: 1,
      onTheSpotRate: 0.25,
      ratings: { satisfied: 1, basically_satisfied: 1, average: 0, dissatisfied: 1, unknown: 1 },
      satisfactionRate: 0.6667,
      appraisalScore: 80,
      overdueNow: 2
    })
  })

  it('counts only the department asked for', () => {
    const d = dashboardOf(cases, { from: '2026-03-01', to: '2026-03-31', department: '城管科' }, cal, asOf)
    expect(d).toMatchObject({ received: 1, closed: 1, replied: 1, repliedOnTime: 1, averageWorkingDays: 11, appraisalScore: 55, overdueNow: 0 })
  })

  it('gives no rates for a period without cases', () => {
    const d = dashboardOf(cases, { from: '2026-01-01', to: '2026-01-31', department: null }, cal, asOf)
    expect(d).toMatchObject({ received: 0, completionRate: null, onTimeRate: null, averageWorkingDays: null, appraisalScore: null, satisfactionRate: null })
  })

  it('does not count a conclusion after the day the report is made for', () => {
    const early = cases.map((c) => aCase({ no: c.trackingNo, kind: c.kind, department: c.department, receivedOn: c.receivedOn, events: c.events.slice(1) as ReportEvent[] }, '2026-03-19'))
    const d = dashboardOf(early, { from: '2026-03-01', to: '2026-03-31', department: null }, cal, '2026-03-19')
    expect(d).toMatchObject({ received: 6, closed: 3, replied: 2 })
  })
})

describe('monthlyTrend', () => {
  it('counts receipts by month received and replies by month replied', () => {
    const asOf = '2026-04-30'
    const cases = [
      aCase({ no: 'A', receivedOn: '2026-03-02', events: [replied('2026-03-02', 'disclosed')] }, asOf),
      aCase({ no: 'B', receivedOn: '2026-03-02', events: [replied('2026-04-01', 'disclosed')] }, asOf),
      aCase({ no: 'C', receivedOn: '2026-04-07' }, asOf)
    ]
    const { months } = monthlyTrend(cases, 2026, null)
    expect(months).toHaveLength(12)
    expect(months[2]).toEqual({ month: '2026-03', received: 2, replied: 1, repliedOnTime: 1, onTimeRate: 1 })
    expect(months[3]).toEqual({ month: '2026-04', received: 1, replied: 1, repliedOnTime: 0, onTimeRate: 0 })
    expect(months[0]).toEqual({ month: '2026-01', received: 0, replied: 0, repliedOnTime: 0, onTimeRate: null })
  })
})

describe('annualDisclosureTable', () => {
  const asOf = '2027-01-31'
  const org = (organisationKind: OrganisationKind) => ({ type: 'organisation' as const, organisationKind })
  const cases = [
    // carried over from 2025, answered in 2026
    aCase({ no: 'H', receivedOn: '2025-12-22', applicant: org('commercial'), events: [replied('2026-01-09', 'withheld_third_party_rights')] }, asOf),
    // received and answered in 2025: not in the 2026 table at all
    aCase({ no: 'I', receivedOn: '2025-11-03', events: [replied('2025-11-20', 'disclosed')] }, asOf),
    aCase({ no: 'A', receivedOn: '2026-03-02', events: [replied('2026-03-02', 'disclosed')] }, asOf),
    aCase({ no: 'B', receivedOn: '2026-03-02', events: [replied('2026-03-31', 'unavailable_not_held')] }, asOf),
    // open at the end of the year
    aCase({ no: 'F', receivedOn: '2026-12-01' }, asOf),
    aCase({ no: 'G', receivedOn: '2026-03-16', applicant: org('legal_service'), events: [replied('2026-03-18', 'partly_disclosed')] }, asOf),
    // never completed the correction asked for: taken as withdrawn (第三十条)
    aCase(
      {
        no: 'J',
        receivedOn: '2026-03-03',
        applicant: org('research'),
        events: [{ type: 'correction_requested', on: '2026-03-04', correctionDueOn: '2026-03-18' }]
      },
      asOf
    ),
    // received in December, answered in January of the next year
    aCase({ no: 'K', receivedOn: '2026-12-28', events: [replied('2027-01-05', 'disclosed')] }, asOf),
    // withdrawn by the applicant
    aCase({ no: 'L', receivedOn: '2026-05-06', events: [{ type: 'withdrawn', on: '2026-05-07' }] }, asOf),
    // a complaint is no information request
    aCase({ no: 'C', kind: 'complaint', receivedOn: '2026-03-05', events: [{ type: 'accepted', on: '2026-03-06' }, replied('2026-03-20', 'supported')] }, asOf)
  ]
  const table = annualDisclosureTable(cases, 2026)
  const row = (key: string) => table.rows.find((r) => r.key === key)?.counts
  const counts = (over: Partial<DisclosureCounts>): DisclosureCounts => ({
    citizen: 0,
    commercial: 0,
    research: 0,
    social_welfare: 0,
    legal_service: 0,
    other: 0,
    total: 0,
    ...over
  })

  it('takes an application closed for want of a correction as concluded on the last day of the period', () => {
    expect(closedOnOf(cases[6])).toBe('2026-03-18')
  })

  it('counts the new applications of the year by applicant type (一)', () => {
    expect(row('new')).toEqual(counts({ citizen: 5, research: 1, legal_service: 1, total: 7 }))
  })

  it('counts the applications carried over from the year before (二)', () => {
    expect(row('carried_over')).toEqual(counts({ commercial: 1, total: 1 }))
  })

  it('counts each concluded application in the leaf of its outcome (三)', () => {
    expect(row('disclosed')).toEqual(counts({ citizen: 1, total: 1 }))
    expect(row('partly_disclosed')).toEqual(counts({ legal_service: 1, total: 1 }))
    expect(row('withheld_third_party_rights')).toEqual(counts({ commercial: 1, total: 1 }))
    expect(row('unavailable_not_held')).toEqual(counts({ citizen: 1, total: 1 }))
    expect(row('other_no_correction')).toEqual(counts({ research: 1, total: 1 }))
    expect(row('other')).toEqual(counts({ citizen: 1, total: 1 }))
    expect(row('withheld_state_secret')).toEqual(counts({}))
  })

  it('totals the results (七) and carries the open ones forward (四)', () => {
    expect(row('results_total')).toEqual(counts({ citizen: 3, commercial: 1, research: 1, legal_service: 1, total: 6 }))
    expect(row('carried_forward')).toEqual(counts({ citizen: 2, total: 2 }))
  })

  it('balances in every column: 一 + 二 = (七) + 四', () => {
    for (const column of ['citizen', 'commercial', 'research', 'social_welfare', 'legal_service', 'other', 'total'] as const) {
      expect((row('new') as DisclosureCounts)[column] + (row('carried_over') as DisclosureCounts)[column]).toBe(
        (row('results_total') as DisclosureCounts)[column] + (row('carried_forward') as DisclosureCounts)[column]
      )
    }
  })

  it('has the template’s rows in order, headings without figures', () => {
    expect(table.rows.map((r) => r.label.slice(0, 4))).toEqual([
      '一、本年',
      '二、上年',
      '三、本年',
      '（一）予',
      '（二）部',
      '（三）不',
      ...['1. 属', '2. 其', '3. 危', '4. 保', '5. 属', '6. 属', '7. 属', '8. 属'],
      '（四）无',
      ...['1. 本', '2. 没', '3. 补'],
      '（五）不',
      ...['1. 信', '2. 重', '3. 要', '4. 无', '5. 要'],
      '（六）其',
      ...['1. 申', '2. 申', '3. 其'],
      '（七）总',
      '四、结转'
    ])
    expect(table.rows.filter((r) => r.counts === null).map((r) => r.key)).toEqual(['results', 'withheld', 'unavailable', 'not_handled', 'other_handling'])
  })

  it('has a leaf for every disclosure outcome and a column for every kind of applicant', () => {
    expect(table.rows.filter((r) => r.depth === 2 || r.key === 'disclosed' || r.key === 'partly_disclosed')).toHaveLength(21)
    expect(table.columns.map((c) => c.label)).toEqual([
      '自然人',
      '法人或其他组织：商业企业',
      '法人或其他组织：科研机构',
      '法人或其他组织：社会公益组织',
      '法人或其他组织：法律服务机构',
      '法人或其他组织：其他',
      '总计'
    ])
  })
})
