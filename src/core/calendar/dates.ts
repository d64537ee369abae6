/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so that arithmetic never meets a
 * clock or a time zone: the same YYYY-MM-DD gives the same answer under any process TZ.
 */

const digits = (s: string, from: number, to: number) => {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48
  return n
}

/**
 * The day number of a YYYY-MM-DD date (H. Hinnant's days-from-civil: plain arithmetic, no Date).
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: string): number {
  const d = digits(date, 8, 10)
  const m = digits(date, 5, 7)
  const y = digits(date, 0, 4) - (m <= 2 ? 1 : 0)
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n

/**
 * The YYYY-MM-DD date of a day number (proleptic Gregorian, H. Hinnant's civil-from-days).
 * @example dateOf(1) // '1970-01-02'
 */
export function dateOf(day: number): string {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${y}-${pad2(m)}-${pad2(d)}`
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/**
 * The date `n` calendar days after `date` (n may be negative).
 * @example addDays('2025-02-28', 1) // '2025-03-01'
 */
export function addDays(date: string, n: number): string {
  return dateOf(dayNumber(date) + n)
}

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/**
 * A date as residents read it.
 * @example formatChineseDate('2025-10-08') // '2025年10月8日（星期三）'
 */
export function formatChineseDate(date: string): string {
  return `${formatChineseDay(date)}（${WEEKDAY_NAMES[weekdayOf(dayNumber(date))]}）`
}

// Explanations name the same few dates again and again: keep their text (bounded, pure).
const formatted = new Map<number, string>()
const FORMATTED_MAX = 4096

/** formatChineseDay of a day number. */
export function formatChineseDayOf(day: number): string {
  const text = formatChineseDateOf(day)
  return text.slice(0, text.indexOf('（'))
}

/** formatChineseDate of a day number. */
export function formatChineseDateOf(day: number): string {
  let text = formatted.get(day)
  if (text === undefined) {
    text = `${formatChineseDay(dateOf(day))}（${WEEKDAY_NAMES[weekdayOf(day)]}）`
    if (formatted.size >= FORMATTED_MAX) formatted.clear()
    formatted.set(day, text)
  }
  return text
}

/** @example formatChineseDay('2025-10-08') // '2025年10月8日' */
export function formatChineseDay(date: string): string {
  return `${digits(date, 0, 4)}年${digits(date, 5, 7)}月${digits(date, 8, 10)}日`
}
