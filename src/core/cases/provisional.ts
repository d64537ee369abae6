import { FESTIVAL_DATES } from '../calendar/festival-dates'
import { addDays, formatChineseDay } from '../calendar/dates'
import type { Clock } from '../schemas/clock'

/** How close to 春节 a provisional due date is warned of: the holiday and its make-up days fall within it. */
export const SPRING_FESTIVAL_WARNING_DAYS = 10

/**
 * A warning for a due date computed on a year whose schedule is not announced and falling within 10
 * days of 春节: the statute fixes only 除夕 to 初三 as holidays (全国年节及纪念日放假办法 第二条), and the
 * State Council's yearly notice adds days and make-up working days around them, so such a date is the
 * most likely to move. Null otherwise.
 * @example springFestivalWarningOf({ dueDate: '2027-02-09', provisional: true }) // '截止日期2027年2月9日距2027年春节（2027年2月6日）不到10天，…'
 */
export function springFestivalWarningOf(clock: Pick<Clock, 'dueDate' | 'provisional'>): string | null {
  if (!clock.provisional || clock.dueDate === null) return null
  const year = Number(clock.dueDate.slice(0, 4))
  const festival = FESTIVAL_DATES[year]?.[0]
  if (!festival) return null
  const springDay = `${year}-${festival}`
  const near = clock.dueDate >= addDays(springDay, -SPRING_FESTIVAL_WARNING_DAYS) && clock.dueDate <= addDays(springDay, SPRING_FESTIVAL_WARNING_DAYS)
  if (!near) return null
  return (
    `截止日期${formatChineseDay(clock.dueDate)}距${year}年春节（${formatChineseDay(springDay)}）不到${SPRING_FESTIVAL_WARNING_DAYS}天，` +
    `而${year}年的放假安排尚未公布：春节放假和调休上班可能使截止日期变动，请在国务院公布、导入节假日日历后核对。`
  )
}
