import type { SignInCounter } from '@/core/staff/sign-in-limits'
import type { Queryable } from '../db/db'

/** The counters of password attempts (migration 019); the policy is src/core/staff/sign-in-limits.ts. */

interface CounterRow {
  key: string
  failures: number
  last_at: Date | string
  blocked_until: Date | string | null
}

/**
 * Locks the counters of `keys` for the rest of the transaction, creating the missing ones empty, and
 * answers them by key. Rows are created and locked in key order, so two attempts sharing counters
 * always queue in the same order and never deadlock; on PostgreSQL a parallel attempt waits here
 * until this one has counted itself.
 */
export async function lockSignInCounters(tx: Queryable, keys: readonly string[], now: Date): Promise<Map<string, SignInCounter>> {
  await tx.query(
    `INSERT INTO sign_in_counters (key, failures, last_at)
     SELECT k, 0, $2 FROM unnest($1::text[]) AS k ORDER BY k
     ON CONFLICT (key) DO NOTHING`,
    [keys, now.toISOString()]
  )
  const rows = await tx.query<CounterRow>('SELECT key, failures, last_at, blocked_until FROM sign_in_counters WHERE key = ANY($1::text[]) ORDER BY key FOR UPDATE', [keys])
  return new Map(
    rows.map((r) => [r.key, { failures: r.failures, lastAt: new Date(r.last_at), blockedUntil: r.blocked_until === null ? null : new Date(r.blocked_until) }])
  )
}

/** Writes counters back, in one statement (a sign-in attempt already pays for three counters). */
export async function saveSignInCounters(tx: Queryable, counters: readonly { key: string; counter: SignInCounter }[]): Promise<void> {
  await tx.query(
    `INSERT INTO sign_in_counters (key, failures, last_at, blocked_until)
     SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::timestamptz[])
     ON CONFLICT (key) DO UPDATE SET failures = EXCLUDED.failures, last_at = EXCLUDED.last_at, blocked_until = EXCLUDED.blocked_until`,
    [
      counters.map((c) => c.key),
      counters.map((c) => c.counter.failures),
      counters.map((c) => c.counter.lastAt.toISOString()),
      counters.map((c) => c.counter.blockedUntil?.toISOString() ?? null)
    ]
  )
}

export async function deleteSignInCounters(db: Queryable, keys: readonly string[]): Promise<void> {
  await db.query('DELETE FROM sign_in_counters WHERE key = ANY($1::text[])', [keys])
}

/** Ends the delays of a phone's counters (a new password set by an administrator). */
export async function clearSignInCountersOfPhone(db: Queryable, phone: string): Promise<void> {
  await db.query(`DELETE FROM sign_in_counters WHERE key = 'phone:' || $1 OR starts_with(key, 'phone_address:' || $1 || ':')`, [phone])
}

/** Counters idle since `before` that wait for nothing: they would start again from nothing anyway. */
export async function deleteIdleSignInCounters(db: Queryable, before: Date): Promise<void> {
  await db.query('DELETE FROM sign_in_counters WHERE last_at < $1 AND (blocked_until IS NULL OR blocked_until < $1)', [before.toISOString()])
}
