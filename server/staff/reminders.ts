import type { FastifyInstance } from 'fastify'
import type { WorkingDayCalendar } from '@/core/calendar'
import { chinaDateOf } from '@/core/residents/china-time'
import type { ReminderRun } from '@/core/schemas/staff'
import { calendarImportReminderOf, dueWindowOf, recipientsOf, remindersDue, type Reminder } from '@/core/staff'
import type { Db } from '../db/db'
import { casesDueBefore } from '../repositories/staff-cases-repository'
import { queueDelivery } from '../repositories/deliveries-repository'
import { claimReminder, staffWithRoles } from '../repositories/staff-supervision-repository'
import { clockOfRecord } from '../residents/case-views'

/**
 * Queues the supervision reminders due at `now`, each once per case, level and due date (an approved
 * extension moves the due date and reminds again); the delivery worker sends them.
 */
export async function queueDueReminders(db: Db, calendar: WorkingDayCalendar, now: Date): Promise<ReminderRun> {
  const asOf = chinaDateOf(now)
  // Only cases due within the reminders' reach: the queue keys must be fresh (QueueKeeper.refresh).
  const cases = (await casesDueBefore(db, dueWindowOf(calendar, asOf).soonBefore)).map((c) => ({ trackingNo: c.trackingNo, title: c.title, kind: c.kind, department: c.department, clock: clockOfRecord(c, calendar, asOf) }))
  const sent: ReminderRun['sent'] = []
  const importCalendar = calendarImportReminderOf(calendar, asOf)
  for (const reminder of [...remindersDue(cases, calendar, asOf), ...(importCalendar ? [importCalendar] : [])]) {
    const recipients = await claimAndQueueReminder(db, reminder, now)
    if (recipients !== null) sent.push({ ...reminder, recipients })
  }
  return { asOf, sent }
}

/**
 * Claims a reminder and queues its message to everyone its level reaches, in one transaction: a
 * reminder counted as sent is one whose messages will go out, whatever becomes of the process or of
 * the SMS gateway. Answers how many people it reaches, or null when it was claimed before.
 */
export async function claimAndQueueReminder(db: Db, reminder: Reminder, now: Date): Promise<number | null> {
  return db.transaction(async (tx) => {
    const { roles, department } = recipientsOf(reminder.level, reminder.department, reminder.kind)
    const recipients = await staffWithRoles(tx, roles, department)
    if (!(await claimReminder(tx, reminder, now, recipients.length))) return null
    for (const staff of recipients) await queueDelivery(tx, { to: { staffId: staff.id }, trackingNo: reminder.trackingNo, text: reminder.text, at: now })
    return recipients.length
  })
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
