import type { CalendarYear, YearSchedule, YearScheduleFile } from '../schemas/calendar'
import { dateOf, dayNumber, weekdayOf } from './dates'
import { FESTIVAL_YEARS } from './festival-dates'
import { provisionalSchedule } from './statutory-holidays'

/** What a day is. Make-up working days (调休上班) are working days although they fall on a weekend. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday'

// Day codes in the cache: 0 = not computed yet; the kind; PROVISIONAL is or-ed in.
const WORKDAY = 1
const WEEKEND = 2
const HOLIDAY = 3
const MAKEUP = 4
const KIND_MASK = 7
const PROVISIONAL = 8
const KIND_NAMES: Record<number, DayKind> = { [WORKDAY]: 'workday', [WEEKEND]: 'weekend', [HOLIDAY]: 'holiday', [MAKEUP]: 'makeup_workday' }

const FIRST_DAY = dayNumber(`${FESTIVAL_YEARS.first}-01-01`)
const LAST_DAY = dayNumber(`${FESTIVAL_YEARS.last}-12-31`)
const YEAR_STARTS: number[] = []
for (let y = FESTIVAL_YEARS.first; y <= FESTIVAL_YEARS.last + 1; y++) YEAR_STARTS.push(dayNumber(`${y}-01-01`))

/**
 * The national working-day calendar: weekends and statutory holidays off, make-up days worked.
 * Built from announced year schedules; any other year is computed from the statute and provisional.
 * Day kinds are worked out once per year and kept, so arithmetic is a walk over a byte array.
 */
export interface WorkingDayCalendar {
  readonly announced: ReadonlyMap<number, YearScheduleFile>
  /** @internal cache of day codes from 2000-01-01, filled a year at a time */
  readonly days: Uint8Array
  /** @internal holiday names of days off and make-up days */
  readonly holidayNames: Map<number, string>
  /** @internal working days from the start of a day's year up to and including the day */
  readonly workingSoFar: Uint16Array
}

/**
 * A calendar from announced schedules; a later schedule of the same year replaces an earlier one
 * (imported years are passed after the bundled ones).
 * @example createCalendar(ANNOUNCED_SCHEDULES)
 */
export function createCalendar(schedules: readonly YearScheduleFile[]): WorkingDayCalendar {
  const announced = new Map<number, YearScheduleFile>()
  for (const schedule of schedules) announced.set(schedule.year, schedule)
  const size = LAST_DAY - FIRST_DAY + 1
  return { announced, days: new Uint8Array(size), holidayNames: new Map(), workingSoFar: new Uint16Array(size) }
}

function checkRange(day: number): void {
  if (day < FIRST_DAY || day > LAST_DAY) {
    throw new RangeError(`日期超出日历支持的范围（${FESTIVAL_YEARS.first}—${FESTIVAL_YEARS.last} 年）`)
  }
}

/**
 * The schedule of a year: the announced one, or the provisional one computed from the statute.
 * @example yearSchedule(cal, 2027).provisional // true while 2027 has not been announced
 */
export function yearSchedule(cal: WorkingDayCalendar, year: number): YearSchedule {
  const announced = cal.announced.get(year)
  return announced ? { ...announced, provisional: false } : provisionalSchedule(year)
}

function fillYear(cal: WorkingDayCalendar, year: number): void {
  const start = YEAR_STARTS[year - FESTIVAL_YEARS.first]
  const end = YEAR_STARTS[year - FESTIVAL_YEARS.first + 1]
  const schedule = yearSchedule(cal, year)
  const flag = schedule.provisional ? PROVISIONAL : 0
  for (let day = start; day < end; day++) {
    const weekday = weekdayOf(day)
    cal.days[day - FIRST_DAY] = (weekday === 0 || weekday === 6 ? WEEKEND : WORKDAY) | flag
  }
  const mark = (from: YearScheduleFile | YearSchedule) => {
    for (const holiday of from.holidays) {
      for (const [dates, kind] of [[holiday.daysOff, HOLIDAY], [holiday.makeUpWorkdays, MAKEUP]] as const) {
        for (const date of dates) {
          const day = dayNumber(date)
          if (day < start || day >= end) continue
          cal.days[day - FIRST_DAY] = kind | flag
          cal.holidayNames.set(day, holiday.name)
        }
      }
    }
  }
  mark(schedule)
  // A notice may reach back into the last days of the year before (2019's 元旦 began on 2018-12-30).
  const next = cal.announced.get(year + 1)
  if (next) mark(next)
  let working = 0
  for (let day = start; day < end; day++) {
    if (isWorkingCode(cal.days[day - FIRST_DAY])) working++
    cal.workingSoFar[day - FIRST_DAY] = working
  }
}

