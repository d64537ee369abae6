import { workingDaysBetween, type WorkingDayCalendar } from '../calendar/calendar'
import type { Dashboard, MonthlyTrend } from '../schemas/reports'
import { appraisalScore, emptyRatingCounts, ratio, satisfactionRate } from './appraisal'
import { closedOnOf, lastRating, lastReply, type ReportCase } from './report-case'

export interface ReportPeriod {
  from: string
  to: string
  /** A department's name; every department when null. */
  department: string | null
}

const inDepartment = (department: string | null) => (c: ReportCase) => department === null || c.department === department

/**
 * The dashboard of a period: the cases received from `from` to `to` and what became of them by
 * `asOf`, whose clocks the cases carry. `overdueNow` counts every case of the department past its
 * statutory due date as of `asOf`, whenever it was received. Handling time runs from receipt to the
 * last reply in working days (the day of receipt not counted); 即办件 are replies on the day of receipt.
 * @example dashboardOf(cases, { from: '2026-01-01', to: '2026-03-31', department: null }, cal, '2026-03-31').received // 12
 */
export function dashboardOf(cases: readonly ReportCase[], period: ReportPeriod, cal: WorkingDayCalendar, asOf: string): Dashboard {
  const mine = cases.filter(inDepartment(period.department))
  const cohort = mine.filter((c) => c.receivedOn >= period.from && c.receivedOn <= period.to)
  const closed = cohort.filter((c) => {
    const on = closedOnOf(c)
    return on !== null && on <= asOf
  })
  const replies = closed.flatMap((c) => {
    const reply = lastReply(c)
    return reply && reply.on <= asOf ? [{ c, on: reply.on }] : []
  })
  const onTime = replies.filter(({ c }) => c.clock.status === 'answered_in_time').length
  const onTheSpot = replies.filter(({ c, on }) => on === c.receivedOn).length
  const days = replies.map(({ c, on }) => workingDaysBetween(cal, c.receivedOn, on))
  const ratings = emptyRatingCounts()
  for (const c of cohort) {
    const rating = lastRating(c)
    if (rating) ratings[rating] += 1
  }
  return {
    from: period.from,
    to: period.to,
    department: period.department,
    asOf,
    received: cohort.length,
    closed: closed.length,
    completionRate: ratio(closed.length, cohort.length),
    replied: replies.length,
    repliedOnTime: onTime,
    onTimeRate: ratio(onTime, replies.length),
    averageWorkingDays: days.length === 0 ? null : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10,
    onTheSpot,
    onTheSpotRate: ratio(onTheSpot, replies.length),
    ratings,
    satisfactionRate: satisfactionRate(ratings),
    appraisalScore: appraisalScore(ratings),
    overdueNow: mine.filter((c) => c.clock.status === 'overdue').length
  }
}

/**
 * Cases received per month of a year, and the replies given in each month with the share given in
 * time: the two series of the workbench's charts.
 * @example monthlyTrend(cases, 2026, null).months[2] // { month: '2026-03', received: 4, replied: 3, repliedOnTime: 2, onTimeRate: 0.6667 }
 */
export function monthlyTrend(cases: readonly ReportCase[], year: number, department: string | null): MonthlyTrend {
  const months = Array.from({ length: 12 }, (_, i) => ({ month: `${year}-${String(i + 1).padStart(2, '0')}`, received: 0, replied: 0, repliedOnTime: 0 }))
  const monthOf = (date: string) => (date.startsWith(`${year}-`) ? months[Number(date.slice(5, 7)) - 1] : undefined)
  for (const c of cases.filter(inDepartment(department))) {
    const received = monthOf(c.receivedOn)
    if (received) received.received += 1
    const reply = lastReply(c)
    const replied = reply ? monthOf(reply.on) : undefined
    if (replied) {
      replied.replied += 1
      if (c.clock.status === 'answered_in_time') replied.repliedOnTime += 1
    }
  }
  return { year, department, months: months.map((m) => ({ ...m, onTimeRate: ratio(m.repliedOnTime, m.replied) })) }
}
