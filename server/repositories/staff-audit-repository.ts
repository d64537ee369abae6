import type { StaffAuditEntry } from '@/core/schemas/staff'
import type { Queryable } from '../db/db'

/**
 * Reading the append-only audit log (staff_audit; rows are written by recordStaffAudit and a
 * trigger refuses UPDATE and DELETE). Newest first; actors `staff:<id>` carry the person's name.
 */
export async function listStaffAudit(db: Queryable, trackingNo: string | undefined, page: number, pageSize: number): Promise<{ items: StaffAuditEntry[]; total: number }> {
  const rows = await db.query<{ id: number; actor: string; actor_name: string | null; action: string; tracking_no: string | null; detail: Record<string, unknown>; at: Date | string; total: number | string }>(
    `SELECT a.id, a.actor, s.name AS actor_name, a.action, a.tracking_no, a.detail, a.at, count(*) OVER () AS total
     FROM staff_audit a LEFT JOIN staff_accounts s ON a.actor = 'staff:' || s.id
     WHERE $1::text IS NULL OR a.tracking_no = $1
     ORDER BY a.id DESC LIMIT $2 OFFSET $3`,
    [trackingNo ?? null, pageSize, (page - 1) * pageSize]
  )
  const total = rows[0] ? Number(rows[0].total) : Number((await db.query<{ n: number | string }>('SELECT count(*) AS n FROM staff_audit WHERE $1::text IS NULL OR tracking_no = $1', [trackingNo ?? null]))[0].n)
  return {
    items: rows.map((r) => ({ id: r.id, actor: r.actor, actorName: r.actor_name, action: r.action, trackingNo: r.tracking_no, detail: r.detail, at: new Date(r.at).toISOString() })),
    total
  }
}
