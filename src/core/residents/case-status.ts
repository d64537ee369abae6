import { addCalendarDays, type WorkingDayCalendar } from '../calendar/calendar'
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

/** 信访工作条例 第三十五条: a 复查 is asked for within 30 days of receiving the written reply. */
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
  // A 复查 is the higher body's: the office owes the forwarding, then the case waits on that body.
  const review = reviewStageOf(events)
  if (review !== 'none' && review !== 'answered') return { status: 'under_review', waitingOn: review === 'requested' ? 'office' : 'third_party' }
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
  under_review: '已申请复查，等待上一级机关答复'
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
  if (status === 'under_review' && waitingOn === 'office') return AWAITING_FORWARDING_LABEL
  return status === 'replied' && waitingOn === 'office' ? AWAITING_FOLLOW_UP_LABEL : residentStatusLabel(status)
}

/** 已申请复查, and the office has still to forward the request to the body one level up. */
export const AWAITING_FORWARDING_LABEL = '已申请复查，等待街道转送上一级机关'

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

/**
 * Where the latest 复查 stands (信访工作条例 第三十五条): none asked for; asked for and not yet forwarded
 * by the office; forwarded to the body one level up; answered by that body's opinion. The office's
 * own 重新办理 or 回访 never answers it.
 * @example reviewStageOf([{ type: 'replied', on: '2026-11-02' }, { type: 'review_requested', on: '2026-11-05' }]) // 'requested'
 */
export function reviewStageOf(events: readonly RecordedEvent[]): 'none' | 'requested' | 'forwarded' | 'answered' {
  const requested = indexOfLast(events, 'review_requested')
  if (requested < 0) return 'none'
  const after = events.slice(requested + 1).map((e) => e.type)
  if (after.includes('review_answered')) return 'answered'
  return after.includes('review_forwarded') ? 'forwarded' : 'requested'
}

/**
 * The day the resident received the latest reply, from which their 30 days for 复查 run (第三十五条:
 * "收到书面答复之日起"): the day staff recorded handing it over or its postal receipt, else the day it
 * appeared in the app.
 * @example replyDeliveredOn([{ type: 'replied', on: '2026-09-01' }, { type: 'reply_delivered', on: '2026-09-04' }]) // '2026-09-04'
 */
export function replyDeliveredOn(events: readonly RecordedEvent[]): string | undefined {
  const replied = indexOfLast(events, 'replied')
  if (replied < 0) return undefined
  const delivered = events.slice(replied + 1).find((e) => e.type === 'reply_delivered')
  return delivered?.on ?? events[replied].on
}

/**
 * The last day on which a 复查 may be asked for: the 30th day after the reply was received, the day
 * of receipt not counted (民法典 第二百零一条), a last day on a rest day moved to the next working day
 * (民法典 第二百零三条), as the office's own periods are.
 * @example reviewRequestDeadline([{ type: 'replied', on: '2026-09-01' }], cal) // '2026-10-08' (1 to 7 October are the National Day holiday)
 */
export function reviewRequestDeadline(events: readonly RecordedEvent[], cal: WorkingDayCalendar): string | undefined {
  const delivered = replyDeliveredOn(events)
  return delivered ? addCalendarDays(cal, delivered, REVIEW_REQUEST_DAYS).date : undefined
}

/**
 * A 信访 matter's reply may be taken to 复查 within 30 days of its receipt (信访工作条例 第三十五条), once
 * per reply and not while one is under way. Information requests have other remedies (administrative
 * reconsideration or litigation), not 复查. The rating does not matter: the right is the resident's
 * whatever they rated (see suggestsReview for how the page offers it).
 * @example canRequestReview('complaint', [{ type: 'replied', on: '2026-09-01' }], '2026-10-08', cal) // true
 */
export function canRequestReview(kind: CaseKind, events: readonly RecordedEvent[], asOf: string, cal: WorkingDayCalendar): boolean {
  if (kind === 'info_request') return false
  const stage = reviewStageOf(events)
  if (stage === 'requested' || stage === 'forwarded') return false
  if (indexOfLast(events, 'review_requested') > indexOfLast(events, 'replied')) return false
  const deadline = reviewRequestDeadline(events, cal)
  return deadline !== undefined && asOf <= deadline
}

/**
 * Whether the page offers 复查 up front. Not to a resident whose latest rating of the reply is 满意 or
 * 基本满意: pressing a remedy on someone who said they are content reads as doubting them, and an
 * unasked-for 复查 burdens the higher body. The right itself does not depend on the rating
 * (第三十五条 asks only that the person be 不服), so the page still offers it, folded away.
 * @example suggestsReview([{ type: 'replied', on: '2026-09-01' }, { type: 'rated', on: '2026-09-02', rating: 'satisfied' }]) // false
 */
export function suggestsReview(events: readonly RecordedEvent[]): boolean {
  const rating = last(events, 'rated')
  if (!rating || indexOfLast(events, 'rated') < indexOfLast(events, 'replied')) return true
  return rating.rating !== 'satisfied' && rating.rating !== 'basically_satisfied'
}

/** The resident completes a correction while one is owed. */
export function canCompleteCorrection(status: ResidentStatus): boolean {
  return status === 'awaiting_your_correction'
}
