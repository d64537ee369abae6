import type { Clock, CaseKind } from '../schemas/clock'
import type { Rating, ResidentStatus, WaitingOn } from '../schemas/cases'
import { hasOpenFollowUp } from '../staff/follow-up'

/**
 * Where a case stands for the resident, and what they may do next: computed from the recorded
 * events and the clock, never stored.
 */

/** A recorded event as these predicates need it: its type, the day it happened, a rating's value. */
export interface RecordedEvent {
  type: string
  on: string
  rating?: Rating
}

/** 信访工作条例: a review (复查) is asked for within 30 days of the written reply. */
export const REVIEW_REQUEST_DAYS = 30

const last = (events: readonly RecordedEvent[], type: string): RecordedEvent | undefined => {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].type === type) return events[i]
  return undefined
}
const indexOfLast = (events: readonly RecordedEvent[], type: string): number => {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].type === type) return i
  return -1
}

/**
 * The resident's status and who the case waits on. It never overstates: a case waiting for the
 * resident's correction says so, one paused for a third party's view says so, a replied one whose
 * 不满意 rating still waits for the office's follow-up (回访) waits on the office.
 * @example residentStatusOf([{ type: 'received', on: '2026-11-02' }], clock) // { status: 'in_progress', waitingOn: 'office' } for an information request
 */
export function residentStatusOf(events: readonly RecordedEvent[], clock: Clock): { status: ResidentStatus; waitingOn: WaitingOn } {
  if (last(events, 'withdrawn')) return { status: 'withdrawn', waitingOn: 'nobody' }
  const replied = indexOfLast(events, 'replied')
  if (indexOfLast(events, 'review_requested') > replied && replied >= 0) return { status: 'under_review', waitingOn: 'office' }
  if (replied >= 0) return { status: 'replied', waitingOn: hasOpenFollowUp(events) ? 'office' : 'nobody' }
  if (clock.status === 'closed') return { status: 'closed_without_correction', waitingOn: 'nobody' }
  if (last(events, 'not_accepted') && clock.step === 'done') return { status: 'not_accepted', waitingOn: 'nobody' }
  if (clock.step === 'awaiting_correction') return { status: 'awaiting_your_correction', waitingOn: 'resident' }
  if (clock.paused) return { status: 'awaiting_third_party', waitingOn: 'third_party' }
  if (clock.step === 'accept') return { status: 'awaiting_acceptance', waitingOn: 'office' }
  return { status: 'in_progress', waitingOn: 'office' }
}

/** What the resident reads; code names follow the law, the screen follows plain speech. */
export const RESIDENT_STATUS_LABELS: Record<ResidentStatus, string> = {
  awaiting_acceptance: '已提交，等待街道决定是否受理',
  in_progress: '街道正在办理，等待答复',
  awaiting_third_party: '正在征求有关方面意见，期间不计入答复期限',
  awaiting_your_correction: '需要您补正材料，补正后重新计算期限',
  replied: '已答复',
  not_accepted: '不予受理',
  withdrawn: '已撤回',
  closed_without_correction: '逾期未补正，视为放弃申请',
  under_review: '已申请复查，等待处理'
}

/**
 * The label of a status.
 * @example residentStatusLabel('awaiting_your_correction') // '需要您补正材料，补正后重新计算期限'
 */
export function residentStatusLabel(status: ResidentStatus): string {
  return RESIDENT_STATUS_LABELS[status]
}

/** 已答复, and the office still owes the follow-up it promised after a 不满意 rating. */
export const AWAITING_FOLLOW_UP_LABEL = '已答复，等待街道回访'

/**
 * The label of where a case stands, naming the follow-up a replied case still waits for.
 * @example statusLabelOf({ status: 'replied', waitingOn: 'office' }) // '已答复，等待街道回访'
 */
export function statusLabelOf({ status, waitingOn }: { status: ResidentStatus; waitingOn: WaitingOn }): string {
  return status === 'replied' && waitingOn === 'office' ? AWAITING_FOLLOW_UP_LABEL : residentStatusLabel(status)
}

/**
 * A resident may withdraw a case that is still being handled.
 * @example canWithdraw('in_progress') // true
 */
export function canWithdraw(status: ResidentStatus): boolean {
  return status === 'awaiting_acceptance' || status === 'in_progress' || status === 'awaiting_third_party' || status === 'awaiting_your_correction'
}

/**
 * A resident rates a reply once; after a 不满意 rating and the office's follow-up (回访) once more.
 * @example canRate([{ type: 'replied', on: '2026-11-20' }]) // true
 */
export function canRate(events: readonly RecordedEvent[]): boolean {
  const replied = indexOfLast(events, 'replied')
  if (replied < 0 || indexOfLast(events, 'withdrawn') > replied) return false
  const after = events.slice(replied + 1)
  const ratings = after.filter((e) => e.type === 'rated')
  if (ratings.length === 0) return true
  if (ratings.length > 1) return false
  const followedUp = indexOfLast(after, 'followed_up') > indexOfLast(after, 'rated')
  return ratings[0].rating === 'dissatisfied' && followedUp
}

/**
 * Whether the follow-up (回访) now owed will let the resident rate once more: after a reply's first
 * 不满意 rating it does; after a second one there is no third rating.
 * @example ratesAgainAfterFollowUp([{ type: 'replied', on: '2026-11-20' }, { type: 'rated', on: '2026-11-21', rating: 'dissatisfied' }]) // true
 */
export function ratesAgainAfterFollowUp(events: readonly RecordedEvent[]): boolean {
  const lastDay = events.at(-1)?.on ?? ''
  return canRate([...events, { type: 'followed_up', on: lastDay }])
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/**
 * A 信访 matter's reply may be taken to review (复查) within 30 days of the reply, the reply day not
 * counted (民法典 第二百零一条), once. Information requests have other remedies (administrative
 * reconsideration or litigation), not 复查.
 * @example canRequestReview('complaint', [{ type: 'replied', on: '2026-11-02' }], '2026-12-02') // true
 */
export function canRequestReview(kind: CaseKind, events: readonly RecordedEvent[], asOf: string): boolean {
  if (kind === 'info_request') return false
  const replied = last(events, 'replied')
  if (!replied || indexOfLast(events, 'review_requested') > indexOfLast(events, 'replied')) return false
  return asOf <= addDays(replied.on, REVIEW_REQUEST_DAYS)
}

/** The resident completes a correction while one is owed. */
export function canCompleteCorrection(status: ResidentStatus): boolean {
  return status === 'awaiting_your_correction'
}
