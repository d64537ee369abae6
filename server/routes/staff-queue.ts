import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { residentStatusOf } from '@/core/residents/case-status'
import { chinaDateOf } from '@/core/residents/china-time'
import { ErrorBodySchema } from '@/core/schemas/common'
import { StaffQueueQuerySchema, StaffQueueSchema, type StaffQueueItem } from '@/core/schemas/staff'
import { dueBucketOf, dueWindowOf, escalationOf, hasPendingExtension, hasPendingReply, queueScopeOf } from '@/core/staff'
import type { Db } from '../db/db'
import { CalendarSource } from '../repositories/calendar-repository'
import { findCaseHandlingSettings } from '../repositories/case-handling-settings-repository'
import { queuePage } from '../repositories/staff-cases-repository'
import { clockOfRecord, recorded } from '../residents/case-views'
import { assertStaffCan, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'
import { caseStateOf } from '../staff/case-view'
import type { QueueKeeper } from '../staff/queue-keeper'

/**
 * GET /staff/cases: the cases the person may see (a clerk's or head's department and the intake
 * queue; everything for disclosure staff and leaders), sorted by due date. The order, the filters
 * and the counts come from the keys kept with each case (brought up to date first); the clocks of
 * the page's cases are computed in core from their events, as everywhere else.
 */
export const staffQueueRoutes: FastifyPluginAsyncZod<{ db: Db; calendar: CalendarSource; keeper: QueueKeeper; auth: StaffAuthDeps }> = async (
  app,
  { db, calendar, keeper, auth }
) => {
  app.get(
    '/staff/cases',
    {
      onRequest: requireStaff(auth),
      schema: {
        summary: '待办事项队列（按答复期限排序，可按类型、状态、科室、来源、期限筛选）',
        tags: ['工作人员'],
        querystring: StaffQueueQuerySchema,
        response: { 200: StaffQueueSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      assertStaffCan(staff, 'view_case')
      const { page, pageSize, ...filter } = request.query
      const asOf = chinaDateOf(auth.now())
      await keeper.refresh(asOf)
      const cal = await calendar.current()
      const found = await queuePage(db, { ...filter, scope: queueScopeOf(staff), window: dueWindowOf(cal, asOf), page, pageSize })
      const settings = await findCaseHandlingSettings(db)
      const items: StaffQueueItem[] = found.items.map((c) => {
        const clock = clockOfRecord(c, cal, asOf)
        const state = caseStateOf(c, clock, settings, cal, asOf)
        const { step, dueDate, unit, remaining, status: clockStatus, paused, provisional } = clock
        return {
          trackingNo: c.trackingNo,
          kind: c.kind,
          title: c.title,
          channel: c.channel,
          receivedOn: c.receivedOn,
          department: c.department,
          status: residentStatusOf(recorded(c.events), clock).status,
          clock: { step, dueDate, unit, remaining, status: clockStatus, paused, provisional },
          due: dueBucketOf(clock),
          escalation: escalationOf(clock, cal, asOf),
          pendingExtension: hasPendingExtension(state),
          pendingReply: hasPendingReply(state)
        }
      })
      return { items, total: found.total, page, pageSize, counts: found.counts }
    }
  )
}