/** Working days from the start of the day's year up to and including the day. */
function workingInYearThrough(cal: WorkingDayCalendar, day: number): number {
  dayCode(cal, day)
  return cal.workingSoFar[day - FIRST_DAY]
}

function yearOfDay(day: number): number {
  let index = Math.floor((day - FIRST_DAY) / 365.2425)
  while (YEAR_STARTS[index + 1] <= day) index++
  while (YEAR_STARTS[index] > day) index--
  return FESTIVAL_YEARS.first + index
}

/** The cached code of a day: kind | PROVISIONAL, its year filled on first use. */
function dayCode(cal: WorkingDayCalendar, day: number): number {
  checkRange(day)
  const code = cal.days[day - FIRST_DAY]
  if (code !== 0) return code
  fillYear(cal, yearOfDay(day))
  return cal.days[day - FIRST_DAY]
}

const isWorkingCode = (code: number): boolean => {
  const kind = code & KIND_MASK
  return kind === WORKDAY || kind === MAKEUP
}
const isProvisionalCode = (code: number): boolean => (code & PROVISIONAL) !== 0
const kindOfCode = (code: number): DayKind => KIND_NAMES[code & KIND_MASK]

export interface DayInfo {
  date: string
  kind: DayKind
  working: boolean
  /** The holiday a day off or a make-up working day belongs to. */
  holiday?: string
  provisional: boolean
}

/**
 * Everything the calendar knows about one date.
 * @example dayInfo(cal, '2025-09-28') // { kind: 'makeup_workday', working: true, holiday: '国庆节、中秋节', … }
 */
export function dayInfo(cal: WorkingDayCalendar, date: string): DayInfo {
  const day = dayNumber(date)
  const code = dayCode(cal, day)
  const holiday = cal.holidayNames.get(day)
  return {
    date,
    kind: kindOfCode(code),
    working: isWorkingCode(code),
    ...(holiday ? { holiday } : {}),
    provisional: isProvisionalCode(code)
  }
}

/**
 * True on a working day: a weekday that is not a holiday, or a make-up working day.
 * @example isWorkingDay(cal, '2025-10-01') // false
 * @example isWorkingDay(cal, '2025-10-11') // true (Saturday, make-up working day)
 */
export function isWorkingDay(cal: WorkingDayCalendar, date: string): boolean {
  return isWorkingCode(dayCode(cal, dayNumber(date)))
}

export interface DateAnswer {
  date: string
  /** True when the answer rests on a year whose schedule has not been announced. */
  provisional: boolean
}

/**
 * The n-th working day after `from`; `from` itself is never counted (政府信息公开条例 第三十三条:
 * "自收到申请之日起"; 民法典 第二百零一条: the starting day is not counted). n = 0 gives `from`.
 * @example addWorkingDays(cal, '2025-09-30', 1) // { date: '2025-10-09', provisional: false }
 */
export function addWorkingDays(cal: WorkingDayCalendar, from: string, n: number): DateAnswer {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('工作日天数必须是非负整数')
  let day = dayNumber(from)
  let provisional = false
  let left = n
  while (left > 0) {
    day++
    const code = dayCode(cal, day)
    if (code & PROVISIONAL) provisional = true
    if (isWorkingCode(code)) left--
  }
  return { date: dateOf(day), provisional }
}

/**
 * The working days after `from` up to and including `to`; negative, counted the same way, when `to`
 * is before `from`.
 * @example workingDaysBetween(cal, '2025-09-30', '2025-10-09') // 1
 */
export function workingDaysBetween(cal: WorkingDayCalendar, from: string, to: string): number {
  return workingDaysBetweenDays(cal, dayNumber(from), dayNumber(to))
}

/** A pause in a count: the days after `from` up to and including `to` are not counted; `to` null while it lasts. */
export interface Pause {
  from: number
  to: number | null
}

/** The working of a count of working days: what was counted, skipped and paused. */
export interface WorkingDayCount {
  /** The day number of the n-th counted working day, or null when an open pause stops the count. */
  due: number | null
  counted: number
  provisional: boolean
  weekends: number
  holidays: Map<string, { first: number; last: number; count: number }>
  makeUps: number[]
  /** Working days inside pauses. */
  paused: number
}

/**
 * Counts n working days after the day number `start`, skipping the days inside `pauses`, and keeps
 * what it skipped so that a deadline can explain itself.
 * @example countWorkingDays(cal, dayNumber('2025-09-26'), 20, []).due // dayNumber('2025-10-30')
 */
