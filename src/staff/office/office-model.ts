import type { z } from 'zod'
import { dayNumber } from '@/core/calendar/dates'
import { YearScheduleFileSchema, type CalendarYear, type YearScheduleFile } from '@/core/schemas/calendar'
import type { StaffRole } from '@/core/schemas/staff'

/**
 * The decisions of 联系与日历 (the office page): who may import the calendar, the checks of its forms
 * with the server's own schemas, and what a pasted calendar file says and replaces. Who may edit
 * contacts is src/core/staff/workbench's canEditOfficeContent.
 */

/**
 * True when the person may import a year's holiday schedule: administrators only (POST
 * /staff/calendar/years); the disclosure office edits contacts (canEditOfficeContent) but not this.
 * @example canImportCalendar(['disclosure']) // false
 */
export function canImportCalendar(roles: readonly StaffRole[]): boolean {
  return roles.includes('admin')
}

export type FormErrors<K extends string> = Partial<Record<K, string>>
export type FormCheck<T, K extends string> = { ok: true; body: T } | { ok: false; errors: FormErrors<K> }

/**
 * A form's values checked with the schema the server checks the request with: the body to send, or
 * the first message for each field, in the schema's words.
 * @example checkForm(LeaderEditBodySchema, { name: '', post: '主任', duties: '全面工作', phone: '1' }).errors // { name: '请填写姓名', phone: '电话只能包含…' }
 */
export function checkForm<T, K extends string>(schema: z.ZodType<T>, values: Record<K, unknown>): FormCheck<T, K> {
  const checked = schema.safeParse(values)
  if (checked.success) return { ok: true, body: checked.data }
  const errors: FormErrors<K> = {}
  for (const issue of checked.error.issues) {
    const field = String(issue.path[0]) as K
    if (!errors[field]) errors[field] = issue.message
  }
  return { ok: false, errors }
}

/**
 * The years the calendar tab shows: last year (cases still run on it), this year and next year
 * (the State Council announces it late in the year before).
 * @example calendarYearsToShow('2026-11-25') // [2025, 2026, 2027]
 */
export function calendarYearsToShow(today: string): number[] {
  const year = Number(today.slice(0, 4))
  return [year - 1, year, year + 1]
}

/**
 * How a year's schedule stands, in words for the list.
 * @example yearStanding({ provisional: true, … }) // '计算推定（国务院尚未公布，按法定节日推算）'
 */
export function yearStanding(year: Pick<CalendarYear, 'provisional' | 'source'>): string {
  return year.provisional ? '计算推定（国务院尚未公布，按法定节日推算）' : `已公布：${year.source.title}`
}

const HAS_CHINESE = /[\u4e00-\u9fff]/

const FIELD_WORDS: Record<string, string> = {
  year: '年份',
  source: '来源',
  title: '通知标题',
  documentNumber: '文号',
  publishedOn: '发布日期',
  holidays: '节日',
  name: '节日名称',
  daysOff: '放假日期',
  makeUpWorkdays: '调休上班日期'
}

/** Where in the file an issue is, e.g. ['holidays', 1, 'daysOff', 2] → 第 2 个节日（春节）的放假日期第 3 项. */
function placeOf(path: readonly PropertyKey[], input: unknown): string {
  const words: string[] = []
  let node: unknown = input
  path.forEach((key, i) => {
    const next = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined
    if (typeof key === 'number') {
      if (path[i - 1] === 'holidays') {
        const name = typeof next === 'object' && next !== null ? (next as { name?: unknown }).name : undefined
        words[words.length - 1] = `第 ${key + 1} 个节日${typeof name === 'string' && name ? `（${name}）` : ''}`
      } else {
        words.push(`第 ${key + 1} 项`)
      }
    } else {
      words.push(FIELD_WORDS[String(key)] ?? String(key))
    }
    node = next
  })
  return words.join('的').replace(/的第 (\d+) 项/g, '第 $1 项')
}

export type ScheduleReading = { ok: true; schedule: YearScheduleFile } | { ok: false; problems: string[] }

/**
 * A pasted schedule file (the format of `npm run calendar:import`) read and checked with the
 * server's schema: the schedule, or every problem in plain Chinese with where it is.
 * @example readScheduleFile('{').problems // ['这不是一个完整的放假安排文件（JSON 格式有误）。请把文件的全部内容原样粘贴进来。']
 */
