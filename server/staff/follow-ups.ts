import type { WorkingDayCalendar } from '@/core/calendar'
import type { Rating } from '@/core/schemas/cases'
import type { FollowUpTask } from '@/core/schemas/follow-ups'
import type { ReminderRun } from '@/core/schemas/staff'
import { escalationOf, followUpClockOf, followUpDueOf, followUpOwnerOf, followUpRemindersDue, followUpsOf, openFollowUpOf } from '@/core/staff'
import { chinaDateOf } from '@/core/residents/china-time'
import type { Db } from '../db/db'
import type { StoredEvent } from '../repositories/cases-repository'
import { followUpCandidates } from '../repositories/follow-ups-repository'
import type { StaffCaseRecord } from '../repositories/staff-cases-repository'
import { claimAndQueueReminder } from './reminders'

/** Follow-ups (回访) as the workbench and supervision see them, computed from the stored events. */

const withRatings = (events: readonly StoredEvent[]) => events.map((e) => ({ ...e, rating: e.data.rating as Rating | undefined }))
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

/** Every follow-up of a case, owed or made, as the list shows it. */
export function followUpTasksOf(c: StaffCaseRecord, cal: WorkingDayCalendar, asOf: string, names: Record<string, string>): FollowUpTask[] {
  const applicant = (c.body.applicant ?? {}) as Record<string, unknown>
  return followUpsOf(withRatings(c.events), asOf).map((f) => {
    const clock = followUpClockOf(f, cal, asOf)
    const call = f.call
    return {
      trackingNo: c.trackingNo,
      kind: c.kind,
      title: c.title,
      department: c.department,
      owner: followUpOwnerOf(c),
      phone: c.phone,
      residentName: text(c.body.residentName) ?? text(applicant.name),
      ratingComment: text(f.rating.data.comment),
      clock,
      due: followUpDueOf(clock),
      escalation: call ? null : escalationOf({ step: 'reply', dueDate: clock.dueDate }, cal, asOf),
      result: call
        ? {
            residentSaid: text(call.data.residentSaid) ?? text(call.data.text) ?? '',
            solved: call.data.solved === true,
            ...(text(call.data.note) ? { note: text(call.data.note) as string } : {}),
            actor: call.actor,
            actorName: names[call.actor] ?? null
          }
        : null
    }
  })
}

/**
 * Queues the supervision reminders of follow-ups whose promised date is near or past (督办), each once
 * per case, level and promised date, to the same people as a reply's reminders; the delivery worker
 * sends them, so a message that cannot be delivered now keeps neither the others nor the run from
 * going on, and is tried again.
 */
export async function queueFollowUpReminders(db: Db, cal: WorkingDayCalendar, now: Date): Promise<ReminderRun['sent']> {
  const asOf = chinaDateOf(now)
  const owed = (await followUpCandidates(db, { all: true })).flatMap((c) => {
    const open = openFollowUpOf(withRatings(c.events), asOf)
    return open ? [{ trackingNo: c.trackingNo, title: c.title, kind: c.kind, department: c.department, dueDate: followUpClockOf(open, cal, asOf).dueDate }] : []
  })
  const sent: ReminderRun['sent'] = []
  for (const reminder of followUpRemindersDue(owed, cal, asOf)) {
    const recipients = await claimAndQueueReminder(db, reminder, now)
    if (recipients !== null) sent.push({ ...reminder, recipients })
  }
  return sent
}
