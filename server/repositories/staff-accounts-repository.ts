import type { StaffRole } from '@/core/schemas/staff'
import type { Queryable } from '../db/db'
import { clearSignInCountersOfPhone } from './sign-in-counters-repository'

/** Staff accounts, their sessions (stored hashed) and the log of sign-in attempts. */

export interface StaffAccount {
  id: number
  name: string
  phone: string
  roles: StaffRole[]
  department: string | null
  disabled: boolean
  /** Only the system token's principal (SYSTEM_STAFF): see StaffActor.operator. */
  operator?: boolean
}

export interface StaffCredentials extends StaffAccount {
  passwordHash: string
}

interface StaffRow {
  id: number
  name: string
  phone: string
  roles: StaffRole[]
  department: string | null
  disabled_at: Date | string | null
}
interface CredentialsRow extends StaffRow {
  password_hash: string
}

const COLUMNS = 'id, name, phone, roles, department, disabled_at'
const toStaff = (r: StaffRow): StaffAccount => ({ id: r.id, name: r.name, phone: r.phone, roles: r.roles, department: r.department, disabled: r.disabled_at !== null })

export class StaffPhoneTakenError extends Error {
  override name = 'StaffPhoneTakenError'
}

export async function insertStaff(
  db: Queryable,
  s: { name: string; phone: string; roles: readonly StaffRole[]; department: string | null; passwordHash: string }
): Promise<StaffAccount> {
  const rows = await db.query<StaffRow>(
    `INSERT INTO staff_accounts (name, phone, roles, department, password_hash) VALUES ($1, $2, $3::text[], $4, $5)
     ON CONFLICT (phone) DO NOTHING RETURNING ${COLUMNS}`,
    [s.name, s.phone, s.roles, s.department, s.passwordHash]
  )
  if (rows.length === 0) throw new StaffPhoneTakenError(s.phone)
  return toStaff(rows[0])
}

export async function listStaff(db: Queryable): Promise<StaffAccount[]> {
  return (await db.query<StaffRow>(`SELECT ${COLUMNS} FROM staff_accounts ORDER BY id`)).map(toStaff)
}

export async function findStaffById(db: Queryable, id: number): Promise<StaffAccount | undefined> {
  const [row] = await db.query<StaffRow>(`SELECT ${COLUMNS} FROM staff_accounts WHERE id = $1`, [id])
  return row ? toStaff(row) : undefined
}

export async function findStaffCredentials(db: Queryable, phone: string): Promise<StaffCredentials | undefined> {
  const [row] = await db.query<CredentialsRow>(`SELECT ${COLUMNS}, password_hash FROM staff_accounts WHERE phone = $1`, [phone])
  return row ? { ...toStaff(row), passwordHash: row.password_hash } : undefined
}

export async function logSignIn(db: Queryable, phone: string, staffId: number | null, outcome: string, at: Date): Promise<void> {
  await db.query('INSERT INTO staff_sign_ins (phone, staff_id, outcome, at) VALUES ($1, $2, $3, $4)', [phone, staffId, outcome, at.toISOString()])
}

export async function createStaffSession(db: Queryable, staffId: number, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.query('INSERT INTO staff_sessions (token_hash, staff_id, expires_at) VALUES ($1, $2, $3)', [tokenHash, staffId, expiresAt.toISOString()])
}

/** Ends one staff session (sign-out): its token is refused from now on. */
export async function deleteStaffSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash])
}

/** The enabled account of an unexpired session. */
export async function findSessionStaff(db: Queryable, tokenHash: string, now: Date): Promise<StaffAccount | undefined> {
  const [row] = await db.query<StaffRow>(
    `SELECT s.id, s.name, s.phone, s.roles, s.department, s.disabled_at FROM staff_sessions t JOIN staff_accounts s ON s.id = t.staff_id
     WHERE t.token_hash = $1 AND t.expires_at > $2 AND s.disabled_at IS NULL`,
    [tokenHash, now.toISOString()]
  )
  return row ? toStaff(row) : undefined
}

/** Disables an account and ends its sessions; answers false when there is no such account. */
export async function disableStaff(db: Queryable, id: number, at: Date): Promise<boolean> {
  const rows = await db.query('UPDATE staff_accounts SET disabled_at = COALESCE(disabled_at, $2) WHERE id = $1 RETURNING id', [id, at.toISOString()])
  await db.query('DELETE FROM staff_sessions WHERE staff_id = $1', [id])
  return rows.length > 0
}

/** Sets a new password, lifts the delays of wrong attempts on the phone and ends the sessions opened with the old one. */
export async function setStaffPassword(db: Queryable, id: number, passwordHash: string): Promise<boolean> {
  const rows = await db.query<{ phone: string }>('UPDATE staff_accounts SET password_hash = $2 WHERE id = $1 RETURNING phone', [id, passwordHash])
  await db.query('DELETE FROM staff_sessions WHERE staff_id = $1', [id])
  if (rows[0]) await clearSignInCountersOfPhone(db, rows[0].phone)
  return rows.length > 0
}

export async function findStaffIdByPhone(db: Queryable, phone: string): Promise<number | undefined> {
  const [row] = await db.query<{ id: number }>('SELECT id FROM staff_accounts WHERE phone = $1', [phone])
  return row?.id
}
