import type { CaseKind } from '@/core/schemas/clock'
import type { Queryable } from '../db/db'

/** Cases and their recorded events. Nothing derived (clock, status) is stored. */

export interface StoredEvent {
  type: string
  on: string
  data: Record<string, unknown>
  actor: string
}

export interface CaseRecord {
  id: number
  trackingNo: string
  kind: CaseKind
  accountId: number | null
  phone: string | null
  title: string
  body: Record<string, unknown>
  idNumberEnc: string | null
  receivedOn: string
  channel: string
  events: StoredEvent[]
}

/** A `cases` row as CASE_COLUMNS selects it. */
export interface CaseRow {
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
}

export const CASE_COLUMNS = `c.id, c.tracking_no, c.kind, c.account_id, c.phone, c.title, c.body, c.id_number_enc,
  to_char(c.received_on, 'YYYY-MM-DD') AS received_on, c.channel`

/** Cases a resident may see: their own, and those staff registered for their verified phone. */
const VISIBLE_TO = `(c.account_id = $1 OR (c.account_id IS NULL AND $2::text IS NOT NULL AND c.phone = $2::text))`

/** A signed-in resident: their account and verified phone. */
export interface Viewer {
  id: number
  phone: string | null
}

export class IdempotencyKeyReusedError extends Error {
  override name = 'IdempotencyKeyReusedError'
}

export interface NewCase {
  accountId: number
  idempotencyKey: string
  requestHash: string
  kind: CaseKind
  phone: string | null
  title: string
  body: Record<string, unknown>
  idNumberEnc: string | null
  receivedOn: string
  /** The notice of the receipt, in the app and by WeChat or SMS; the tracking number follows it. */
  notificationPrefix: string
  /** The instant of the submission, which the WeChat or SMS notice shows. */
  submittedAt: Date
}

/**
 * Creates a case unless the account already sent this idempotency key, in which case the first case
 * comes back (`created: false`). Run it inside a transaction: the key's row is inserted first, so a
 * concurrent repeat on PostgreSQL waits on the unique key until the first commits, then finds it.
 * A tracking number reads QS-<year received>-<serial>, e.g. QS-2026-000123.
 */
export async function createCaseOnce(tx: Queryable, c: NewCase): Promise<{ trackingNo: string; created: boolean }> {
  const claimed = await tx.query(
    `INSERT INTO idempotency_keys (account_id, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (account_id, key) DO NOTHING RETURNING key`,
    [c.accountId, c.idempotencyKey, c.requestHash]
  )
  if (claimed.length === 0) {
    const rows = await tx.query<{ request_hash: string; tracking_no: string }>(
      `SELECT k.request_hash, c.tracking_no FROM idempotency_keys k JOIN cases c ON c.id = k.case_id
       WHERE k.account_id = $1 AND k.key = $2`,
      [c.accountId, c.idempotencyKey]
    )
    if (rows[0].request_hash !== c.requestHash) throw new IdempotencyKeyReusedError()
    return { trackingNo: rows[0].tracking_no, created: false }
  }
  // One statement for the case, its receipt, the key's answer, the notification and its delivery by
  // WeChat or SMS (queued with the case, so a crash cannot lose it): each statement is a round trip,
  // and on PGlite a round trip is most of the cost of a submission.
  const [{ tracking_no: trackingNo }] = await tx.query<{ tracking_no: string }>(
    `WITH c AS (
       INSERT INTO cases (tracking_no, kind, account_id, phone, title, body, id_number_enc, received_on)
       VALUES ('QS-' || $1 || '-' || lpad(nextval('case_tracking_numbers')::text, 6, '0'), $2, $3, $4, $5, $6::jsonb, $7, $8)
       RETURNING id, tracking_no
     ), received AS (
       INSERT INTO case_events (case_id, type, on_date, actor) SELECT id, 'received', $8, 'resident' FROM c
     ), answered AS (
       UPDATE idempotency_keys SET case_id = (SELECT id FROM c) WHERE account_id = $3 AND key = $9
     ), notified AS (
       INSERT INTO notifications (account_id, case_id, text) SELECT $3, id, $10 || tracking_no FROM c
     ), delivered AS (
       INSERT INTO deliveries (account_id, tracking_no, text, at, next_attempt_at) SELECT $3, tracking_no, $10 || tracking_no, $11, $11 FROM c
     )
     SELECT tracking_no FROM c`,
    [c.receivedOn.slice(0, 4), c.kind, c.accountId, c.phone, c.title, JSON.stringify(c.body), c.idNumberEnc, c.receivedOn, c.idempotencyKey, c.notificationPrefix, c.submittedAt.toISOString()]
  )
  return { trackingNo, created: true }
}

