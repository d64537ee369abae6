import { formatChineseDate } from '@/core/notices/dates'
import type { Clock } from '@/core/schemas/clock'

/**
 * The legal clock in one line a resident understands, and its tone. Words never overstate: no date
 * is promised while the case waits on the resident or on a third party.
 */
export type ClockTone = 'ok' | 'soon' | 'overdue' | 'waiting' | 'done'

const unitWord = (clock: Clock) => (clock.unit === 'working_days' ? '个工作日' : '天')

/**
 * @example clockHeadline({ step: 'reply', dueDate: '2026-12-18', remaining: 12, unit: 'working_days', status: 'on_track', … }) // '还剩 12 个工作日，2026年12月18日前答复'
 * @example clockHeadline({ step: 'reply', remaining: -3, unit: 'days', status: 'overdue', … }) // '已超期 3 天'
 */
export function clockHeadline(clock: Clock): string {
  if (clock.status === 'closed') return '已结束，不再计算期限'
  if (clock.status === 'answered_in_time') return '已在法定期限内答复'
  if (clock.status === 'answered_late') return '已答复，但超过了法定期限'
  if (clock.step === 'awaiting_correction') return '期限暂停：等您补正材料后重新计算'
  if (clock.paused || clock.dueDate === null || clock.remaining === null) return '期限暂停：征求有关方面意见的时间不计入'
  const what = clock.step === 'accept' ? '决定是否受理' : '答复'
  if (clock.status === 'overdue' || clock.remaining < 0) return `已超期 ${Math.abs(clock.remaining)} ${unitWord(clock)}`
  if (clock.remaining === 0) return `今天是最后一天，${formatChineseDate(clock.dueDate)}前${what}`
  return `还剩 ${clock.remaining} ${unitWord(clock)}，${formatChineseDate(clock.dueDate)}前${what}`
}

export function clockTone(clock: Clock): ClockTone {
  if (clock.status === 'answered_in_time' || clock.status === 'answered_late' || clock.status === 'closed') return 'done'
  if (clock.status === 'overdue') return 'overdue'
  if (clock.step === 'awaiting_correction' || clock.paused || clock.dueDate === null) return 'waiting'
  return clock.status === 'due_soon' ? 'soon' : 'ok'
}

/** Said beside a date that rests on a year whose holidays are not announced yet. */
export const PROVISIONAL_NOTE = '明年的节假日安排还没有公布，这个日期可能会调整。'