export function readScheduleFile(text: string): ScheduleReading {
  if (!text.trim()) return { ok: false, problems: ['请粘贴放假安排文件的内容'] }
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch {
    return { ok: false, problems: ['这不是一个完整的放假安排文件（JSON 格式有误）。请把文件的全部内容原样粘贴进来。'] }
  }
  const checked = YearScheduleFileSchema.safeParse(input)
  if (checked.success) return { ok: true, schedule: checked.data }
  const problems = checked.error.issues.map((issue) => {
    const place = placeOf(issue.path, input)
    // zod's own words for a missing or mistyped field are English: say it plainly instead.
    const message = HAS_CHINESE.test(issue.message) ? issue.message : '缺少或格式不对'
    return place ? `${place}：${message}` : message
  })
  return { ok: false, problems: [...new Set(problems)] }
}

export interface ScheduleChanges {
  /** The year as it stands now: provisional or announced, and by which notice. */
  replaces: string
  daysOffBefore: number
  daysOffAfter: number
  makeUpBefore: number
  makeUpAfter: number
  /** Dates that become days off, and dates that stop being days off. */
  newDaysOff: string[]
  droppedDaysOff: string[]
  newMakeUpWorkdays: string[]
  droppedMakeUpWorkdays: string[]
}

/**
 * What importing `next` changes in the year as the server has it now.
 * @example scheduleChanges(provisional2027, announced2027).replaces // '计算推定（国务院尚未公布，按法定节日推算）'
 */
export function scheduleChanges(current: CalendarYear, next: YearScheduleFile): ScheduleChanges {
  const before = { off: new Set(current.daysOff.map((d) => d.date)), work: new Set(current.makeUpWorkdays.map((d) => d.date)) }
  const after = { off: new Set(next.holidays.flatMap((h) => h.daysOff)), work: new Set(next.holidays.flatMap((h) => h.makeUpWorkdays)) }
  const minus = (a: Set<string>, b: Set<string>) => [...a].filter((d) => !b.has(d)).sort()
  return {
    replaces: yearStanding(current),
    daysOffBefore: before.off.size,
    daysOffAfter: after.off.size,
    makeUpBefore: before.work.size,
    makeUpAfter: after.work.size,
    newDaysOff: minus(after.off, before.off),
    droppedDaysOff: minus(before.off, after.off),
    newMakeUpWorkdays: minus(after.work, before.work),
    droppedMakeUpWorkdays: minus(before.work, after.work)
  }
}

const monthDay = (date: string, year: number) => `${Number(date.slice(0, 4)) === year ? '' : `${date.slice(0, 4)}年`}${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/**
 * Dates of a year's schedule in words, runs of consecutive days as one span; a date of another year
 * (a New Year holiday that starts in December) carries its year.
 * @example describeDates(['2026-10-01', '2026-10-02', '2026-10-03', '2026-09-20'], 2026) // '9月20日、10月1日至10月3日'
 */
export function describeDates(dates: readonly string[], year: number): string {
  const sorted = [...dates].sort()
  const spans: string[] = []
  let start = 0
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && dayNumber(sorted[i]) === dayNumber(sorted[i - 1]) + 1) continue
    const first = monthDay(sorted[start], year)
    spans.push(i - 1 === start ? first : `${first}至${monthDay(sorted[i - 1], year)}`)
    start = i
  }
  return spans.join('、')
}

export interface HolidayLine {
  name: string
  daysOff: string
  daysOffCount: number
  /** Empty when the holiday has no make-up working day. */
  makeUpWorkdays: string
}

/**
 * A year's holidays one line each, in the order of their first day off, for the calendar tab.
 * @example holidayLines(year2026)[0] // { name: '元旦', daysOff: '1月1日至1月3日', daysOffCount: 3, makeUpWorkdays: '1月4日' }
 */
export function holidayLines(year: CalendarYear): HolidayLine[] {
  const names: string[] = []
  for (const d of year.daysOff) if (!names.includes(d.holiday)) names.push(d.holiday)
  return names.map((name) => {
    const off = year.daysOff.filter((d) => d.holiday === name).map((d) => d.date)
    const work = year.makeUpWorkdays.filter((d) => d.holiday === name).map((d) => d.date)
    return { name, daysOff: describeDates(off, year.year), daysOffCount: off.length, makeUpWorkdays: describeDates(work, year.year) }
  })
}
