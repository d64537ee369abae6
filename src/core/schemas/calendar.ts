import { z } from 'zod'
import { text } from './primitives'
import { CalendarDateSchema } from './common'

/** Where a year's schedule comes from: the State Council notice, or the statute for a provisional year. */
export const ScheduleSourceSchema = z
  .object({
    title: text({ error: '请填写放假安排的来源（通知标题）' }).min(1, { error: '请填写放假安排的来源（通知标题）' }).max(200, { error: '通知标题最多 200 个字' }),
    documentNumber: text().min(1).max(100, { error: '文号最多 100 个字' }).optional(),
    publishedOn: CalendarDateSchema.optional()
  })
  .meta({ id: 'ScheduleSource' })
export type ScheduleSource = z.infer<typeof ScheduleSourceSchema>

/** A year has seven statutory holidays (全国年节及纪念日放假办法); the limits leave room and stop abuse. */
const HOLIDAYS_MAX = 20
const DAYS_PER_HOLIDAY_MAX = 31

/** One holiday of a notice: its days off (weekend days inside the holiday included) and make-up working days. */
export const HolidaySchema = z.object({
  name: text({ error: '请填写节日名称' }).min(1, { error: '请填写节日名称' }).max(20, { error: '节日名称最多 20 个字' }),
  daysOff: z.array(CalendarDateSchema).min(1, { error: '每个节日至少有一天放假' }).max(DAYS_PER_HOLIDAY_MAX, { error: `每个节日最多 ${DAYS_PER_HOLIDAY_MAX} 天` }),
  makeUpWorkdays: z.array(CalendarDateSchema).max(DAYS_PER_HOLIDAY_MAX, { error: `每个节日最多 ${DAYS_PER_HOLIDAY_MAX} 个调休上班日` }).default([])
})
export type Holiday = z.infer<typeof HolidaySchema>

const FIRST_YEAR = 2000
const LAST_YEAR = 2100

function isWeekend(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number)
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return weekday === 0 || weekday === 6
}

/**
 * A year's announced schedule as the State Council published it: the file format of the bundled data
 * (src/core/calendar/data/YYYY.json) and of `npm run calendar:import -- FILE`.
 * A notice may reach into the last days of the year before (2019's 元旦 began on 2018-12-30).
 */
export const YearScheduleFileSchema = z
  .object({
    year: z
      .number({ error: '年份必须是数字' })
      .int({ error: '年份必须是整数' })
      .min(FIRST_YEAR, { error: `年份不能早于 ${FIRST_YEAR}` })
      .max(LAST_YEAR, { error: `年份不能晚于 ${LAST_YEAR}` }),
    source: ScheduleSourceSchema,
    holidays: z.array(HolidaySchema).min(1, { error: '至少要有一个节日' }).max(HOLIDAYS_MAX, { error: `一年最多 ${HOLIDAYS_MAX} 个节日` })
  })
  .superRefine((schedule, ctx) => {
    const earliest = `${schedule.year - 1}-12-01`
    const latest = `${schedule.year}-12-31`
    const seen = new Map<string, 'off' | 'work'>()
    schedule.holidays.forEach((holiday, i) => {
      const check = (date: string, kind: 'off' | 'work', path: (string | number)[]) => {
        if (date < earliest || date > latest) {
          ctx.addIssue({ code: 'custom', path, message: `${date} 不在 ${schedule.year} 年的放假安排范围内` })
        }
        if (seen.has(date)) {
          ctx.addIssue({ code: 'custom', path, message: `${date} 出现了不止一次` })
        }
        if (kind === 'work' && !isWeekend(date)) {
          ctx.addIssue({ code: 'custom', path, message: `${date} 不是周末，不能作为调休上班日` })
        }
        seen.set(date, kind)
      }
      holiday.daysOff.forEach((date, j) => check(date, 'off', ['holidays', i, 'daysOff', j]))
      holiday.makeUpWorkdays.forEach((date, j) => check(date, 'work', ['holidays', i, 'makeUpWorkdays', j]))
    })
  })
  .meta({ id: 'YearScheduleFile' })
export type YearScheduleFile = z.infer<typeof YearScheduleFileSchema>

/** A year's schedule inside the calendar: announced, or provisional (computed from the statute). */
export interface YearSchedule extends YearScheduleFile {
  provisional: boolean
}

const DatedHolidaySchema = z.object({ date: CalendarDateSchema, holiday: text() })

/** `GET /calendar/:year`: the year's days off and make-up working days, and where they come from. */
export const CalendarYearSchema = z
  .object({
    year: z.number().int(),
    provisional: z.boolean(),
    source: ScheduleSourceSchema,
    daysOff: z.array(DatedHolidaySchema),
    makeUpWorkdays: z.array(DatedHolidaySchema)
  })
  .meta({ id: 'CalendarYear' })
export type CalendarYear = z.infer<typeof CalendarYearSchema>

export const CalendarYearParamsSchema = z.object({
  year: z.coerce
    .number({ error: '年份必须是数字' })
    .int({ error: '年份必须是整数' })
    .min(FIRST_YEAR, { error: `只能查询 ${FIRST_YEAR} 年至 ${LAST_YEAR} 年` })
    .max(LAST_YEAR, { error: `只能查询 ${FIRST_YEAR} 年至 ${LAST_YEAR} 年` })
})

export const MAX_WORKING_DAYS_TO_ADD = 366

/** `GET /calendar/working-days?from=&add=`: the add-th working day after `from` (which is not counted). */
export const WorkingDaysQuerySchema = z
  .object({
    from: CalendarDateSchema,
    // A query string arrives as text: a missing value and a non-number get different messages.
    add: text({ error: (issue) => (issue.input === undefined ? '请填写要推算的工作日天数' : '工作日天数必须是数字') })
      .max(10, { error: '工作日天数必须是数字' })
      .pipe(
        z.coerce
          .number<string>({ error: '工作日天数必须是数字' })
          .int({ error: '工作日天数必须是整数' })
          .min(1, { error: '工作日天数至少为 1' })
          .max(MAX_WORKING_DAYS_TO_ADD, { error: `工作日天数最多为 ${MAX_WORKING_DAYS_TO_ADD}` })
      )
  })
  .meta({ id: 'WorkingDaysQuery' })
export type WorkingDaysQuery = z.infer<typeof WorkingDaysQuerySchema>

export const WorkingDaysAnswerSchema = z
  .object({ date: CalendarDateSchema, provisional: z.boolean() })
  .meta({ id: 'WorkingDaysAnswer' })
export type WorkingDaysAnswer = z.infer<typeof WorkingDaysAnswerSchema>
