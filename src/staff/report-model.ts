import type { Dashboard, MonthlyTrend } from '@/core/schemas/reports'

/**
 * A share as a percentage with one decimal, or 暂无 when there was nothing to count.
 * @example percent(0.8571) // '85.7%'
 * @example percent(null) // '暂无'
 */
export function percent(rate: number | null): string {
  return rate === null ? '暂无' : `${(rate * 100).toFixed(1)}%`
}

/**
 * The 即办件 note: their share of the cases replied to (src/core/reports/dashboard.ts counts them
 * among the replies), or no share at all while nothing has been replied to.
 * @example shareOfReplied(0.25) // '占已答复的 25.0%'
 * @example shareOfReplied(null) // '还没有答复，无从计算占比'
 */
export function shareOfReplied(rate: number | null): string {
  return rate === null ? '还没有答复，无从计算占比' : `占已答复的 ${percent(rate)}`
}

export interface Figure {
  label: string
  value: string
  /** What it counts, said once under the figure. */
  note?: string
  /** True for a figure that needs attention now (cases overdue). */
  alert?: boolean
}

/** The dashboard as labelled figures, in the order an office reads them out. */
export function dashboardFigures(d: Dashboard): Figure[] {
  return [
    { label: '收件', value: `${d.received} 件` },
    { label: '办结', value: `${d.closed} 件`, note: `办结率 ${percent(d.completionRate)}` },
    { label: '按期答复率', value: percent(d.onTimeRate), note: `${d.repliedOnTime} / ${d.replied} 件按期` },
    { label: '平均办理用时', value: d.averageWorkingDays === null ? '暂无' : `${d.averageWorkingDays} 个工作日` },
    { label: '即办件', value: `${d.onTheSpot} 件`, note: shareOfReplied(d.onTheSpotRate) },
    { label: '满意率', value: percent(d.satisfactionRate), note: '满意与基本满意，不含“不了解”' },
    { label: '评议得分', value: d.appraisalScore === null ? '暂无' : d.appraisalScore.toFixed(2), note: '满意 100、基本满意 85、一般 70、不满意 55 的平均' },
    { label: '当前超期', value: `${d.overdueNow} 件`, alert: d.overdueNow > 0 }
  ]
}

export interface Bar {
  label: string
  /** 0–100: the bar's length as a share of the longest. */
  length: number
  /** The number written on the bar. */
  text: string
}

const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`

/**
 * Cases received per month as bars, the longest month full length.
 * @example receivedBars({ months: [{ month: '2026-01', received: 4 }, { month: '2026-02', received: 2 }] }) // [{ label: '1月', length: 100, text: '4' }, { label: '2月', length: 50, text: '2' }]
 */
export function receivedBars(trend: Pick<MonthlyTrend, 'months'>): Bar[] {
  const max = Math.max(0, ...trend.months.map((m) => m.received))
  return trend.months.map((m) => ({ label: monthLabel(m.month), length: max === 0 ? 0 : Math.round((m.received / max) * 100), text: String(m.received) }))
}

/** The on-time rate per month as bars on a 0–100 % scale; a month without replies says 无答复. */
export function onTimeBars(trend: Pick<MonthlyTrend, 'months'>): Bar[] {
  return trend.months.map((m) => ({
    label: monthLabel(m.month),
    length: m.onTimeRate === null ? 0 : Math.round(m.onTimeRate * 100),
    text: m.onTimeRate === null ? '无答复' : percent(m.onTimeRate)
  }))
}
