import type { z } from 'zod'
import type { ApplicantTypeSchema, OrganisationKindSchema, Rating, ReplyOutcome } from '../schemas/cases'
import type { CaseKind, Clock } from '../schemas/clock'

export type ApplicantType = z.infer<typeof ApplicantTypeSchema>
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>

/**
 * A case as the reports read it: its recorded events and its clock as of the report's day. The
 * server builds these from the cases table; nothing of a report is stored.
 */
export interface ReportCase {
  trackingNo: string
  kind: CaseKind
  /** The department handling it, null while unassigned. */
  department: string | null
  receivedOn: string
  /** Information requests: the applicant's type, the columns of the yearly table. */
  applicant?: { type: ApplicantType; organisationKind?: OrganisationKind }
  events: readonly ReportEvent[]
  clock: Clock
}

export interface ReportEvent {
  type: string
  on: string
  outcome?: ReplyOutcome
  rating?: Rating
  /** correction_requested: the last day the applicant had to complete the application. */
  correctionDueOn?: string
}

const CONCLUDING = new Set(['replied', 'not_accepted', 'withdrawn'])

/**
 * The last reply of a case (a reopened case may be answered again), or undefined.
 * @example lastReply(c)?.outcome // 'partly_disclosed'
 */
export function lastReply(c: ReportCase): ReportEvent | undefined {
  return [...c.events].reverse().find((e) => e.type === 'replied')
}

/**
 * The day a case was concluded: its reply, refusal or withdrawal; for an application taken as
 * withdrawn for want of a correction (政府信息公开条例 第三十条), the last day of the correction period.
 * Null while it is still open.
 * @example closedOnOf(aCase({ events: [received('2026-03-02'), replied('2026-03-10')] })) // '2026-03-10'
 */
export function closedOnOf(c: ReportCase): string | null {
  if (c.clock.step !== 'done') return null
  const last = [...c.events].reverse().find((e) => CONCLUDING.has(e.type))
  if (last) return last.on
  const correction = [...c.events].reverse().find((e) => e.type === 'correction_requested')
  return correction?.correctionDueOn ?? correction?.on ?? c.receivedOn
}

/** How a case was concluded, for the yearly table: the reply's outcome, or why it ended without one. */
export function conclusionOf(c: ReportCase): ReplyOutcome | 'withdrawn' | 'no_correction' | null {
  if (closedOnOf(c) === null) return null
  const last = [...c.events].reverse().find((e) => CONCLUDING.has(e.type))
  if (last?.type === 'replied') return last.outcome ?? 'other'
  if (last?.type === 'withdrawn') return 'withdrawn'
  if (last?.type === 'not_accepted') return 'other'
  return 'no_correction'
}

/** The resident's last rating of a case, if any. */
export function lastRating(c: ReportCase): Rating | undefined {
  return [...c.events].reverse().find((e) => e.type === 'rated')?.rating
}
