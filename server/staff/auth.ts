import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import { canStaff, type CaseScope, type StaffAction } from '@/core/staff'
import type { StaffRole } from '@/core/schemas/staff'
import type { Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { createStaffSession, findSessionStaff, type StaffAccount } from '../repositories/staff-accounts-repository'
import { bearerToken, hashToken } from '../residents/session'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member, set by `requireStaff`. */
    staff?: StaffAccount
  }
}

/** A staff session lasts one working day and a half: long enough for a shift, short on a shared PC. */
export const STAFF_SESSION_HOURS = 12

export interface StaffAuthDeps {
  db: Queryable
  now: () => Date
  /**
   * The system token of DATA_DIR/secrets.json: operator scripts (scripts/staff.ts, scripts/case-admin.ts)
   * use it to reach a running server. It acts as SYSTEM_STAFF.
   */
  systemToken?: string
}

/** The principal of the system token: the operator (any role's rows, every case), no department, recorded as `system`. */
export const SYSTEM_STAFF: StaffAccount = {
  id: 0,
  name: '系统（运维脚本）',
  phone: '',
  roles: ['disclosure', 'leader', 'admin'],
  department: null,
  disabled: false,
  operator: true
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest()

/** Opens a staff session: a random token for the browser, only its hash in the database. */
export async function openStaffSession(db: Queryable, staffId: number, now: Date): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + STAFF_SESSION_HOURS * 3_600_000)
  await createStaffSession(db, staffId, hashToken(token), expiresAt)
  return { token, expiresAt: expiresAt.toISOString() }
}

/**
 * An onRequest hook that lets a request through only with a staff session (401 SESSION_REQUIRED) and,
 * when `roles` is given, only for a person holding one of them (403 FORBIDDEN). The account lands
 * in `request.staff`; read it with `staffOf(request)`. It must be `onRequest`, not `preHandler`: a
 * request without a session is refused before its body is read, parsed or validated, so that nobody
 * signed out can make the server work on a large body (issue 11).
 * @example app.get('/staff/x', { onRequest: requireStaff({ db, now }, ['admin']) }, handler)
 */
export function requireStaff(deps: StaffAuthDeps, roles?: readonly StaffRole[]): onRequestAsyncHookHandler {
  const system = deps.systemToken ? sha256(deps.systemToken) : undefined
  return async (request) => {
    const token = bearerToken(request)
    const isSystem = token !== undefined && system !== undefined && timingSafeEqual(sha256(token), system)
    const staff = isSystem ? SYSTEM_STAFF : token ? await findSessionStaff(deps.db, hashToken(token), deps.now()) : undefined
    if (!staff) throw new AppError(401, 'SESSION_REQUIRED', token ? '登录已过期，请重新登录工作台' : '请先登录工作台')
    if (roles && !staff.roles.some((role) => roles.includes(role))) throw forbidden()
    request.staff = staff
  }
}

/** The staff member `requireStaff` let through; a route without that hook is a programming error. */
export function staffOf(request: FastifyRequest): StaffAccount {
  if (!request.staff) throw new Error('staffOf: the route has no requireStaff hook')
  return request.staff
}

export const forbidden = (): AppError => new AppError(403, 'FORBIDDEN', '您没有进行这项操作的权限')

/** Throws 403 FORBIDDEN unless the permission matrix allows `action` (on `c`, when given). */
export function assertStaffCan(staff: StaffAccount, action: StaffAction, c?: CaseScope): void {
  if (!canStaff(staff, action, c)) throw forbidden()
}

/** The `actor` written into events and the audit log. */
export const actorOf = (staff: StaffAccount): string => (staff.id === SYSTEM_STAFF.id ? 'system' : `staff:${staff.id}`)
