import type { ReminderLevel, ReminderSubject } from '@/core/staff'
import type { Queryable } from '../db/db'

/** Reminders already sent, and the staff each level reaches. */

/**
 * Claims a reminder; answers false when it was sent before. The primary key (case, subject, level,
 * due date) makes two concurrent runs send it once between them.
 */
export async function claimReminder(
  db: Queryable,
  r: { subject: ReminderSubject; trackingNo: string; level: ReminderLevel; dueDate: string },
  at: Date,
  recipients: number
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO staff_reminders (tracking_no, subject, level, due_date, sent_at, recipients) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING RETURNING tracking_no`,
    [r.trackingNo, r.subject, r.level, r.dueDate, at.toISOString(), recipients]
  )
  return rows.length > 0
}

/** Everyone enabled who holds one of the roles, in the department when given. */
export async function staffWithRoles(db: Queryable, roles: readonly string[], department: string | null): Promise<{ id: number; phone: string }[]> {
  return db.query(
    `SELECT id, phone FROM staff_accounts
     WHERE disabled_at IS NULL AND roles && $1::text[] AND ($2::text IS NULL OR department = $2) ORDER BY id`,
    [roles, department]
  )
}
