import { addCalendarDays, addWorkingDays, workingDaysBetween, type WorkingDayCalendar } from '../calendar'
import { DUE_SOON_WORKING_DAYS } from '../cases/clock'
import type { FollowUpClock, Rating } from '../schemas/cases'
import type { CaseKind, ClockStatus, DeadlineUnit } from '../schemas/clock'
import type { Page } from '../schemas/common'
import type { QueueDue } from '../schemas/staff'
import { levelsReached, type Reminder } from './supervision'

/**
 * 回访 (follow-up): step 回访 of the 12345 closed loop (受理 → 派单 → 办理 → 答复 → 督办 → 办结 → 回访 →
 * 评价). A resident who rates a reply 不满意 is called back by the office, which hears them out and
 * records what they said and whether the problem is now solved; the resident may then rate once more.
 * It is the office's own reconsideration of the rating, not a 复查 (domain.md §8), and no law sets its
 * period.
 */

/** The office's promise of when it calls back: a period from the day of the 不满意 rating. */
export interface FollowUpPromise {
  /** What the resident and staff read, e.g. “不满意评价后5个工作日内回访”. */
  label: string
  days: number
  unit: DeadlineUnit
  /** The decision that made the promise, shown beside it. */
  basis: string
}

/**
 * The office's own promise (服务承诺), like OfficePromise in src/core/schemas/clock: NOT a statutory
 * period. Neither 信访工作条例 nor 政府信息公开条例 fixes when a dissatisfied resident is called back;
 * 5 working days is this office's commitment, and an office sets its own by passing another promise.
 */
export const FOLLOW_UP_PROMISE: FollowUpPromise = {
  label: '不满意评价后5个工作日内回访',
  days: 5,
  unit: 'working_days',
  basis: '本办事处服务承诺（办事处自定的期限，不是法定期限）'
}

/** A recorded event as follow-ups read it: its type, the day it happened and a rating's value. */
export interface FollowUpEvent {
  type: string
  on: string
  rating?: Rating
}

/** One follow-up owed for a 不满意 rating: the rating's day, and the day of the call once made. */
export interface FollowUp<E extends FollowUpEvent = FollowUpEvent> {
  ratedOn: string
  /** The day of the `followed_up` event that closed it; null while it is still owed. */
  followedUpOn: string | null
  /** The rating that opened it and the `followed_up` event that closed it, as passed in. */
  rating: E
  call: E | null
}

/**
 * Every follow-up of a case, oldest first: each 不满意 rating opens one, and the next `followed_up`
 * closes it. One call answers the resident however many ratings wait on it, so a rating while one
 * is open adds nothing. Events after `asOf` have not happened yet.
 * @example followUpsOf([{ type: 'rated', on: '2026-11-20', rating: 'dissatisfied' }, { type: 'followed_up', on: '2026-11-24' }], '2026-11-25') // [{ ratedOn: '2026-11-20', followedUpOn: '2026-11-24', rating: …, call: … }]
 */
export function followUpsOf<E extends FollowUpEvent>(events: readonly E[], asOf: string): FollowUp<E>[] {
  const followUps: FollowUp<E>[] = []
  let open: FollowUp<E> | null = null
  for (const e of events) {
    if (e.on > asOf) continue
    if (e.type === 'rated' && e.rating === 'dissatisfied' && !open) {
      open = { ratedOn: e.on, followedUpOn: null, rating: e, call: null }
      followUps.push(open)
    } else if (e.type === 'followed_up' && open) {
      open.followedUpOn = e.on
      open.call = e
      open = null
    }
  }
  return followUps
}

/**
 * The follow-up still owed on a case, if any.
 * @example openFollowUpOf([{ type: 'rated', on: '2026-11-20', rating: 'dissatisfied' }], '2026-11-25')?.ratedOn // '2026-11-20'
 */
export function openFollowUpOf<E extends FollowUpEvent>(events: readonly E[], asOf: string): FollowUp<E> | null {
  const last = followUpsOf(events, asOf).at(-1)
  return last && last.followedUpOn === null ? last : null
}

/**
 * True while a 不满意 rating waits for its follow-up: the only time staff may record one (a second
 * `follow_up` for the same rating would let the resident rate a third time).
 * @example hasOpenFollowUp([{ type: 'rated', rating: 'dissatisfied' }, { type: 'followed_up' }]) // false
 */
export function hasOpenFollowUp(events: readonly { type: string; rating?: Rating }[]): boolean {
  let open = false
  for (const e of events) {
    if (e.type === 'rated' && e.rating === 'dissatisfied') open = true
    else if (e.type === 'followed_up') open = false
  }
  return open
}

/**
 * The clock of a follow-up as of a day: the promised date counted from the rating (the rating day not
 * counted), what is left in the promise's unit (negative once overdue, at least −1 past the date), and
 * once done, the margin on the day of the call.
 * @example followUpClockOf({ ratedOn: '2026-11-20', followedUpOn: null }, cal, '2026-11-25') // { dueDate: '2026-11-27', remaining: 2, status: 'due_soon', … }
 */
