import { RATING_LABELS } from '@/core/schemas/cases'
import type { AnnualDisclosureTable, Dashboard, MonthlyTrend } from '@/core/schemas/reports'
import type { Cell, ExportTable } from './table'

/** The reports as tables to export, headed and worded for the office's paperwork. */

const percent = (rate: number | null): Cell => (rate === null ? null : `${(rate * 100).toFixed(1)}%`)

export function dashboardTable(d: Dashboard): ExportTable {
  const rows: Cell[][] = [
    ['指标', '数值'],
    ['统计期间', `${d.from} 至 ${d.to}`],
    ['部门', d.department ?? '全部部门'],
    ['统计截至', d.asOf],
    ['收到件数', d.received],
    ['办结件数', d.closed],
    ['办结率', percent(d.completionRate)],
    ['答复件数', d.replied],
    ['按期答复件数', d.repliedOnTime],
    ['按期答复率', percent(d.onTimeRate)],
    ['平均办理时间（工作日）', d.averageWorkingDays],
    ['即办件数', d.onTheSpot],
    ['即办件占比', percent(d.onTheSpotRate)],
    ...(['satisfied', 'basically_satisfied', 'average', 'dissatisfied', 'unknown'] as const).map((r): Cell[] => [`评价：${RATING_LABELS[r]}`, d.ratings[r]]),
    ['满意率', percent(d.satisfactionRate)],
    ['评议得分', d.appraisalScore],
    ['当前超期件数', d.overdueNow]
  ]
  return { name: '办理情况统计', rows }
}

export function trendTable(t: MonthlyTrend): ExportTable {
  return {
    name: `${t.year}年逐月办理情况`,
    rows: [['月份', '收到件数', '答复件数', '按期答复件数', '按期答复率'], ...t.months.map((m): Cell[] => [m.month, m.received, m.replied, m.repliedOnTime, percent(m.onTimeRate)])]
  }
}

/** The yearly table as the template lays it out: the row's words, then one column per applicant type. */
export function annualDisclosureExportTable(t: AnnualDisclosureTable): ExportTable {
  return {
    name: t.title,
    rows: [
      ['项目', ...t.columns.map((c) => c.label)],
      ...t.rows.map((r): Cell[] => [`${'　'.repeat(r.depth)}${r.label}`, ...t.columns.map((c) => (r.counts ? r.counts[c.key] : null))])
    ]
  }
}