export function countWorkingDays(cal: WorkingDayCalendar, start: number, n: number, pauses: readonly Pause[]): WorkingDayCount {
  const count: WorkingDayCount = { due: null, counted: 0, provisional: false, weekends: 0, holidays: new Map(), makeUps: [], paused: 0 }
  let day = start
  while (count.counted < n) {
    day++
    let paused = false
    for (const pause of pauses) {
      if (day > pause.from && (pause.to === null || day <= pause.to)) {
        if (pause.to === null) return count
        paused = true
      }
    }
    const code = cal.days[day - FIRST_DAY] || dayCode(cal, day)
    if (code & PROVISIONAL) count.provisional = true
    const kind = code & KIND_MASK
    if (paused) {
      if (kind === WORKDAY || kind === MAKEUP) count.paused++
    } else if (kind === WORKDAY) count.counted++
    else if (kind === MAKEUP) {
      count.counted++
      count.makeUps.push(day)
    } else if (kind === WEEKEND) count.weekends++
    else {
      const name = cal.holidayNames.get(day) ?? '节假日'
      const seen = count.holidays.get(name)
      if (seen) {
        seen.last = day
        seen.count++
      } else count.holidays.set(name, { first: day, last: day, count: 1 })
    }
  }
  count.due = day
  return count
}

/**
 * The day number of the n-th working day after `start`, skipping the days inside closed pauses:
 * `countWorkingDays(…).due` without the bookkeeping of what was skipped, for the clock's checks.
 * @example nthWorkingDayAfter(cal, dayNumber('2025-09-26'), 20) // dayNumber('2025-10-30')
 */
export function nthWorkingDayAfter(cal: WorkingDayCalendar, start: number, n: number, pauses: readonly { from: number; to: number }[] = []): number {
  let day = start
  let left = n
  while (left > 0) {
    day++
    let paused = false
    for (const pause of pauses) if (day > pause.from && day <= pause.to) paused = true
    if (!paused && isWorkingCode(cal.days[day - FIRST_DAY] || dayCode(cal, day))) left--
  }
  return day
}

/** workingDaysBetween on day numbers, from the per-year running counts. */
export function workingDaysBetweenDays(cal: WorkingDayCalendar, a: number, b: number): number {
  if (a > b) return -workingDaysBetweenDays(cal, b, a)
  const yearA = yearOfDay(a)
  const yearB = yearOfDay(b)
  let count = workingInYearThrough(cal, b) - workingInYearThrough(cal, a)
  for (let year = yearA; year < yearB; year++) {
    count += workingInYearThrough(cal, YEAR_STARTS[year - FESTIVAL_YEARS.first + 1] - 1)
  }
  return count
}

/**
 * 民法典 第二百零三条: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"
 * Courts read 法定休假日 as every rest day, weekends included, so the period then ends on the first
 * working day after the rest days. `'none'` keeps the plain count (for an office that decides so).
 */
export type LastDayRule = 'next_working_day' | 'none'
export const LAST_DAY_RULE_CITATION = '《中华人民共和国民法典》第二百零三条'

export interface CalendarDaysAnswer extends DateAnswer {
  /** The plain last day when the rule moved it past rest days. */
  movedFrom?: string
}

/**
 * The end of a period of n calendar days starting after `from` (the starting day is not counted,
 * 民法典 第二百零一条), moved past rest days under 第二百零三条 when the rule applies.
 * @example addCalendarDays(cal, '2025-09-16', 15) // { date: '2025-10-09', movedFrom: '2025-10-01', provisional: false }
 */
export function addCalendarDays(
  cal: WorkingDayCalendar,
  from: string,
  n: number,
  rule: LastDayRule = 'next_working_day'
): CalendarDaysAnswer {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('天数必须是非负整数')
  const plain = dayNumber(from) + n
  let day = plain
  let code = dayCode(cal, day)
  let provisional = isProvisionalCode(code)
  if (rule === 'next_working_day' && n > 0) {
    while (!isWorkingCode(code)) {
      day++
      code = dayCode(cal, day)
      if (isProvisionalCode(code)) provisional = true
    }
  }
  return day === plain ? { date: dateOf(day), provisional } : { date: dateOf(day), movedFrom: dateOf(plain), provisional }
}

/**
 * A year as the API shows it: its days off and make-up working days with their holidays.
 * @example calendarYear(cal, 2025).makeUpWorkdays[0] // { date: '2025-01-26', holiday: '春节' }
 */
export function calendarYear(cal: WorkingDayCalendar, year: number): CalendarYear {
  const schedule = yearSchedule(cal, year)
  const dated = (pick: (h: YearSchedule['holidays'][number]) => string[]) =>
    schedule.holidays
      .flatMap((holiday) => pick(holiday).map((date) => ({ date, holiday: holiday.name })))
      .sort((x, y) => (x.date < y.date ? -1 : 1))
  return {
    year,
    provisional: schedule.provisional,
    source: schedule.source,
    daysOff: dated((h) => h.daysOff),
    makeUpWorkdays: dated((h) => h.makeUpWorkdays)
  }
}
