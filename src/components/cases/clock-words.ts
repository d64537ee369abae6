import { formatChineseDate } from '@/core/notices/dates'
import type { ReviewClock } from '@/core/schemas/cases'
import { periodName } from '@/core/cases/policies'
import type { Clock } from '@/core/schemas/clock'

/**
 * The legal clock in one line a resident understands, and its tone. Words never overstate: no date
 * is promised while the case waits on the resident or on a third party.
 */
export type ClockTone = 'ok' | 'soon' | 'overdue' | 'waiting' | 'done'

const unitWord = (clock: Clock) => (clock.unit === 'working_days' ? '个工作日' : '天')

/**
 * The clock in one line. The last day is inclusive, so it reads 最迟于; a period the statute does not
 * set is called the office's promise (承诺期限).
 * @example clockHeadline({ step: 'reply', dueDate: '2026-12-18', remaining: 12, unit: 'working_days', status: 'on_track', … }) // '还剩 12 个工作日，最迟于2026年12月18日答复'
 * @example clockHeadline({ step: 'reply', remaining: -3, unit: 'days', status: 'overdue', … }) // '已超期 3 天'
 */
export function clockHeadline(clock: Clock): string {
  const period = periodName(clock.policy)
  if (clock.status === 'closed') return '已结束，不再计算期限'
  if (clock.status === 'answered_in_time') return `已在${period}内答复`
  if (clock.status === 'answered_late') return `已答复，但超过了${period}`
  if (clock.step === 'awaiting_correction') return '期限暂停：等您补正材料后重新计算'
  if (clock.paused || clock.dueDate === null || clock.remaining === null) return '期限暂停：征求有关方面意见的时间不计入'
  // 信访工作条例 第二十三条: the first 15 days are for the written notice of receipt and the way ahead.
  const what = clock.step === 'accept' ? '书面告知接收情况和处理途径' : '答复'
  if (clock.status === 'overdue' || clock.remaining < 0) return `已超期 ${Math.abs(clock.remaining)} ${unitWord(clock)}`
  if (clock.remaining === 0) return `今天是最后一天，最迟于今天（${formatChineseDate(clock.dueDate)}）${what}`
  return `还剩 ${clock.remaining} ${unitWord(clock)}，最迟于${formatChineseDate(clock.dueDate)}${what}`
}

export function clockTone(clock: Clock): ClockTone {
  if (clock.status === 'answered_in_time' || clock.status === 'answered_late' || clock.status === 'closed') return 'done'
  if (clock.status === 'overdue') return 'overdue'
  if (clock.step === 'awaiting_correction' || clock.paused || clock.dueDate === null) return 'waiting'
  return clock.status === 'due_soon' ? 'soon' : 'ok'
}

/**
 * The clock of a 复查 in one line, naming the body one level up that decides it: calendar days, since
 * 信访工作条例 第三十五条 counts days; the last day is inclusive, so it reads 最迟于.
 * @example reviewHeadline({ forwardedTo: '某区人民政府', dueDate: '2027-01-04', remaining: 12, status: 'on_track', … }) // '还剩 12 天，某区人民政府最迟于2027年1月4日作出复查意见'
 * @example reviewHeadline({ forwardedTo: '某区人民政府', remaining: -3, status: 'overdue', … }) // '已超期 3 天，某区人民政府还没有作出复查意见'
 */
export function reviewHeadline(review: ReviewClock): string {
  const body = review.answeredBy ?? review.forwardedTo
  if (review.status === 'answered_in_time') return `${body}已在期限内作出复查意见`
  if (review.status === 'answered_late') return `${body}已作出复查意见，但超过了期限`
  if (review.status === 'overdue' || review.remaining < 0) return `已超期 ${Math.abs(review.remaining)} 天，${body}还没有作出复查意见`
  if (review.remaining === 0) return `今天是最后一天，${body}最迟于今天（${formatChineseDate(review.dueDate)}）作出复查意见`
  return `还剩 ${review.remaining} 天，${body}最迟于${formatChineseDate(review.dueDate)}作出复查意见`
}

export function reviewTone(review: ReviewClock): ClockTone {
  if (review.status === 'answered_in_time' || review.status === 'answered_late') return 'done'
  if (review.status === 'overdue' || review.remaining < 0) return 'overdue'
  return review.status === 'due_soon' ? 'soon' : 'ok'
}

/**
 * The law's name and article, the part of a citation before its quoted words: shown at a glance,
 * while the words themselves stand in the working.
 * @example citationSource('《信访工作条例》第三十五条：收到复查请求的机关……') // '《信访工作条例》第三十五条'
 */
export function citationSource(citation: string): string {
  return citation.split('：')[0]
}

/** Said beside a date that rests on a year whose holidays are not announced yet. */
export const PROVISIONAL_NOTE = '明年的节假日安排还没有公布，这个日期可能会调整。'
