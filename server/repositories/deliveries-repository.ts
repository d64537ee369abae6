import type { Queryable } from '../db/db'

/**
 * Messages queued for WeChat or SMS (table `deliveries`, migration 016) and their sending state. The
 * worker in server/deliveries drives them; callers only queue.
 */

/** Who a delivery goes to: a resident's account, or a staff member (supervision reminders). */
export type DeliveryRecipient = { accountId: number } | { staffId: number }

export interface NewDelivery {
  to: DeliveryRecipient
  trackingNo: string
  text: string
  /** The instant of the event told about; also when the delivery becomes due. */
  at: Date
}

/** Queues a message. Call it inside the transaction of the event it tells about, then ring the bell after the commit. */
export async function queueDelivery(tx: Queryable, d: NewDelivery): Promise<void> {
  await tx.query('INSERT INTO deliveries (account_id, staff_id, tracking_no, text, at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $5)', [
    'accountId' in d.to ? d.to.accountId : null,
    'staffId' in d.to ? d.to.staffId : null,
    d.trackingNo,
    d.text,
    d.at.toISOString()
  ])
}

/** A delivery a worker has claimed, with its recipient's address as it is now. */
export interface ClaimedDelivery {
  id: number
  /** Counting this one. */
  attempts: number
  /** The account or staff member: `a12` or `s3`, so that one person's messages go out in order. */
  recipientKey: string
  /** Null when the account was closed or the staff member disabled since: they are sent nothing. */
  to: { phone?: string; openid?: string } | null
  trackingNo: string
  text: string
  at: Date
}

/**
 * Claims up to `limit` deliveries due at `now` (pending ones, and ones a worker claimed and did not
 * finish before its lease ran out) until `leaseUntil`, counting an attempt, in one statement:
 * FOR UPDATE SKIP LOCKED lets several servers on one PostgreSQL claim side by side without taking the
 * same row, and a claimed row is not due again until its lease ends. Oldest due first.
 */
export async function claimDueDeliveries(db: Queryable, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  const rows = await db.query<{
    id: number
    attempts: number
    account_id: number | null
    staff_id: number | null
    tracking_no: string
    text: string
    at: Date | string
    phone: string | null
    openid: string | null
    gone: boolean
  }>(
    `WITH claimed AS (
       UPDATE deliveries SET state = 'sending', attempts = attempts + 1, next_attempt_at = $2
       WHERE id IN (
         SELECT id FROM deliveries WHERE state IN ('pending', 'sending') AND next_attempt_at <= $1
         ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED
       )
       RETURNING id, attempts, account_id, staff_id, tracking_no, text, at
     )
     SELECT c.*, COALESCE(a.phone, s.phone) AS phone, a.wechat_openid AS openid,
       (a.closed_at IS NOT NULL OR s.disabled_at IS NOT NULL) AS gone
     FROM claimed c LEFT JOIN accounts a ON a.id = c.account_id LEFT JOIN staff_accounts s ON s.id = c.staff_id
     ORDER BY c.id`,
    [now.toISOString(), leaseUntil.toISOString(), limit]
  )
  return rows.map((r) => ({
    id: r.id,
    attempts: r.attempts,
    recipientKey: r.account_id !== null ? `a${r.account_id}` : `s${r.staff_id}`,
    to: r.gone ? null : { ...(r.phone ? { phone: r.phone } : {}), ...(r.openid ? { openid: r.openid } : {}) },
    trackingNo: r.tracking_no,
    text: r.text,
    at: new Date(r.at)
  }))
}

/** Marks a delivery sent (whoever holds it now: it went out either way). */
export async function markDelivered(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query("UPDATE deliveries SET state = 'sent', sent_at = $2, failure = NULL, failure_detail = NULL WHERE id = $1", [id, at.toISOString()])
}

/**
 * Records a failed attempt: due again at `retryAt`, or given up when it is null. Only while this
 * attempt still holds the claim: if its lease ran out and another worker took the row, that worker's
 * outcome stands.
 */
export async function markAttemptFailed(db: Queryable, id: number, attempts: number, failure: string, detail: string, retryAt: Date | null): Promise<void> {
  await db.query(
    `UPDATE deliveries SET state = CASE WHEN $5::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
       next_attempt_at = COALESCE($5::timestamptz, next_attempt_at), failure = $3, failure_detail = $4
     WHERE id = $1 AND attempts = $2 AND state = 'sending'`,
    [id, attempts, failure, detail, retryAt?.toISOString() ?? null]
  )
}

/**
 * Makes every claimed delivery due at `now`: for a worker that knows it is the only one on the
 * database (PGlite: one process holds DATA_DIR), whatever is claimed at its start was claimed by a
 * process that died. Answers how many.
 */
export async function releaseClaimedDeliveries(db: Queryable, now: Date): Promise<number> {
  const rows = await db.query("UPDATE deliveries SET state = 'pending', next_attempt_at = $1 WHERE state = 'sending' RETURNING id", [now.toISOString()])
  return rows.length
}

/** How many deliveries are in each state (pending, sending, sent, failed), for the operator's metrics. */
export async function countDeliveriesByState(db: Queryable): Promise<Record<string, number>> {
  const rows = await db.query<{ state: string; n: number }>('SELECT state, count(*)::int AS n FROM deliveries GROUP BY state')
  return Object.fromEntries(rows.map((r) => [r.state, r.n]))
}
