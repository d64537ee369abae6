import type { FastifyInstance } from 'fastify'
import type { StaffRole } from '@/core/schemas/staff'
import type { Queryable } from '../db/db'
import { saveCaseHandlingSetting } from '../repositories/case-handling-settings-repository'
import { insertStaff, type StaffAccount } from '../repositories/staff-accounts-repository'
import { hashPassword } from './passwords'

/** Helpers for route tests that need staff. For tests only. */

export const TEST_STAFF_PASSWORD = 'correct-horse-battery'

let cachedHash: Promise<string> | undefined

/**
 * Test accounts are hashed at a low scrypt cost: verification reads the cost from the hash, so each
 * sign-in takes about a millisecond instead of the production cost's 100 ms (seconds under load).
 */
const TEST_COST = { N: 2 ** 10, r: 8, p: 1 }

/** Adds a staff account with TEST_STAFF_PASSWORD (hashed once per test file). */
export async function addTestStaff(
  db: Queryable,
  s: { name?: string; phone: string; roles: StaffRole[]; department?: string | null }
): Promise<StaffAccount> {
  cachedHash ??= hashPassword(TEST_STAFF_PASSWORD, TEST_COST)
  return insertStaff(db, { name: s.name ?? '测试人员', phone: s.phone, roles: s.roles, department: s.department ?? null, passwordHash: await cachedHash })
}

/** Signs a staff member in through POST /api/v1/staff/auth/login and answers the bearer header. */
export async function staffSignIn(app: FastifyInstance, phone: string, password = TEST_STAFF_PASSWORD): Promise<{ authorization: string }> {
  const answer = await app.inject({ method: 'POST', url: '/api/v1/staff/auth/login', payload: { phone, password } })
  if (answer.statusCode !== 200) throw new Error(`staff login: ${answer.statusCode} ${answer.body}`)
  return { authorization: `Bearer ${answer.json<{ token: string }>().token}` }
}

/** Adds a staff member and signs them in. */
export async function staffHeaders(app: FastifyInstance, db: Queryable, s: { phone: string; roles: StaffRole[]; department?: string | null; name?: string }): Promise<{ authorization: string }> {
  await addTestStaff(db, s)
  return staffSignIn(app, s.phone)
}

/** The district government the tests' replies name as reconsideration and 复查 body. */
export const TEST_DISTRICT = { name: '沧澜市望川区人民政府' }

/** Sets the bodies every reply names (an administrator's setting), as an office does before replying. */
export async function setTestSuperiorBodies(db: Queryable): Promise<void> {
  await saveCaseHandlingSetting(db, 'reconsiderationBody', TEST_DISTRICT)
  await saveCaseHandlingSetting(db, 'reviewBody', TEST_DISTRICT)
}
