import type { ResidentStatus } from '@/core/schemas/cases'
import type { CaseKind } from '@/core/schemas/clock'
import type { QueueDue } from '@/core/schemas/staff'
import type { DueWindow, QueueKeys, QueueScope } from '@/core/staff'
import type { Db, Queryable } from '../db/db'
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
  /** The cases the person may see (`queueScopeOf`): every case, every information request, a department's desk. */
  scope: QueueScope
  kind?: CaseKind
  channel?: string
  department?: string
  status?: ResidentStatus
  due?: QueueDue
  window: DueWindow
  page: number
  pageSize: number
}

/** A case whose kept queue keys are out of date, with the version of its events they will be computed from. */
export interface StaleCase extends CaseRecord {
  queueVersion: number
}

/** Up to `limit` cases whose queue keys are stale, with their events (two queries). */
export async function staleQueueCases(db: Queryable, limit: number): Promise<StaleCase[]> {
  const rows = await db.query<CaseRow & { queue_version: number }>(
    `SELECT ${CASE_COLUMNS}, c.queue_version FROM cases c WHERE c.queue_stale ORDER BY c.id LIMIT $1`,
    [limit]
  )
  const events = await eventsOf(db, rows.map((r) => r.id))
  return rows.map((r) => ({ ...toRecord(r, events.get(r.id) ?? []), queueVersion: r.queue_version }))
}

/**
 * Keeps freshly computed queue keys, one statement for all. A case whose events changed since they
 * were read (its version moved on) keeps its stale mark and is computed again.
 */
export async function keepQueueKeys(db: Queryable, kept: { id: number; version: number; keys: QueueKeys }[]): Promise<void> {
  if (kept.length === 0) return
  await db.query(
    `UPDATE cases c SET queue_due_date = k.due_date, queue_step = k.step, queue_status = k.status,
       queue_correction_due = k.correction_due, queue_consultation_due = k.consultation_due, queue_stale = false
     FROM unnest($1::int[], $2::int[], $3::date[], $4::text[], $5::text[], $6::date[], $7::date[])
       AS k(id, version, due_date, step, status, correction_due, consultation_due)
     WHERE c.id = k.id AND c.queue_version = k.version`,
    [
      kept.map((k) => k.id),
      kept.map((k) => k.version),
      kept.map((k) => k.keys.dueDate),
      kept.map((k) => k.keys.step),
      kept.map((k) => k.keys.status),
      kept.map((k) => k.keys.correctionDueOn),
      kept.map((k) => k.keys.consultationDueOn)
    ]
  )
}

/**
 * Records the fingerprint of the calendar and rules the kept keys follow; when it differs from the
 * one they were computed with, every case is marked stale (one transaction).
 */
export async function adoptQueueFingerprint(db: Db, fingerprint: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [state] = await tx.query<{ calendar_version: string }>('SELECT calendar_version FROM case_queue_state FOR UPDATE')
    if (state?.calendar_version === fingerprint) return
    await tx.query(
      `INSERT INTO case_queue_state (calendar_version) VALUES ($1)
       ON CONFLICT (only_row) DO UPDATE SET calendar_version = EXCLUDED.calendar_version`,
      [fingerprint]
    )
    if (state) await tx.query('UPDATE cases SET queue_stale = true WHERE NOT queue_stale')
  })
}

// The three things about a case that change with the days, from the date the queue is asked on ($1)
// and the first day of more than three working days left ($2): see QueueKeys and dueWindowOf.
const LAPSED = `(c.queue_step = 'awaiting_correction' AND c.queue_correction_due < $1::date)`
// Only a status read off the clock's step changes with a lapse; one read off the events (a reply, a
// withdrawal) stays. A third party's lapsed period (条例 第三十二条) leaves the case in progress again.
const STATUS = `CASE WHEN ${LAPSED} AND c.queue_status = 'awaiting_your_correction' THEN 'closed_without_correction'
  WHEN c.queue_status = 'awaiting_third_party' AND c.queue_consultation_due < $1::date THEN 'in_progress'
  ELSE c.queue_status END`
const DUE = `CASE WHEN c.queue_step = 'done' OR ${LAPSED} THEN NULL
  WHEN c.queue_due_date IS NULL OR c.queue_due_date >= $2::date THEN 'on_track'
  WHEN c.queue_due_date < $1::date THEN 'overdue'
  ELSE 'due_soon' END`
/** The statuses of a case the office still owes something on (its step is not done): see residentStatusOf. */
const OPEN_STATUSES: ReadonlySet<ResidentStatus> = new Set(['awaiting_acceptance', 'in_progress', 'awaiting_third_party', 'awaiting_your_correction'])
// Who may see which cases (inQueueScope: $3 everything, $9 every information request, $10 a desk of
// department $4 with the 信访 intake) and the filters.
const IN_SCOPE = `($3::boolean OR ($9::boolean AND c.kind = 'info_request')
  OR ($10::boolean AND (c.department = $4::text OR (c.department IS NULL AND c.kind <> 'info_request'))))`
