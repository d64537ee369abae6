import type { Queryable } from '../db/db'
import { CASE_COLUMNS, eventsOf, toRecord, type CaseRow } from './cases-repository'
import type { StaffCaseRecord } from './staff-cases-repository'

/**
 * The cases follow-ups (回访) are computed from: those rated 不满意 at least once. Nothing about a
 * follow-up is stored but its events; the partial index case_events_dissatisfied finds them.
 */

/**
 * Every case rated 不满意 in the scope, with its events, in two queries: `department` null for every
 * case (disclosure staff, leaders), else that department's and the intake queue's (clerks, heads).
 */
export async function followUpCandidates(db: Queryable, scope: { all: true } | { all: false; department: string | null }): Promise<StaffCaseRecord[]> {
  const rows = await db.query<CaseRow & { department: string | null }>(
    `SELECT ${CASE_COLUMNS}, c.department
     FROM cases c
     WHERE c.id IN (SELECT case_id FROM case_events WHERE type = 'rated' AND data->>'rating' = 'dissatisfied')
       AND ($1::boolean OR c.department IS NULL OR c.department = $2::text)
     ORDER BY c.id`,
    [scope.all, scope.all ? null : scope.department]
  )
  const events = await eventsOf(db, rows.map((r) => r.id))
  return rows.map((r) => ({ ...toRecord(r, events.get(r.id) ?? []), department: r.department }))
}

/** The names of the staff among the actors (`staff:12` → 王芳), in one query. */
export async function staffNamesOf(db: Queryable, actors: readonly string[]): Promise<Record<string, string>> {
  const staff = [...new Set(actors.filter((a) => a.startsWith('staff:')))]
  if (staff.length === 0) return {}
  const rows = await db.query<{ actor: string; name: string }>("SELECT 'staff:' || id AS actor, name FROM staff_accounts WHERE 'staff:' || id = ANY($1::text[])", [staff])
  return Object.fromEntries(rows.map((r) => [r.actor, r.name]))
}
