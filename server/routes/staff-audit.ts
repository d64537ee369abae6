import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { ErrorBodySchema } from '@/core/schemas/common'
import { StaffAuditPageSchema, StaffAuditQuerySchema } from '@/core/schemas/staff'
import type { Db } from '../db/db'
import { AppError } from '../http/errors'
import { listStaffAudit } from '../repositories/staff-audit-repository'
import { findStaffCase } from '../repositories/staff-cases-repository'
import { assertStaffCan, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'

/** GET /staff/audit: read-only; no route updates or deletes the log. */
export const staffAuditRoutes: FastifyPluginAsyncZod<{ db: Db; auth: StaffAuthDeps }> = async (app, { db, auth }) => {
  app.get(
    '/staff/audit',
    {
      onRequest: requireStaff(auth),
      schema: {
        summary: '操作审计日志（指定事项编号查看该事项；不指定时仅系统管理员可查全部；可按操作人、操作类型、日期筛选）',
        tags: ['工作人员'],
        querystring: StaffAuditQuerySchema,
        response: { 200: StaffAuditPageSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      const { page, pageSize, ...filter } = request.query
      const { trackingNo } = filter
      if (!trackingNo) assertStaffCan(staff, 'view_audit_all')
      else if (!staff.roles.includes('admin')) {
        const c = await findStaffCase(db, trackingNo)
        if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '未找到该事项')
        assertStaffCan(staff, 'view_case', c)
      }
      const { items, total } = await listStaffAudit(db, filter, page, pageSize)
      return { items, total, page, pageSize }
    }
  )
}
