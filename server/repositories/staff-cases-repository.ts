import type { CaseKind } from '@/core/schemas/clock'
import type { Queryable } from '../db/db'
import { findCase, type CaseRecord, type StoredEvent } from './cases-repository'

/** Cases as staff see them: with the department handling them, and the queue's candidates. */

export interface StaffCaseRecord extends CaseRecord {
  /** The department handling the case; null while in the intake queue. */
  department: string | null
  /** Names of the staff who acted on the case, by actor (`staff:12` → 王芳); loaded with one case only. */
  actorNames?: Record<string, string>
}

/** A case with its department and the names of its staff actors; `lock` takes a row lock (inside a transaction). */
export async function findStaffCase(db: Queryable, trackingNo: string, lock = false): Promise<StaffCaseRecord | undefined> {
  const c = await findCase(db, trackingNo, lock)
  if (!c) return undefined
  const [row] = await db.query<{ department: string | null }>('SELECT department FROM cases WHERE id = $1', [c.id])
  const actors = [...new Set(c.events.map((e) => e.actor))]
  const names = await db.query<{ actor: string; name: string }>("SELECT 'staff:' || id AS actor, name FROM staff_accounts WHERE 'staff:' || id = ANY($1::text[])", [actors])
  return { ...c, department: row.department, actorNames: Object.fromEntries(names.map((n) => [n.actor, n.name])) }
}

export async function setCaseDepartment(db: Queryable, caseId: number, department: string | null): Promise<void> {
  await db.query('UPDATE cases SET department = $2 WHERE id = $1', [caseId, department])
}

export interface QueueFilter {
  /** Only cases of this department and the intake queue (a clerk's or head's scope); all when null. */
  scopeDepartment: string | null
  kind?: CaseKind
  channel?: string
  department?: string
}

/**
 * Every case in the filter with its events, in two queries whatever their number: the queue's
 * order and its status and due-date filters are computed from the clocks, which live in core.
 */
export async function queueCandidates(db: Queryable, f: QueueFilter): Promise<StaffCaseRecord[]> {
  const rows = await db.query<{
    id: number
    tracking_no: string
    kind: CaseKind
    account_id: number | null
    phone: string | null
    title: string
    body: Record<string, unknown>
    id_number_enc: string | null
    received_on: string
    channel: string
    department: string | null
  }>(
    `SELECT c.id, c.tracking_no, c.kind, c.account_id, c.phone, c.title, c.body, c.id_number_enc,
            to_char(c.received_on, 'YYYY-MM-DD') AS received_on, c.channel, c.department
     FROM cases c
     WHERE ($1::text IS NULL OR c.department = $1 OR c.department IS NULL)
       AND ($2::text IS NULL OR c.kind = $2) AND ($3::text IS NULL OR c.channel = $3) AND ($4::text IS NULL OR c.department = $4)
     ORDER BY c.id`,
    [f.scopeDepartment, f.kind ?? null, f.channel ?? null, f.department ?? null]
  )
  const events = new Map<number, StoredEvent[]>(rows.map((r) => [r.id, []]))
  if (rows.length > 0) {
    const eventRows = await db.query<{ case_id: number; type: string; on: string; data: Record<string, unknown>; actor: string }>(
      `SELECT e.case_id, e.type, to_char(e.on_date, 'YYYY-MM-DD') AS on, e.data, e.actor FROM case_events e
       WHERE e.case_id = ANY($1::int[]) ORDER BY e.on_date, e.id`,
      [rows.map((r) => r.id)]
    )
    for (const e of eventRows) events.get(e.case_id)?.push({ type: e.type, on: e.on, data: e.data, actor: e.actor })
  }
  return rows.map((r) => ({
    id: r.id,
    trackingNo: r.tracking_no,
    kind: r.kind,
    accountId: r.account_id,
    phone: r.phone,
    title: r.title,
    body: r.body,
    idNumberEnc: r.id_number_enc,
    receivedOn: r.received_on,
    channel: r.channel,
    department: r.department,
    events: events.get(r.id) ?? []
  }))
}
