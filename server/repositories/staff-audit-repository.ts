import { addDays } from '@/core/calendar'
import { startOfChinaDay } from '@/core/residents/china-time'
import type { StaffAuditEntry } from '@/core/schemas/staff'
import type { Queryable } from '../db/db'

/** What to narrow the log to; every part left out matches everything. `from`/`to` are China-time days. */
export interface StaffAuditFilter {
  trackingNo?: string
  actor?: string
  action?: string
  from?: string
  to?: string
}

/**
 * Reading the append-only audit log (staff_audit; rows are written by recordStaffAudit and a
 * trigger refuses UPDATE and DELETE). Newest first; actors `staff:<id>` carry the person's name.
 * A day range runs from the start of `from` to the end of `to` in China time, whatever the server's TZ.
 */
export async function listStaffAudit(db: Queryable, filter: StaffAuditFilter, page: number, pageSize: number): Promise<{ items: StaffAuditEntry[]; total: number }> {
  const params = [
    filter.trackingNo ?? null,
    filter.actor ?? null,
    filter.action ?? null,
    filter.from ? startOfChinaDay(filter.from).toISOString() : null,
    filter.to ? startOfChinaDay(addDays(filter.to, 1)).toISOString() : null
  ]
  const where = `($1::text IS NULL OR a.tracking_no = $1)
     AND ($2::text IS NULL OR a.actor = $2)
     AND ($3::text IS NULL OR a.action = $3)
     AND ($4::timestamptz IS NULL OR a.at >= $4)
     AND ($5::timestamptz IS NULL OR a.at < $5)`
  const rows = await db.query<{ id: number; actor: string; actor_name: string | null; action: string; tracking_no: string | null; detail: Record<string, unknown>; at: Date | string; total: number | string }>(
    `SELECT a.id, a.actor, s.name AS actor_name, a.action, a.tracking_no, a.detail, a.at, count(*) OVER () AS total
     FROM staff_audit a LEFT JOIN staff_accounts s ON a.actor = 'staff:' || s.id
     WHERE ${where}
     ORDER BY a.id DESC LIMIT $6 OFFSET $7`,
    [...params, pageSize, (page - 1) * pageSize]
  )
  // A page past the end has no row to carry the window count.
  const total = rows[0] ? Number(rows[0].total) : Number((await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM staff_audit a WHERE ${where}`, params))[0].n)
  return {
    items: rows.map((r) => ({ id: r.id, actor: r.actor, actorName: r.actor_name, action: r.action, trackingNo: r.tracking_no, detail: r.detail, at: new Date(r.at).toISOString() })),
    total
  }
}
