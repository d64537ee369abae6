import { formatChineseDay } from '../calendar/dates'
import type { CalendarDate } from '../schemas/common'

/**
 * A calendar date the way residents write it, without leading zeros: the calendar's one formatter
 * (formatChineseDay), so every screen and notification writes a date alike.
 * @example formatChineseDate('2025-03-01') // '2025年3月1日'
 */
export function formatChineseDate(date: CalendarDate): string {
  return formatChineseDay(date)
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * The China-time (UTC+8, no daylight saving) calendar date of an instant, whatever the device's time
 * zone: a consultation closes at the end of the last day in Beijing, not in the phone's zone.
 * @example calendarDateInChina(new Date('2025-03-31T16:30:00Z')) // '2025-04-01'
 */
export function calendarDateInChina(instant: Date): CalendarDate {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}
