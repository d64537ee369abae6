import type { WorkingDayCalendar } from '@/core/calendar'
import { clockOfCase } from '@/core/cases'
import type { ReportCase, ReportEvent } from '@/core/reports'
import type { Rating, ReplyOutcome } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'
import type { Queryable } from '../db/db'
import { clockEventsOf } from '../residents/case-views'
import type { StoredEvent } from './cases-repository'

/**
 * Cases as the reports read them: one query per report, each case with its events, its clock
 * computed as of the report's day. Only the cases a report can count are read.
 */

interface ReportRow {
  tracking_no: string
  kind: CaseKind
  department: string | null
  received_on: string
  applicant: { type?: 'citizen' | 'organisation'; organisationKind?: string } | null
  events: { type: string; on: string; data: Record<string, unknown> }[]
}

/** A case's conclusion recorded before a day: a reply, a refusal or a withdrawal. */
const CONCLUDED_BEFORE = (param: string) =>
  `EXISTS (SELECT 1 FROM case_events x WHERE x.case_id = c.id AND x.type IN ('replied', 'not_accepted', 'withdrawn') AND x.on_date < ${param}::date)`

async function readCases(db: Queryable, where: string, params: unknown[], cal: WorkingDayCalendar, asOf: string): Promise<ReportCase[]> {
  const rows = await db.query<ReportRow>(
    `SELECT c.tracking_no, c.kind, c.department, to_char(c.received_on, 'YYYY-MM-DD') AS received_on, c.body -> 'applicant' AS applicant,
            (SELECT coalesce(json_agg(json_build_object('type', e.type, 'on', to_char(e.on_date, 'YYYY-MM-DD'), 'data', e.data) ORDER BY e.on_date, e.id), '[]'::json)
               FROM case_events e WHERE e.case_id = c.id) AS events
       FROM cases c WHERE ${where} ORDER BY c.id`,
    params
  )
  return rows.map((r) => {
    const stored: StoredEvent[] = r.events.map((e) => ({ ...e, actor: '' }))
    const events: ReportEvent[] = r.events
      .filter((e) => e.on <= asOf)
      .map((e) => ({
        type: e.type,
        on: e.on,
        outcome: e.data.outcome as ReplyOutcome | undefined,
        rating: e.data.rating as Rating | undefined,
        correctionDueOn: e.data.correctionDueOn as string | undefined
      }))
    return {
      trackingNo: r.tracking_no,
      kind: r.kind,
      department: r.department,
      receivedOn: r.received_on,
      applicant: r.applicant?.type
        ? { type: r.applicant.type, organisationKind: r.applicant.organisationKind as NonNullable<ReportCase['applicant']>['organisationKind'] }
        : undefined,
      events,
      clock: clockOfCase(r.kind, clockEventsOf(stored.filter((e) => e.on <= asOf)), cal, asOf)
    }
  })
}

/**
 * The cases a dashboard counts: those received in the period, and those received earlier that were
 * not concluded before it (they may be overdue now); of one department when given.
 */
export function dashboardCases(db: Queryable, q: { from: string; to: string; department: string | null }, cal: WorkingDayCalendar, asOf: string): Promise<ReportCase[]> {
  return readCases(
    db,
    `c.received_on <= $2::date AND (c.received_on >= $1::date OR NOT ${CONCLUDED_BEFORE('$1')}) AND ($3::text IS NULL OR c.department = $3::text)`,
    [q.from, q.to, q.department],
    cal,
    asOf
  )
}

/** The cases of a year's trend: received in the year, or received earlier and replied in it. */
export function trendCases(db: Queryable, year: number, department: string | null, cal: WorkingDayCalendar, asOf: string): Promise<ReportCase[]> {
  return readCases(
    db,
    `c.received_on <= $2::date AND (c.received_on >= $1::date OR EXISTS (SELECT 1 FROM case_events y WHERE y.case_id = c.id AND y.type = 'replied' AND y.on_date >= $1::date))
     AND ($3::text IS NULL OR c.department = $3::text)`,
    [`${year}-01-01`, `${year}-12-31`, department],
    cal,
    asOf
  )
}

/** The information requests of a year's disclosure table: received by its end and not concluded before its start. */
export function annualDisclosureCases(db: Queryable, year: number, cal: WorkingDayCalendar, asOf: string): Promise<ReportCase[]> {
  return readCases(db, `c.kind = 'info_request' AND c.received_on <= $2::date AND NOT ${CONCLUDED_BEFORE('$1')}`, [`${year}-01-01`, `${year}-12-31`], cal, asOf)
}
