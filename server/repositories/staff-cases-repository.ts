import type { CaseKind } from '@/core/schemas/clock'
import type { Queryable } from '../db/db'
import { CASE_COLUMNS, eventsOf, findCase, toRecord, type CaseRecord, type CaseRow } from './cases-repository'

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
  const rows = await db.query<CaseRow & { department: string | null }>(
    `SELECT ${CASE_COLUMNS}, c.department
     FROM cases c
     WHERE ($1::text IS NULL OR c.department = $1 OR c.department IS NULL)
       AND ($2::text IS NULL OR c.kind = $2) AND ($3::text IS NULL OR c.channel = $3) AND ($4::text IS NULL OR c.department = $4)
     ORDER BY c.id`,
    [f.scopeDepartment, f.kind ?? null, f.channel ?? null, f.department ?? null]
  )
  const events = await eventsOf(db, rows.map((r) => r.id))
  return rows.map((r) => ({ ...toRecord(r, events.get(r.id) ?? []), department: r.department }))
}
