import type { ResidentStatus } from '@/core/schemas/cases'
import type { Clock } from '@/core/schemas/clock'

/** The part of a clock a queue line carries. */
export type QueueClock = Pick<Clock, 'step' | 'dueDate' | 'unit' | 'remaining' | 'status' | 'paused'>

/** How a case's deadline stands out in the queue: a word and a marker, never colour alone. */
export interface DueMarker {
  tone: 'overdue' | 'soon' | 'ok' | 'waiting' | 'done'
  /** ！ / ⚠ / ‖ / ✓ or nothing, in glyphs the CJK system fonts carry (emoji such as ⛔ render as boxes); read with the word. */
  symbol: string
  word: string
}

const unit = (clock: QueueClock) => (clock.unit === 'working_days' ? '个工作日' : '天')

/**
 * @example dueMarkerOf({ status: 'overdue', remaining: -2, unit: 'working_days', … }) // { tone: 'overdue', symbol: '！', word: '已超期 2 个工作日' }
 * @example dueMarkerOf({ status: 'due_soon', remaining: 1, unit: 'days', … }) // { tone: 'soon', symbol: '⚠', word: '即将到期：还剩 1 天' }
 */
export function dueMarkerOf(clock: QueueClock): DueMarker {
  if (clock.status === 'answered_in_time' || clock.status === 'answered_late' || clock.status === 'closed') {
    return { tone: 'done', symbol: '✓', word: clock.status === 'answered_late' ? '已办结（超期答复）' : '已办结' }
  }
  if (clock.step === 'awaiting_correction') return { tone: 'waiting', symbol: '‖', word: '等待申请人补正' }
  if (clock.paused || clock.remaining === null || clock.dueDate === null) return { tone: 'waiting', symbol: '‖', word: '期限暂停（征求意见）' }
  if (clock.status === 'overdue' || clock.remaining < 0) return { tone: 'overdue', symbol: '！', word: `已超期 ${Math.abs(clock.remaining)} ${unit(clock)}` }
  if (clock.status === 'due_soon') {
    return { tone: 'soon', symbol: '⚠', word: clock.remaining === 0 ? '即将到期：今天是最后一天' : `即将到期：还剩 ${clock.remaining} ${unit(clock)}` }
  }
  return { tone: 'ok', symbol: '', word: `还剩 ${clock.remaining} ${unit(clock)}` }
}

/** Cases per value of `key`, e.g. per status, for the counts above the queue. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

/** Short words for where a case stands, as officials say them (the resident reads longer ones). */
export const STAFF_STATUS_LABELS: Record<ResidentStatus, string> = {
  awaiting_acceptance: '待受理',
  in_progress: '办理中',
  awaiting_third_party: '征求意见中',
  awaiting_your_correction: '待申请人补正',
  replied: '已答复',
  not_accepted: '不予受理',
  withdrawn: '已撤回',
  closed_without_correction: '逾期未补正',
  under_review: '复查中'
}

export function staffStatusLabel(status: string): string {
  return (STAFF_STATUS_LABELS as Record<string, string>)[status] ?? status
}
