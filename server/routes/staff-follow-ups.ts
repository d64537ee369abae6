import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { chinaDateOf } from '@/core/residents/china-time'
import { ErrorBodySchema } from '@/core/schemas/common'
import { FollowUpPageSchema, FollowUpQuerySchema } from '@/core/schemas/follow-ups'
import { arrangeFollowUps, canStaff, seesAllCases } from '@/core/staff'
import type { Db } from '../db/db'
import { CalendarSource } from '../repositories/calendar-repository'
import { recordStaffAudit } from '../repositories/cases-repository'
import { followUpCandidates, staffNamesOf } from '../repositories/follow-ups-repository'
import { actorOf, assertStaffCan, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'
import { followUpTasksOf } from '../staff/follow-ups'

/**
 * GET /staff/follow-ups: the follow-ups (回访) owed after 不满意 ratings, or those made, in the scope
 * the permission matrix gives the person for `follow_up` (as the case queue). Computed from events;
 * a follow-up is recorded as the `follow_up` action of POST /staff/cases/:trackingNo/events.
 */
export const staffFollowUpRoutes: FastifyPluginAsyncZod<{ db: Db; calendar: CalendarSource; auth: StaffAuthDeps }> = async (app, { db, calendar, auth }) => {
  app.get(
    '/staff/follow-ups',
    {
      onRequest: requireStaff(auth),
      schema: {
        summary: '回访任务：群众评价“不满意”后应回访的事项（按承诺的回访日期排序；含群众电话，查看记入审计日志）',
        tags: ['工作人员'],
        querystring: FollowUpQuerySchema,
        response: { 200: FollowUpPageSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      assertStaffCan(staff, 'follow_up')
      const { state, due, page, pageSize } = request.query
      const asOf = chinaDateOf(auth.now())
      const cal = await calendar.current()
      const cases = (await followUpCandidates(db, seesAllCases(staff) ? { all: true } : { all: false, department: staff.department })).filter((c) =>
        canStaff(staff, 'follow_up', c)
      )
      const names = await staffNamesOf(db, cases.flatMap((c) => c.events.filter((e) => e.type === 'followed_up').map((e) => e.actor)))
      const answer = arrangeFollowUps(
        cases.flatMap((c) => followUpTasksOf(c, cal, asOf, names)),
        { state, due },
        page,
        pageSize
      )
      // The list carries residents' phone numbers: who looked at which is on record.
      await recordStaffAudit(db, actorOf(staff), 'view_follow_ups', null, { state, page, trackingNos: answer.items.map((i) => i.trackingNo) })
      return answer
    }
  )
}
