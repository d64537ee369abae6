import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { chinaDateOf } from '@/core/residents/china-time'
import { ErrorBodySchema } from '@/core/schemas/common'
import { ReminderRunSchema } from '@/core/schemas/staff'
import type { Db } from '../db/db'
import type { DeliveryBell } from '../deliveries/worker'
import { CalendarSource } from '../repositories/calendar-repository'
import { recordStaffAudit } from '../repositories/cases-repository'
import { actorOf, assertStaffCan, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'
import { queueFollowUpReminders } from '../staff/follow-ups'
import type { QueueKeeper } from '../staff/queue-keeper'
import { queueDueReminders } from '../staff/reminders'

/**
 * POST /staff/reminders/run: sends the supervision reminders due today, of replies' deadlines and of
 * follow-ups' promised dates (回访), through the delivery worker. Run it from a daily timer
 * (cron: `curl -X POST -H "Authorization: Bearer <system token>" …`) or from the workbench.
 */
export const staffReminderRoutes: FastifyPluginAsyncZod<{ db: Db; calendar: CalendarSource; keeper: QueueKeeper; bell: DeliveryBell; auth: StaffAuthDeps }> = async (
  app,
  { db, calendar, keeper, bell, auth }
) => {
  app.post(
    '/staff/reminders/run',
    {
      onRequest: requireStaff(auth),
      schema: { summary: '发送今天到期的督办提醒（每条提醒只发一次）', tags: ['工作人员'], response: { 200: ReminderRunSchema, 401: ErrorBodySchema, 403: ErrorBodySchema } }
    },
    async (request) => {
      const staff = staffOf(request)
      assertStaffCan(staff, 'send_reminders')
      const cal = await calendar.current()
      const now = auth.now()
      await keeper.refresh(chinaDateOf(now))
      const replies = await queueDueReminders(db, cal, now)
      const run = { asOf: replies.asOf, sent: [...replies.sent, ...(await queueFollowUpReminders(db, cal, now))] }
      // Queued with their claims: the delivery worker sends them, and a provider's failure cannot fail this run.
      if (run.sent.length > 0) bell.ring()
      await recordStaffAudit(db, actorOf(staff), 'send_reminders', null, { asOf: run.asOf, sent: run.sent.length })
      return run
    }
  )
}
