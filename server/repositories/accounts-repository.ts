import type { Queryable } from '../db/db'

/** Residents' accounts, sessions, SMS codes and consents. Sessions and codes are stored hashed. */

export interface Account {
  id: number
  phone: string | null
  wechatOpenid: string | null
}

interface AccountRow {
  id: number
  phone: string | null
  wechat_openid: string | null
}
const toAccount = (r: AccountRow): Account => ({ id: r.id, phone: r.phone, wechatOpenid: r.wechat_openid })

/** The open account of a verified phone, created on first sign-in. */
export async function accountForPhone(db: Queryable, phone: string): Promise<Account> {
  const rows = await db.query<AccountRow>(
    `INSERT INTO accounts (phone) VALUES ($1)
     ON CONFLICT (phone) DO UPDATE SET phone = EXCLUDED.phone
     RETURNING id, phone, wechat_openid`,
    [phone]
  )
  return toAccount(rows[0])
}

/** The open account of a WeChat user, created on first sign-in. */
export async function accountForOpenid(db: Queryable, openid: string): Promise<Account> {
  const rows = await db.query<AccountRow>(
    `INSERT INTO accounts (wechat_openid) VALUES ($1)
     ON CONFLICT (wechat_openid) DO UPDATE SET wechat_openid = EXCLUDED.wechat_openid
     RETURNING id, phone, wechat_openid`,
    [openid]
  )
  return toAccount(rows[0])
}

export async function createSession(db: Queryable, accountId: number, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.query('INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [tokenHash, accountId, expiresAt.toISOString()])
}

/** Ends one session (sign-out): its token is refused from now on. */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
}

/** The account of a live session, or undefined (unknown, expired, or the account was closed). */
export async function findSessionAccount(db: Queryable, tokenHash: string, now: Date): Promise<Account | undefined> {
  const rows = await db.query<AccountRow>(
    `SELECT a.id, a.phone, a.wechat_openid FROM sessions s JOIN accounts a ON a.id = s.account_id
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.closed_at IS NULL`,
    [tokenHash, now.toISOString()]
  )
  return rows[0] ? toAccount(rows[0]) : undefined
}

export interface SmsCodeRow {
  id: number
  code_hash: string
  expires_at: Date | string
  failed_attempts: number
  used_at: Date | string | null
}

/** Codes sent to a phone since an instant: the rate limits count them. */
export async function countSmsCodesSince(db: Queryable, phone: string, since: Date): Promise<{ count: number; last: Date | null }> {
  const rows = await db.query<{ count: number | string; last: Date | string | null }>(
    'SELECT count(*) AS count, max(sent_at) AS last FROM sms_codes WHERE phone = $1 AND sent_at > $2',
    [phone, since.toISOString()]
  )
  return { count: Number(rows[0].count), last: rows[0].last === null ? null : new Date(rows[0].last) }
}

/** Codes asked for from one address (by its keyed hash) since an instant, and the earliest of them. */
export async function countSmsCodesFromRequesterSince(db: Queryable, requesterHash: string, since: Date): Promise<{ count: number; earliest: Date | null }> {
  const rows = await db.query<{ count: number | string; earliest: Date | string | null }>(
    'SELECT count(*) AS count, min(sent_at) AS earliest FROM sms_codes WHERE requester_hash = $1 AND sent_at > $2',
    [requesterHash, since.toISOString()]
  )
  return { count: Number(rows[0].count), earliest: rows[0].earliest === null ? null : new Date(rows[0].earliest) }
}

/** Stores a code (hashed) with the keyed hash of the address that asked for it; answers its id. */
export async function insertSmsCode(
  db: Queryable,
  code: { phone: string; codeHash: string; requesterHash: string; sentAt: Date; expiresAt: Date }
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    'INSERT INTO sms_codes (phone, code_hash, requester_hash, sent_at, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [code.phone, code.codeHash, code.requesterHash, code.sentAt.toISOString(), code.expiresAt.toISOString()]
  )
  return rows[0].id
}

