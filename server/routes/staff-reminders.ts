import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { chinaDateOf } from '@/core/residents/china-time'
import { ErrorBodySchema } from '@/core/schemas/common'
import { ReminderRunSchema } from '@/core/schemas/staff'
import type { NotifyTransport } from '../adapters/notify'
import type { Db } from '../db/db'
import { CalendarSource } from '../repositories/calendar-repository'
import { recordStaffAudit } from '../repositories/cases-repository'
import { actorOf, assertStaffCan, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'
import { sendFollowUpReminders } from '../staff/follow-ups'
import type { QueueKeeper } from '../staff/queue-keeper'
import { sendDueReminders } from '../staff/reminders'

/**
 * POST /staff/reminders/run: sends the supervision reminders due today, of replies' deadlines and of
 * follow-ups' promised dates (回访). Run it from a daily timer
 * (cron: `curl -X POST -H "Authorization: Bearer <system token>" …`) or from the workbench.
 */
export const staffReminderRoutes: FastifyPluginAsyncZod<{ db: Db; calendar: CalendarSource; keeper: QueueKeeper; notify: NotifyTransport; auth: StaffAuthDeps }> = async (
  app,
  { db, calendar, keeper, notify, auth }
) => {
  app.post(
    '/staff/reminders/run',
    {
      preHandler: requireStaff(auth),
      schema: { summary: '发送今天到期的督办提醒（每条提醒只发一次）', tags: ['工作人员'], response: { 200: ReminderRunSchema, 401: ErrorBodySchema, 403: ErrorBodySchema } }
    },
    async (request) => {
      const staff = staffOf(request)
      assertStaffCan(staff, 'send_reminders')
      const cal = await calendar.current()
      const now = auth.now()
      await keeper.refresh(chinaDateOf(now))
      const replies = await sendDueReminders(db, notify, cal, now, request.log)
      const run = { asOf: replies.asOf, sent: [...replies.sent, ...(await sendFollowUpReminders(db, notify, cal, now, request.log))] }
      await recordStaffAudit(db, actorOf(staff), 'send_reminders', null, { asOf: run.asOf, sent: run.sent.length })
      return run
    }
  )
}
