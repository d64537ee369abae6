import { z } from 'zod'
import { text } from './primitives'
import { CalendarDateSchema } from './common'

/** The office's record (issue 5): the dashboard, the monthly trends and the yearly disclosure table. */

export const ReportFormatSchema = z.enum(['json', 'csv', 'xlsx'], { error: '导出格式应为 csv 或 xlsx' }).default('json')
export type ReportFormat = z.infer<typeof ReportFormatSchema>

const department = text().trim().min(1).max(50, { error: '部门名称最多 50 个字' }).optional().meta({ description: 'a department name; every department when absent' })

export const DashboardQuerySchema = z
  .object({
    from: CalendarDateSchema.meta({ description: 'first day of receipt counted' }),
    to: CalendarDateSchema.meta({ description: 'last day of receipt counted' }),
    department,
    format: ReportFormatSchema
  })
  .refine((q) => q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['to'] })
  .meta({ id: 'DashboardQuery' })
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>

/** A share in [0, 1] rounded to 4 places, or null when nothing was there to count. */
const rate = z.number().min(0).max(1).nullable()

export const RatingCountsSchema = z.object({
  satisfied: z.number().int(),
  basically_satisfied: z.number().int(),
  average: z.number().int(),
  dissatisfied: z.number().int(),
  unknown: z.number().int()
})
export type RatingCounts = z.infer<typeof RatingCountsSchema>

export const DashboardSchema = z
  .object({
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    department: text().nullable(),
    /** The day clocks were computed at: `to`, or today while the period runs. */
    asOf: CalendarDateSchema,
    /** Cases received in the period. */
    received: z.number().int(),
    /** Of those, concluded by `asOf`: replied, not accepted, withdrawn or taken as withdrawn. */
    closed: z.number().int(),
    completionRate: rate,
    /** Of those, answered with a reply. */
    replied: z.number().int(),
    repliedOnTime: z.number().int(),
    onTimeRate: rate,
    /** Working days from receipt to reply, averaged over the replies, one decimal. */
    averageWorkingDays: z.number().nullable(),
    /** 即办件: replied on the day of receipt. */
    onTheSpot: z.number().int(),
    onTheSpotRate: rate,
    ratings: RatingCountsSchema,
    /** 满意 and 基本满意 among the counted ratings (不了解 is not counted). */
    satisfactionRate: rate,
    /** 评议 score: 满意 100, 基本满意 85, 一般 70, 不满意 55, averaged over the counted ratings, two decimals. */
    appraisalScore: z.number().nullable(),
    /** Cases of the department past their statutory due date as of `asOf`, whenever received. */
    overdueNow: z.number().int()
  })
  .meta({ id: 'Dashboard' })
export type Dashboard = z.infer<typeof DashboardSchema>

export const TrendQuerySchema = z
  .object({
    year: z.coerce.number({ error: '年份必须是数字' }).int().min(2000, { error: '年份应在 2000 到 2100 之间' }).max(2100, { error: '年份应在 2000 到 2100 之间' }),
    department
  })
  .meta({ id: 'TrendQuery' })

export const MonthlyTrendSchema = z
  .object({
    year: z.number().int(),
    department: text().nullable(),
    months: z.array(
      z.object({
        /** YYYY-MM */
        month: text(),
        received: z.number().int(),
        /** Replies given in the month. */
        replied: z.number().int(),
        repliedOnTime: z.number().int(),
        onTimeRate: rate
      })
    )
  })
  .meta({ id: 'MonthlyTrend' })
export type MonthlyTrend = z.infer<typeof MonthlyTrendSchema>

export const AnnualDisclosureQuerySchema = z
  .object({
    year: z.coerce.number({ error: '年份必须是数字' }).int().min(2000, { error: '年份应在 2000 到 2100 之间' }).max(2100, { error: '年份应在 2000 到 2100 之间' }),
    format: ReportFormatSchema
  })
  .meta({ id: 'AnnualDisclosureQuery' })

/** The columns of the State Council's table (domain.md §7), in its order. */
export const DISCLOSURE_COLUMNS = ['citizen', 'commercial', 'research', 'social_welfare', 'legal_service', 'other', 'total'] as const
export type DisclosureColumn = (typeof DISCLOSURE_COLUMNS)[number]
export const DISCLOSURE_COLUMN_LABELS: Record<DisclosureColumn, string> = {
  citizen: '自然人',
  commercial: '法人或其他组织：商业企业',
  research: '法人或其他组织：科研机构',
  social_welfare: '法人或其他组织：社会公益组织',
  legal_service: '法人或其他组织：法律服务机构',
  other: '法人或其他组织：其他',
  total: '总计'
}

export const DisclosureCountsSchema = z.object({
  citizen: z.number().int(),
  commercial: z.number().int(),
  research: z.number().int(),
  social_welfare: z.number().int(),
  legal_service: z.number().int(),
  other: z.number().int(),
  total: z.number().int()
})
export type DisclosureCounts = z.infer<typeof DisclosureCountsSchema>

export const AnnualDisclosureTableSchema = z
  .object({
    year: z.number().int(),
    title: text(),
    columns: z.array(z.object({ key: z.enum(DISCLOSURE_COLUMNS), label: text() })),
    rows: z.array(
      z.object({
        /** A reply outcome for a leaf of 三; new, carried_over, results_total, carried_forward; a group key otherwise. */
        key: text(),
        /** As the template words it: 一、本年新收政府信息公开申请数量, (一) 予以公开, 1. 属于国家秘密 … */
        label: text(),
        /** 0 for 一 二 三 四, 1 for (一)…(七), 2 for the numbered leaves. */
        depth: z.number().int(),
        /** null on a heading row that the template leaves without figures. */
        counts: DisclosureCountsSchema.nullable()
      })
    )
  })
  .meta({ id: 'AnnualDisclosureTable' })
export type AnnualDisclosureTable = z.infer<typeof AnnualDisclosureTableSchema>