export function followUpClockOf(task: Pick<FollowUp, 'ratedOn' | 'followedUpOn'>, cal: WorkingDayCalendar, asOf: string, promise: FollowUpPromise = FOLLOW_UP_PROMISE): FollowUpClock {
  const answer = promise.unit === 'working_days' ? addWorkingDays(cal, task.ratedOn, promise.days) : addCalendarDays(cal, task.ratedOn, promise.days)
  const dueDate = answer.date
  const from = task.followedUpOn ?? asOf
  const left = promise.unit === 'working_days' ? workingDaysBetween(cal, from, dueDate) : dayDiff(from, dueDate)
  const remaining = from > dueDate ? Math.min(left, -1) : left
  let status: Exclude<ClockStatus, 'closed'>
  if (task.followedUpOn !== null) status = task.followedUpOn <= dueDate ? 'answered_in_time' : 'answered_late'
  else if (asOf > dueDate) status = 'overdue'
  else status = workingDaysBetween(cal, asOf, dueDate) <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track'
  return {
    label: promise.label,
    basis: promise.basis,
    ratedOn: task.ratedOn,
    dueDate,
    unit: promise.unit,
    remaining,
    status,
    provisional: answer.provisional,
    followedUpOn: task.followedUpOn
  }
}

function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * The due filter of a follow-up: null once the call was made.
 * @example followUpDueOf({ status: 'overdue', followedUpOn: null }) // 'overdue'
 */
export function followUpDueOf(clock: Pick<FollowUpClock, 'status' | 'followedUpOn'>): QueueDue | null {
  if (clock.followedUpOn !== null) return null
  return clock.status === 'overdue' || clock.status === 'due_soon' || clock.status === 'on_track' ? clock.status : null
}

/**
 * Who owes a follow-up: the department handling the case, or for one never assigned the intake of its
 * kind: the disclosure office (政务公开办) for an information request, the departments' shared 信访
 * intake for the rest (see PERMISSIONS in permissions.ts).
 */
export const FOLLOW_UP_OWNERS = ['department', 'disclosure_office', 'intake'] as const
export type FollowUpOwner = (typeof FOLLOW_UP_OWNERS)[number]

export const FOLLOW_UP_OWNER_LABELS: Record<FollowUpOwner, string> = { department: '承办科室', disclosure_office: '政务公开办', intake: '信访受理（待分派）' }

/**
 * Who a follow-up belongs to: the case's department, else the intake of its kind.
 * @example followUpOwnerOf({ department: null, kind: 'info_request' }) // 'disclosure_office'
 */
export function followUpOwnerOf(c: { department: string | null; kind: CaseKind }): FollowUpOwner {
  if (c.department !== null) return 'department'
  return c.kind === 'info_request' ? 'disclosure_office' : 'intake'
}

/** An open follow-up as supervision reads it. */
export interface SupervisedFollowUp {
  trackingNo: string
  title: string
  kind: CaseKind
  department: string | null
  dueDate: string
}

/**
 * The supervision reminders of open follow-ups due on `asOf`, with the levels and recipients of the
 * reply reminders (the handler 3 working days before the promised date, the head 1 before, the leader
 * once it has passed), before de-duplication against those already sent.
 * @example followUpRemindersDue([{ trackingNo: 'QS-2026-000001', title: '噪音', kind: 'complaint', department: 'civil', dueDate: '2026-11-20' }], cal, '2026-11-25').map((r) => r.level) // ['handler', 'head', 'leader']
 */
export function followUpRemindersDue(tasks: readonly SupervisedFollowUp[], cal: WorkingDayCalendar, asOf: string): Reminder[] {
  return tasks.flatMap((t) =>
    levelsReached({ step: 'reply', dueDate: t.dueDate }, cal, asOf).map((level) => {
      const when = asOf > t.dueDate ? `已超过承诺的回访日期（${t.dueDate}）` : `应于 ${t.dueDate} 前回访`
      return {
        subject: 'follow_up' as const,
        trackingNo: t.trackingNo,
        kind: t.kind,
        department: t.department,
        level,
        dueDate: t.dueDate,
        text: `【督办】事项 ${t.trackingNo}“${t.title}”群众评价不满意，${when}，请及时回访。`
      }
    })
  )
}

/** The fields the follow-up list sorts, filters and counts by. */
export interface ListedFollowUp {
  trackingNo: string
  clock: { dueDate: string; followedUpOn: string | null }
  due: QueueDue | null
}

/**
 * One page of follow-ups: owed ones soonest promised date first (what to call today is on top),
 * made ones latest promised date first (the list only grows); the tracking number breaks ties. The
 * counts are of the whole scope, before the state and due filters.
 * @example arrangeFollowUps(items, { state: 'open', due: 'overdue' }, 1, 20) // { items, total, page: 1, pageSize: 20, counts: { open: 3, overdue: 1, done: 7 } }
 */
export function arrangeFollowUps<T extends ListedFollowUp>(
  all: readonly T[],
  filter: { state: 'open' | 'done'; due?: QueueDue },
  page: number,
  pageSize: number
): Page<T> & { counts: { open: number; overdue: number; done: number } } {
  const open = all.filter((f) => f.clock.followedUpOn === null)
  const counts = { open: open.length, overdue: open.filter((f) => f.due === 'overdue').length, done: all.length - open.length }
  const sign = filter.state === 'open' ? 1 : -1
  const matching = all
    .filter((f) => (f.clock.followedUpOn === null) === (filter.state === 'open') && (!filter.due || f.due === filter.due))
    .sort((a, b) => (a.clock.dueDate !== b.clock.dueDate ? (a.clock.dueDate < b.clock.dueDate ? -sign : sign) : a.trackingNo < b.trackingNo ? -1 : a.trackingNo > b.trackingNo ? 1 : 0))
  return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize, counts }
}