/** The latest code sent to a phone, locked for the check. */
export async function latestSmsCode(db: Queryable, phone: string): Promise<SmsCodeRow | undefined> {
  const rows = await db.query<SmsCodeRow>(
    'SELECT id, code_hash, expires_at, failed_attempts, used_at FROM sms_codes WHERE phone = $1 ORDER BY sent_at DESC, id DESC LIMIT 1 FOR UPDATE',
    [phone]
  )
  return rows[0]
}

export async function recordFailedAttempt(db: Queryable, id: number): Promise<number> {
  const rows = await db.query<{ failed_attempts: number }>(
    'UPDATE sms_codes SET failed_attempts = failed_attempts + 1 WHERE id = $1 RETURNING failed_attempts',
    [id]
  )
  return rows[0].failed_attempts
}

export async function markSmsCodeUsed(db: Queryable, id: number, now: Date): Promise<void> {
  await db.query('UPDATE sms_codes SET used_at = $2 WHERE id = $1', [id, now.toISOString()])
}

export interface ConsentRecord {
  notice: string
  version: string
  givenAt: string
  /** Set once the resident withdrew this consent; the record itself is kept. */
  withdrawnAt?: string
}

/** Records a consent; agreeing again to a version already in force changes nothing. */
export async function recordConsent(db: Queryable, accountId: number, notice: string, version: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO consents (account_id, notice, version, given_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id, notice, version) WHERE withdrawn_at IS NULL DO NOTHING`,
    [accountId, notice, version, now.toISOString()]
  )
}

/** Withdraws every consent to the notice still in force; answers how many were withdrawn. */
export async function withdrawConsent(db: Queryable, accountId: number, notice: string, now: Date): Promise<number> {
  const rows = await db.query<{ id: number }>(
    'UPDATE consents SET withdrawn_at = $3 WHERE account_id = $1 AND notice = $2 AND withdrawn_at IS NULL RETURNING id',
    [accountId, notice, now.toISOString()]
  )
  return rows.length
}

/** Every consent the resident gave, in the order given, withdrawn ones included. */
export async function findConsents(db: Queryable, accountId: number): Promise<ConsentRecord[]> {
  const rows = await db.query<{ notice: string; version: string; given_at: Date | string; withdrawn_at: Date | string | null }>(
    'SELECT notice, version, given_at, withdrawn_at FROM consents WHERE account_id = $1 ORDER BY given_at, id',
    [accountId]
  )
  return rows.map((r) => ({
    notice: r.notice,
    version: r.version,
    givenAt: new Date(r.given_at).toISOString(),
    ...(r.withdrawn_at === null ? {} : { withdrawnAt: new Date(r.withdrawn_at).toISOString() })
  }))
}

/** True when a consent to this version of the notice is in force (given and not withdrawn). */
export const consentInForce = (consents: readonly ConsentRecord[], notice: string, version: string): boolean =>
  consents.some((c) => c.notice === notice && c.version === version && c.withdrawnAt === undefined)

/**
 * Closes an account: its sessions, notifications, SMS codes and the uploads no case refers to are
 * deleted; its phone and openid are released (a later sign-in starts a new account). Its cases and
 * their files stay as the office's records, and its consents as the proof they were given.
 */
export async function closeAccount(db: Queryable, accountId: number, now: Date): Promise<void> {
  await db.query('DELETE FROM sessions WHERE account_id = $1', [accountId])
  await db.query('DELETE FROM notifications WHERE account_id = $1', [accountId])
  // Like the notifications: what was sent is the account's, and what waits would go nowhere.
  await db.query('DELETE FROM deliveries WHERE account_id = $1', [accountId])
  await db.query('DELETE FROM sms_codes WHERE phone = (SELECT phone FROM accounts WHERE id = $1)', [accountId])
  await db.query(
    `DELETE FROM uploads u WHERE u.account_id = $1
       AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.body -> 'attachments' ? u.id)
       AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.data -> 'attachments' ? u.id)`,
    [accountId]
  )
  await db.query('UPDATE accounts SET closed_at = $2, phone = NULL, wechat_openid = NULL WHERE id = $1', [accountId, now.toISOString()])
}
