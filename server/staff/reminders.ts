import type { FastifyInstance } from 'fastify'
import type { WorkingDayCalendar } from '@/core/calendar'
import { chinaDateOf } from '@/core/residents/china-time'
import type { ReminderRun } from '@/core/schemas/staff'
import { dueWindowOf, recipientsOf, remindersDue } from '@/core/staff'
import { notifyWithoutFailing, type DeliveryLog, type NotifyTransport } from '../adapters/notify'
import type { Queryable } from '../db/db'
import { casesDueBefore } from '../repositories/staff-cases-repository'
import { claimReminder, staffWithRoles } from '../repositories/staff-supervision-repository'
import { clockOfRecord } from '../residents/case-views'

/**
 * Sends the supervision reminders due at `now` through the notify transport, each once per case,
 * level and due date (an approved extension moves the due date and reminds again). A delivery that
 * fails is written to `log` and keeps neither the others nor the run from going on.
 */
export async function sendDueReminders(db: Queryable, notify: NotifyTransport, calendar: WorkingDayCalendar, now: Date, log: DeliveryLog): Promise<ReminderRun> {
  const asOf = chinaDateOf(now)
  // Only cases due within the reminders' reach: the queue keys must be fresh (QueueKeeper.refresh).
  const cases = (await casesDueBefore(db, dueWindowOf(calendar, asOf).soonBefore)).map((c) => ({ trackingNo: c.trackingNo, title: c.title, department: c.department, clock: clockOfRecord(c, calendar, asOf) }))
  const sent: ReminderRun['sent'] = []
  for (const reminder of remindersDue(cases, calendar, asOf)) {
    const { roles, department } = recipientsOf(reminder.level, reminder.department)
    const recipients = await staffWithRoles(db, roles, department)
    if (!(await claimReminder(db, reminder, now, recipients.length))) continue
    // A reminder that fails for one person is logged; the others still get theirs.
    for (const staff of recipients) await notifyWithoutFailing(notify, { to: { phone: staff.phone }, trackingNo: reminder.trackingNo, text: reminder.text, at: now.toISOString() }, log)
    sent.push({ ...reminder, recipients: recipients.length })
  }
  return { asOf, sent }
}

/** How often a running server sends the reminders that have come due (each is sent once anyway). */
export const REMINDER_INTERVAL_MS = 60 * 60_000

/**
 * Runs POST /api/v1/staff/reminders/run inside the server now and then every `intervalMs`, as the
 * system, so supervision needs no cron. Answers a stop function for closing.
 */
export function scheduleReminders(
  app: Pick<FastifyInstance, 'inject' | 'log'>,
  systemToken: string,
  intervalMs: number = REMINDER_INTERVAL_MS
): () => void {
  const run = async () => {
    try {
      const answer = await app.inject({ method: 'POST', url: '/api/v1/staff/reminders/run', headers: { authorization: `Bearer ${systemToken}` } })
      if (answer.statusCode !== 200) app.log.error({ status: answer.statusCode, body: answer.body }, 'supervision reminders failed')
    } catch (error) {
      app.log.error({ err: error }, 'supervision reminders failed')
    }
  }
  void run()
  const timer = setInterval(() => void run(), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