/** The events of each case, in the order they happened (one query whatever the number of cases). */
export async function eventsOf(db: Queryable, caseIds: number[]): Promise<Map<number, StoredEvent[]>> {
  const byCase = new Map<number, StoredEvent[]>(caseIds.map((id) => [id, []]))
  if (caseIds.length === 0) return byCase
  const rows = await db.query<{ case_id: number; type: string; on: string; data: Record<string, unknown>; actor: string }>(
    `SELECT case_id, type, to_char(on_date, 'YYYY-MM-DD') AS on, data, actor FROM case_events
     WHERE case_id = ANY($1::int[]) ORDER BY on_date, id`,
    [caseIds]
  )
  for (const r of rows) byCase.get(r.case_id)?.push({ type: r.type, on: r.on, data: r.data, actor: r.actor })
  return byCase
}

export const toRecord = (r: CaseRow, events: StoredEvent[]): CaseRecord => ({
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
  events
})

/** A case by tracking number as the viewer may see it; `lock` takes a row lock (inside a transaction). */
export async function findResidentCase(db: Queryable, viewer: Viewer, trackingNo: string, lock = false): Promise<CaseRecord | undefined> {
  const rows = await db.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases c WHERE ${VISIBLE_TO} AND c.tracking_no = $3 ${lock ? 'FOR UPDATE' : ''}`,
    [viewer.id, viewer.phone, trackingNo]
  )
  if (!rows[0]) return undefined
  return toRecord(rows[0], (await eventsOf(db, [rows[0].id])).get(rows[0].id) ?? [])
}

/** Any case by tracking number (staff); `lock` takes a row lock. */
export async function findCase(db: Queryable, trackingNo: string, lock = false): Promise<CaseRecord | undefined> {
  const rows = await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases c WHERE c.tracking_no = $1 ${lock ? 'FOR UPDATE' : ''}`, [trackingNo])
  if (!rows[0]) return undefined
  return toRecord(rows[0], (await eventsOf(db, [rows[0].id])).get(rows[0].id) ?? [])
}

/** The viewer's cases, newest first, with their events (two queries whatever the page size). */
export async function listResidentCases(
  db: Queryable,
  viewer: Viewer,
  page: number,
  pageSize: number
): Promise<{ items: CaseRecord[]; total: number }> {
  const rows = await db.query<CaseRow & { total: number | string }>(
    `SELECT ${CASE_COLUMNS}, count(*) OVER () AS total FROM cases c WHERE ${VISIBLE_TO}
     ORDER BY c.received_on DESC, c.id DESC LIMIT $3 OFFSET $4`,
    [viewer.id, viewer.phone, pageSize, (page - 1) * pageSize]
  )
  const events = await eventsOf(db, rows.map((r) => r.id))
  const total = rows[0] ? Number(rows[0].total) : (await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM cases c WHERE ${VISIBLE_TO}`, [viewer.id, viewer.phone]))[0].n
  return { items: rows.map((r) => toRecord(r, events.get(r.id) ?? [])), total: Number(total) }
}

export async function insertEvent(db: Queryable, caseId: number, event: StoredEvent): Promise<void> {
  await db.query('INSERT INTO case_events (case_id, type, on_date, data, actor) VALUES ($1, $2, $3, $4::jsonb, $5)', [
    caseId,
    event.type,
    event.on,
    JSON.stringify(event.data),
    event.actor
  ])
}

/** The accounts to tell about a case: its submitter, or the open accounts verified for its phone. */
export async function accountsToNotify(db: Queryable, c: CaseRecord): Promise<{ id: number; phone: string | null; openid: string | null }[]> {
  return db.query(
    `SELECT id, phone, wechat_openid AS openid FROM accounts
     WHERE closed_at IS NULL AND (id = $1 OR ($1::int IS NULL AND phone = $2::text))`,
    [c.accountId, c.phone]
  )
}

export async function insertNotification(db: Queryable, accountId: number, caseId: number | null, text: string): Promise<void> {
  await db.query('INSERT INTO notifications (account_id, case_id, text) VALUES ($1, $2, $3)', [accountId, caseId, text])
}

export async function recordStaffAudit(db: Queryable, actor: string, action: string, trackingNo: string | null, detail: object): Promise<void> {
  await db.query('INSERT INTO staff_audit (actor, action, tracking_no, detail) VALUES ($1, $2, $3, $4::jsonb)', [
    actor,
    action,
    trackingNo,
    JSON.stringify(detail)
  ])
}
