import { addDays } from '../calendar/dates'
import type { Timeliness } from './timeliness'

/**
 * The timeliness board (公开时效): what the office must renew or answer now. Fixed content is renewed
 * yearly, periodic content monthly, ad-hoc content is published within 3 days of the decision, and a
 * hot issue raised by residents is answered publicly within a week (domain.md §1, §6). Everything here
 * is computed from dates passed in; nothing is stored.
 */

/** Ad-hoc content (及时公开) is published within 3 days of the decision it makes known. */
export const ADHOC_PUBLISH_DAYS = 3
/** A hot issue raised by residents is answered publicly within one week. */
export const HOT_TOPIC_ANSWER_DAYS = 7

/**
 * A calendar date `months` months later, the day clamped to the end of a shorter month.
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

/** The part of a notice or guide the board reads. */
export interface ContentTimeliness {
  id: number
  title: string
  department: string
  timeliness: Timeliness
  /** published / approved / draft …: only published content needs renewing. */
  status: string
  publishedAt: string | null
  /** A renewal date set by staff; otherwise a year (fixed) or a month (periodic) after publication. */
  renewalDate: string | null
  /** Ad-hoc content: the day of the decision made known. */
  decisionDate: string | null
}

/**
 * The day by which content must be renewed: the date staff set, else a year after publication for
 * fixed content and a month for periodic content; null for ad-hoc content and unpublished items.
 * @example renewalDueOn({ timeliness: 'periodic', status: 'published', publishedAt: '2026-01-15', renewalDate: null, … }) // '2026-02-15'
 */
export function renewalDueOn(item: ContentTimeliness): string | null {
  if (item.status !== 'published' || !item.publishedAt) return null
  if (item.renewalDate) return item.renewalDate
  if (item.timeliness === 'fixed') return addMonths(item.publishedAt, 12)
  if (item.timeliness === 'periodic') return addMonths(item.publishedAt, 1)
  return null
}

/**
 * The last day to publish ad-hoc content: 3 days after the decision.
 * @example adhocPublishDueOn('2026-03-02') // '2026-03-05'
 */
export function adhocPublishDueOn(decisionDate: string): string {
  return addDays(decisionDate, ADHOC_PUBLISH_DAYS)
}

export type BoardReason = 'renewal_overdue' | 'adhoc_published_late' | 'adhoc_not_published' | 'hot_topic_unanswered'

export const BOARD_REASON_LABELS: Record<BoardReason, string> = {
  renewal_overdue: '已过更新期限，请更新内容',
  adhoc_published_late: '决定作出后超过 3 日才发布',
  adhoc_not_published: '决定作出已超过 3 日，尚未发布',
  hot_topic_unanswered: '群众关注的热点问题超过一周仍未答复'
}

export interface BoardEntry {
  reason: BoardReason
  /** notice id, or the tracking number of a resident's case. */
  ref: number | string
  kind: 'content' | 'hot_topic'
  title: string
  department: string | null
  /** The day it was due. */
  dueOn: string
  /** Calendar days past `dueOn`: as of today, or at publication for late ad-hoc content. */
  daysLate: number
}

/** A matter residents raised that the office treats as a hot issue, with the day it was answered publicly. */
export interface HotTopic {
  trackingNo: string
  title: string
  department: string | null
  receivedOn: string
  answeredOn: string | null
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/**
 * The board as of a day: content past its renewal date, ad-hoc content published (or still not
 * published) more than 3 days after the decision, hot topics still unanswered a week after they were raised; most late first.
 * @example timelinessBoard([{ timeliness: 'periodic', status: 'published', publishedAt: '2026-01-15', … }], [], '2026-03-01')[0].reason // 'renewal_overdue'
 */
export function timelinessBoard(content: readonly ContentTimeliness[], hotTopics: readonly HotTopic[], asOf: string): BoardEntry[] {
  const entries: BoardEntry[] = []
  for (const item of content) {
    const base = { ref: item.id, kind: 'content' as const, title: item.title, department: item.department }
    const due = renewalDueOn(item)
    if (due && due < asOf) entries.push({ ...base, reason: 'renewal_overdue', dueOn: due, daysLate: daysBetween(due, asOf) })
    if (item.timeliness === 'adhoc' && item.decisionDate && item.status !== 'withdrawn') {
      const publishBy = adhocPublishDueOn(item.decisionDate)
      const published = item.status === 'published' ? item.publishedAt : null
      if (published && published > publishBy) {
        entries.push({ ...base, reason: 'adhoc_published_late', dueOn: publishBy, daysLate: daysBetween(publishBy, published) })
      } else if (!published && publishBy < asOf) {
        entries.push({ ...base, reason: 'adhoc_not_published', dueOn: publishBy, daysLate: daysBetween(publishBy, asOf) })
      }
    }
  }
  for (const topic of hotTopics) {
    const answerBy = addDays(topic.receivedOn, HOT_TOPIC_ANSWER_DAYS)
    if (topic.answeredOn === null && answerBy < asOf) {
      entries.push({
        reason: 'hot_topic_unanswered',
        ref: topic.trackingNo,
        kind: 'hot_topic',
        title: topic.title,
        department: topic.department,
        dueOn: answerBy,
        daysLate: daysBetween(answerBy, asOf)
      })
    }
  }
  return entries.sort((a, b) => b.daysLate - a.daysLate || String(a.ref).localeCompare(String(b.ref)))
}
