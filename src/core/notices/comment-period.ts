import type { CalendarDate } from '../schemas/common'

/** The part of a notice that says whether residents may still comment on it. */
export interface CommentPeriod {
  /** 决策征求意见 only: the last day residents may comment; null for every other notice. */
  commentUntil: CalendarDate | null
}

/**
 * True while residents may still comment on a consultation (决策征求意见): up to and including the
 * last day announced. `today` is a China-time calendar date passed in by the caller.
 * @example isCommentOpen({ commentUntil: '2025-03-31' }, '2025-03-31') // true
 * @example isCommentOpen({ commentUntil: '2025-03-31' }, '2025-04-01') // false
 */
export function isCommentOpen(notice: CommentPeriod, today: CalendarDate): boolean {
  // YYYY-MM-DD strings sort in calendar order.
  return notice.commentUntil !== null && today <= notice.commentUntil
}

/**
 * Calendar days left to comment, counting today and the last day; 0 once the period is over or when
 * the notice has none.
 * @example commentDaysLeft({ commentUntil: '2025-03-31' }, '2025-03-29') // 3
 */
export function commentDaysLeft(notice: CommentPeriod, today: CalendarDate): number {
  if (!isCommentOpen(notice, today)) return 0
  const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))
  return Math.round((day(notice.commentUntil!) - day(today)) / 86_400_000) + 1
}
