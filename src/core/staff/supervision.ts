import { workingDaysBetween, type WorkingDayCalendar } from '../calendar'
import type { CaseKind, Clock } from '../schemas/clock'
import type { QueueDue, StaffRole } from '../schemas/staff'

/**
 * Supervision (督办, domain.md §6): who is reminded of a case before and after its due date.
 * The handler 3 working days before, the section head 1 working day before, the leader in charge
 * once it is overdue. Each reminder is sent once per level and due date.
 */
export const REMINDER_LEVELS = ['handler', 'head', 'leader'] as const
export type ReminderLevel = (typeof REMINDER_LEVELS)[number]

/** Working days before the due date at which each level is reminded; the leader only after it. */
export const REMINDER_WORKING_DAYS = { handler: 3, head: 1 } as const

export const REMINDER_LEVEL_LABELS: Record<ReminderLevel, string> = { handler: '提醒经办人', head: '提醒科室负责人', leader: '报分管领导督办' }

/** A case the office still owes an answer on, with its due date. */
const openDueDate = (clock: Pick<Clock, 'step' | 'dueDate'>): string | null => (clock.step === 'done' ? null : clock.dueDate)

/**
 * The levels whose reminder time has come, lowest first: none while nothing is due from the office.
 * @example levelsReached({ step: 'reply', dueDate: '2026-11-27' }, cal, '2026-11-26') // ['handler', 'head']
 */
export function levelsReached(clock: Pick<Clock, 'step' | 'dueDate'>, cal: WorkingDayCalendar, asOf: string): ReminderLevel[] {
  const due = openDueDate(clock)
  if (!due) return []
  if (asOf > due) return ['handler', 'head', 'leader']
  const left = workingDaysBetween(cal, asOf, due)
  return REMINDER_LEVELS.filter((level) => level !== 'leader' && left <= REMINDER_WORKING_DAYS[level])
}

/**
 * The highest level reached: the escalation mark the queue shows.
 * @example escalationOf({ step: 'reply', dueDate: '2026-11-20' }, cal, '2026-11-25') // 'leader'
 */
export function escalationOf(clock: Pick<Clock, 'step' | 'dueDate'>, cal: WorkingDayCalendar, asOf: string): ReminderLevel | null {
  return levelsReached(clock, cal, asOf).at(-1) ?? null
}

export interface SupervisedCase {
  trackingNo: string
  title: string
  kind: CaseKind
  department: string | null
  clock: Pick<Clock, 'step' | 'dueDate'>
}

/** What a reminder is about: a reply's legal deadline, or the promised date of a follow-up (回访). */
export const REMINDER_SUBJECTS = ['reply', 'follow_up', 'calendar'] as const
export type ReminderSubject = (typeof REMINDER_SUBJECTS)[number]

export interface Reminder {
  subject: ReminderSubject
  trackingNo: string
  /** With the department, whose intake an unassigned case is in (see recipientsOf); null for a reminder about no case (the calendar). */
  kind: CaseKind | null
  department: string | null
  level: ReminderLevel
  /** With the subject and level, what makes a reminder unique: a new due date (an extension) reminds again. */
  dueDate: string
  text: string
}

/**
 * Every reminder due on `asOf` for the cases, before de-duplication against those already sent.
 * @example remindersDue([{ trackingNo: 'QS-2026-000001', title: '噪音', kind: 'complaint', department: 'civil', clock: { step: 'reply', dueDate: '2026-11-20' } }], cal, '2026-11-25').map((r) => r.level) // ['handler', 'head', 'leader']
 */
export function remindersDue(cases: readonly SupervisedCase[], cal: WorkingDayCalendar, asOf: string): Reminder[] {
  return cases.flatMap((c) =>
    levelsReached(c.clock, cal, asOf).map((level) => {
      const dueDate = c.clock.dueDate as string
      const when = asOf > dueDate ? `已超过答复期限（${dueDate}）` : `将于 ${dueDate} 到期`
      return { subject: 'reply' as const, trackingNo: c.trackingNo, kind: c.kind, department: c.department, level, dueDate, text: `【督办】事项 ${c.trackingNo}“${c.title}”${when}，请及时办理。` }
    })
  )
}

/** From this day of the year (MM-DD) the disclosure office is reminded to import next year's holiday schedule. */
export const CALENDAR_IMPORT_REMINDER_FROM = '11-01'

/**
 * From 1 November, while next year's schedule (国务院办公厅关于节假日安排的通知) is not imported, a
 * reminder to the disclosure office to import it: until then every period running into next year is
 * computed from the statutory holidays alone and marked provisional. Sent once a year (its key is
 * next year's first day); null otherwise.
 * @example calendarImportReminderOf(cal, '2026-11-02')?.text // '【督办】2027年节假日安排尚未导入：…'
 */
export function calendarImportReminderOf(cal: Pick<WorkingDayCalendar, 'announced'>, asOf: string): Reminder | null {
  const next = Number(asOf.slice(0, 4)) + 1
  if (asOf.slice(5) < CALENDAR_IMPORT_REMINDER_FROM || cal.announced.has(next)) return null
  return {
    subject: 'calendar',
    trackingNo: `${next}年节假日安排`,
    kind: null,
    department: null,
    level: 'handler',
    dueDate: `${next}-01-01`,
    text:
      `【督办】${next}年节假日安排尚未导入：国务院公布后，请在工作台“管理 → 节假日日历”导入。` +
      `导入前，跨入${next}年的期限按法定节假日推算（不含调休），标为“推算”，可能变动。`
  }
}

/**
 * The queue's due filter of a clock: null once nothing is due from the office.
 * @example dueBucketOf({ step: 'reply', status: 'due_soon' }) // 'due_soon'
 */
export function dueBucketOf(clock: Pick<Clock, 'step' | 'status'>): QueueDue | null {
  if (clock.step === 'done') return null
  return clock.status === 'overdue' || clock.status === 'due_soon' || clock.status === 'on_track' ? clock.status : null
}

/**
 * Who a reminder reaches: the department's clerks, then its heads, then the leaders in charge. A case
 * still in the intake queue has no department: an information request's reminders reach the disclosure
 * staff whose intake it is in; a 信访 matter's reach the departments' heads, who share that intake and
 * assign it (the disclosure office does not handle 信访 matters, see permissions.ts). A reminder about no
 * case (kind null: the holiday calendar to import) reaches the disclosure office.
 * @example recipientsOf('head', 'civil', 'complaint') // { roles: ['head'], department: 'civil' }
 */
export function recipientsOf(level: ReminderLevel, department: string | null, kind: CaseKind | null): { roles: StaffRole[]; department: string | null } {
  if (level === 'leader') return { roles: ['leader'], department: null }
  if (department === null) return { roles: [kind === null || kind === 'info_request' ? 'disclosure' : 'head'], department: null }
  return { roles: [level === 'handler' ? 'clerk' : 'head'], department }
}