const IN_FILTER = `${IN_SCOPE}
  AND ($5::text IS NULL OR c.kind = $5) AND ($6::text IS NULL OR c.channel = $6) AND ($7::text IS NULL OR c.department = $7)`

/**
 * One page of the queue from the kept keys: soonest due date first, nothing due last, then the
 * oldest receipt and the tracking number; with the count of each status in the due filter (the
 * workbench's tabs), before the status filter. The counts read the open cases one by one and the
 * finished ones from their kept sums (case_queue_done_counts), which a due filter leaves out anyway.
 */
export async function queuePage(db: Queryable, f: QueueFilter): Promise<{ items: StaffCaseRecord[]; total: number; counts: Record<string, number> }> {
  const params = [
    f.window.today,
    f.window.soonBefore,
    f.scope.all,
    f.scope.department,
    f.kind ?? null,
    f.channel ?? null,
    f.department ?? null,
    f.due ?? null,
    f.scope.infoRequests,
    f.scope.desk
  ]
  const countRows = await db.query<{ status: string; n: number | string }>(
    `SELECT status, sum(n) AS n FROM (
       SELECT ${STATUS} AS status, count(*) AS n FROM cases c
       WHERE c.queue_step IS DISTINCT FROM 'done' AND c.queue_status IS NOT NULL AND ${IN_FILTER} AND ($8::text IS NULL OR ${DUE} = $8)
       GROUP BY 1
       UNION ALL
       SELECT c.status, c.n FROM case_queue_done_counts c
       WHERE $8::text IS NULL AND c.n > 0
         AND ($3::boolean OR ($9::boolean AND c.kind = 'info_request')
           OR ($10::boolean AND (c.department = $4::text OR (c.department = '' AND c.kind <> 'info_request'))))
         AND ($5::text IS NULL OR c.kind = $5) AND ($6::text IS NULL OR c.channel = $6) AND ($7::text IS NULL OR c.department = $7)
     ) counted GROUP BY status`,
    params
  )
  const counts = Object.fromEntries(countRows.map((r) => [r.status, Number(r.n)]))
  const total = f.status ? (counts[f.status] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0)
  // Said again when it holds, so that the planner walks the open cases' index (cases_queue_open_order).
  const openOnly = f.due !== undefined || (f.status !== undefined && OPEN_STATUSES.has(f.status))
  const ids = await db.query<{ id: number }>(
    `SELECT c.id FROM cases c
     WHERE ${IN_FILTER} AND ($8::text IS NULL OR ${DUE} = $8) AND ($11::text IS NULL OR ${STATUS} = $11)
       ${openOnly ? `AND c.queue_step IS DISTINCT FROM 'done'` : ''}
     ORDER BY c.queue_due_date NULLS LAST, c.received_on, c.tracking_no COLLATE "C"
     LIMIT $12 OFFSET $13`,
    [...params, f.status ?? null, f.pageSize, (f.page - 1) * f.pageSize]
  )
  if (ids.length === 0) return { items: [], total, counts }
  const rows = await db.query<CaseRow & { department: string | null }>(
    `SELECT ${CASE_COLUMNS}, c.department FROM cases c WHERE c.id = ANY($1::int[])`,
    [ids.map((r) => r.id)]
  )
  const events = await eventsOf(db, rows.map((r) => r.id))
  const byId = new Map(rows.map((r) => [r.id, { ...toRecord(r, events.get(r.id) ?? []), department: r.department }]))
  return { items: ids.map((r) => byId.get(r.id) as StaffCaseRecord), total, counts }
}

/**
 * How many cases are overdue on `day` by their kept keys (what the queue's 已超期 filter counts; a
 * case changed since the keys were last brought up to date counts as it stood then).
 */
export async function countOverdueCases(db: Queryable, day: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases c WHERE (${DUE}) = 'overdue'`, [day, day])
  return row.n
}

/**
 * The cases the office still owes an answer on that are due before `day`, by their kept keys, with
 * their events: those supervision reminds of (`dueWindowOf(cal, asOf).soonBefore`).
 */
export async function casesDueBefore(db: Queryable, day: string): Promise<StaffCaseRecord[]> {
  const rows = await db.query<CaseRow & { department: string | null }>(
    `SELECT ${CASE_COLUMNS}, c.department FROM cases c
     WHERE c.queue_due_date < $1::date AND c.queue_step <> 'done' ORDER BY c.queue_due_date, c.id`,
    [day]
  )
  const events = await eventsOf(db, rows.map((r) => r.id))
  return rows.map((r) => ({ ...toRecord(r, events.get(r.id) ?? []), department: r.department }))
}

