import type { FollowUpClock } from '@/core/schemas/cases'
import type { FollowUpPage } from '@/core/schemas/follow-ups'
import type { DueMarker } from '../queue-model'

/** Decisions of the follow-up page (回访任务), kept out of the components so that they are tested alone. */

const unit = (clock: Pick<FollowUpClock, 'unit'>) => (clock.unit === 'working_days' ? '个工作日' : '天')

/**
 * How a follow-up's promised date stands out: a word and a marker, never colour alone.
 * @example followUpMarkerOf({ status: 'overdue', remaining: -2, unit: 'working_days', … }) // { tone: 'overdue', symbol: '！', word: '回访已超期 2 个工作日' }
 */
export function followUpMarkerOf(clock: Pick<FollowUpClock, 'status' | 'remaining' | 'unit'>): DueMarker {
  switch (clock.status) {
    case 'answered_in_time':
      return { tone: 'done', symbol: '✓', word: '已按时回访' }
    case 'answered_late':
      return { tone: 'done', symbol: '✓', word: '已回访（晚于承诺日期）' }
    case 'overdue':
      return { tone: 'overdue', symbol: '！', word: `回访已超期 ${Math.abs(clock.remaining)} ${unit(clock)}` }
    case 'due_soon':
      return { tone: 'soon', symbol: '⚠', word: clock.remaining === 0 ? '今天是回访的最后一天' : `还剩 ${clock.remaining} ${unit(clock)}回访` }
    default:
      return { tone: 'ok', symbol: '', word: `还剩 ${clock.remaining} ${unit(clock)}回访` }
  }
}

/** The page's tabs: owed follow-ups, the overdue among them, those made. */
export type FollowUpTab = 'open' | 'overdue' | 'done'

export const FOLLOW_UP_TAB_LABELS: Record<FollowUpTab, string> = { open: '待回访', overdue: '已超期', done: '已回访' }

/**
 * The query of a tab.
 * @example followUpQueryOf('overdue') // { state: 'open', due: 'overdue' }
 */
export function followUpQueryOf(tab: FollowUpTab): { state: 'open' | 'done'; due?: 'overdue' } {
  if (tab === 'overdue') return { state: 'open', due: 'overdue' }
  return { state: tab }
}

/**
 * The words of the queue page's link: how many follow-ups are owed, and how many are overdue.
 * @example followUpLinkText({ open: 3, overdue: 1, done: 9 }) // '回访任务（3）· 1 件已超期'
 * @example followUpLinkText(null) // '回访任务'
 */
export function followUpLinkText(counts: FollowUpPage['counts'] | null): string {
  if (!counts) return '回访任务'
  return `回访任务（${counts.open}）${counts.overdue > 0 ? `· ${counts.overdue} 件已超期` : ''}`
}
