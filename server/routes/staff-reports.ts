import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { annualDisclosureTable, dashboardOf, monthlyTrend } from '@/core/reports'
import { chinaDateOf } from '@/core/residents/china-time'
import { ErrorBodySchema } from '@/core/schemas/common'
import {
  AnnualDisclosureQuerySchema,
  AnnualDisclosureTableSchema,
  DashboardQuerySchema,
  DashboardSchema,
  MonthlyTrendSchema,
  ReportFormatSchema,
  TrendQuerySchema,
  type ReportFormat
} from '@/core/schemas/reports'
import type { Db } from '../db/db'
import { toCsv } from '../export/csv'
import { annualDisclosureExportTable, dashboardTable, trendTable } from '../export/report-tables'
import type { ExportTable } from '../export/table'
import { toXlsx, XLSX_CONTENT_TYPE } from '../export/xlsx'
import { CalendarSource } from '../repositories/calendar-repository'
import { recordStaffAudit } from '../repositories/cases-repository'
import { annualDisclosureCases, dashboardCases, trendCases } from '../repositories/reports-repository'
import type { StaffAccount } from '../repositories/staff-accounts-repository'
import { actorOf, forbidden, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema }
const OFFICE_WIDE = ['disclosure', 'leader', 'admin'] as const

/**
 * The department a person may report on: anyone office-wide may ask for any department or all of
 * them; a clerk or head sees their own department only, which is also their default.
 */
function reportDepartment(staff: StaffAccount, asked: string | undefined): string | null {
  if (staff.roles.some((r) => (OFFICE_WIDE as readonly string[]).includes(r))) return asked ?? null
  if (!staff.department || (asked !== undefined && asked !== staff.department)) throw forbidden()
  return staff.department
}

/** Sends a report as JSON, or as a CSV or XLSX file named after it. */
function sendReport<T>(reply: FastifyReply, format: ReportFormat, data: T, table: () => ExportTable, fileName: string): T | FastifyReply {
  if (format === 'json') return data
  const file = format === 'csv' ? toCsv(table()) : toXlsx([table()])
  return reply
    .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${fileName}.${format}"`)
    .header('cache-control', 'no-store')
    .send(file)
}

/**
 * The office's record: the dashboard of a period, the monthly trends for the charts and the yearly
 * disclosure table, each as JSON or exported (?format=csv|xlsx). Computed on request from the cases;
 * every request is written to the audit log.
 */
export const staffReportRoutes: FastifyPluginAsyncZod<{ db: Db; auth: StaffAuthDeps; calendar?: CalendarSource }> = async (app, { db, auth, calendar: shared }) => {
  const calendar = shared ?? new CalendarSource(db)
  const staffOnly = requireStaff(auth)

  app.get(
    '/staff/reports/dashboard',
    {
      onRequest: staffOnly,
      schema: {
        summary: '办理情况统计：收到、办结、办结率、按期答复率、平均办理工作日、即办件、满意率、评议得分、当前超期（format=csv|xlsx 导出）',
        tags: ['工作人员：统计'],
        querystring: DashboardQuerySchema,
        response: { 200: DashboardSchema, ...errors }
      }
    },
    async (request, reply) => {
      const staff = staffOf(request)
      const { from, to, format } = request.query
      const department = reportDepartment(staff, request.query.department)
      const today = chinaDateOf(auth.now())
      const asOf = to < today ? to : today
      const cal = await calendar.current()
      const dashboard = dashboardOf(await dashboardCases(db, { from, to, department }, cal, asOf), { from, to, department }, cal, asOf)
      await recordStaffAudit(db, actorOf(staff), 'view_report', null, { report: 'dashboard', from, to, department, format })
      return sendReport(reply, format, dashboard, () => dashboardTable(dashboard), `dashboard-${from}-${to}`)
    }
  )

  app.get(
    '/staff/reports/trend',
    {
      onRequest: staffOnly,
      schema: {
        summary: '逐月趋势：每月收到件数、答复件数和按期答复率（工作台图表；format=csv|xlsx 导出）',
        tags: ['工作人员：统计'],
        querystring: TrendQuerySchema.extend({ format: ReportFormatSchema }),
        response: { 200: MonthlyTrendSchema, ...errors }
      }
    },
    async (request, reply) => {
      const staff = staffOf(request)
      const { year, format } = request.query
      const department = reportDepartment(staff, request.query.department)
      const today = chinaDateOf(auth.now())
      const cal = await calendar.current()
      const trend = monthlyTrend(await trendCases(db, year, department, cal, today), year, department)
      await recordStaffAudit(db, actorOf(staff), 'view_report', null, { report: 'trend', year, department, format })
      return sendReport(reply, format, trend, () => trendTable(trend), `trend-${year}`)
    }
  )

  app.get(
    '/staff/reports/annual-disclosure',
    {
      onRequest: requireStaff(auth, OFFICE_WIDE),
      schema: {
        summary: '政府信息公开工作年度报告：收到和处理政府信息公开申请情况（format=csv|xlsx 导出）',
        tags: ['工作人员：统计'],
        querystring: AnnualDisclosureQuerySchema,
        response: { 200: AnnualDisclosureTableSchema, ...errors }
      }
    },
    async (request, reply) => {
      const staff = staffOf(request)
      const { year, format } = request.query
      const today = chinaDateOf(auth.now())
      const cal = await calendar.current()
      const table = annualDisclosureTable(await annualDisclosureCases(db, year, cal, today), year)
      await recordStaffAudit(db, actorOf(staff), 'view_report', null, { report: 'annual-disclosure', year, format })
      return sendReport(reply, format, table, () => annualDisclosureExportTable(table), `annual-disclosure-${year}`)
    }
  )
}
