import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { allowedStaffActions } from '@/core/staff'
import { ErrorBodySchema } from '@/core/schemas/common'
import { StaffLoginBodySchema, StaffMeSchema, StaffSessionSchema } from '@/core/schemas/staff'
import type { Db } from '../db/db'
import { AppError } from '../http/errors'
import { clearFailedSignIns, deleteStaffSession, findStaffCredentials, logSignIn, recordFailedSignIn } from '../repositories/staff-accounts-repository'
import { openStaffSession, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'
import { bearerToken, hashToken } from '../residents/session'
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from '../staff/passwords'

/** Five wrong passwords in a row lock the account for fifteen minutes. */
export const SIGN_IN_ATTEMPTS = 5
export const LOCK_MINUTES = 15

const INVALID = '手机号或密码不正确'

/** HH:mm in China time, for telling a locked-out person when to try again. */
const chinaClock = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)
const locked = (until: Date): AppError =>
  new AppError(423, 'ACCOUNT_LOCKED', `密码连续输错 ${SIGN_IN_ATTEMPTS} 次，账号已锁定 ${LOCK_MINUTES} 分钟，请在 ${chinaClock(until)} 以后再试，或请系统管理员重设密码`)

/**
 * Staff sign-in with phone and password. Every attempt is written to staff_sign_ins; an unknown
 * phone costs the same scrypt time as a known one, so timing does not reveal who has an account.
 */
export const staffAuthRoutes: FastifyPluginAsyncZod<StaffAuthDeps & { db: Db }> = async (app, deps) => {
  const { db, now } = deps

  app.post(
    '/staff/auth/login',
    {
      schema: {
        summary: '工作人员登录（手机号和密码；连续输错 5 次锁定 15 分钟）',
        tags: ['工作人员'],
        body: StaffLoginBodySchema,
        response: { 200: StaffSessionSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 423: ErrorBodySchema }
      }
    },
    async (request) => {
      const at = now()
      const { phone, password } = request.body
      const staff = await findStaffCredentials(db, phone)
      if (!staff) {
        await verifyPassword(password, UNKNOWN_ACCOUNT_HASH)
        await logSignIn(db, phone, null, 'unknown_phone', at)
        throw new AppError(401, 'CREDENTIALS_INVALID', INVALID)
      }
      if (staff.disabled) {
        await logSignIn(db, phone, staff.id, 'disabled', at)
        throw new AppError(401, 'CREDENTIALS_INVALID', INVALID)
      }
      if (staff.lockedUntil && staff.lockedUntil > at) {
        await logSignIn(db, phone, staff.id, 'locked', at)
        throw locked(staff.lockedUntil)
      }
      if (!(await verifyPassword(password, staff.passwordHash))) {
        const after = await recordFailedSignIn(db, staff.id, SIGN_IN_ATTEMPTS, new Date(at.getTime() + LOCK_MINUTES * 60_000))
        await logSignIn(db, phone, staff.id, 'wrong_password', at)
        if (after.lockedUntil && after.lockedUntil > at) throw locked(after.lockedUntil)
        throw new AppError(401, 'CREDENTIALS_INVALID', `${INVALID}，再输错 ${SIGN_IN_ATTEMPTS - after.failedAttempts} 次账号将被锁定 ${LOCK_MINUTES} 分钟`)
      }
      await clearFailedSignIns(db, staff.id)
      await logSignIn(db, phone, staff.id, 'success', at)
      return openStaffSession(db, staff.id, at)
    }
  )

  app.post(
    '/staff/auth/logout',
    {
      preHandler: requireStaff(deps),
      schema: { summary: '工作人员退出登录（这个会话在服务器上立即失效）', tags: ['工作人员'], response: { 204: z.null(), 401: ErrorBodySchema } }
    },
    async (request, reply) => {
      const token = bearerToken(request)
      // The system token has no session to end: it stays valid until DATA_DIR/secrets.json changes.
      if (token) await deleteStaffSession(db, hashToken(token))
      return reply.status(204).send(null)
    }
  )

  app.get(
    '/staff/me',
    { preHandler: requireStaff(deps), schema: { summary: '当前登录的工作人员及其可进行的操作', tags: ['工作人员'], response: { 200: StaffMeSchema, 401: ErrorBodySchema } } },
    async (request) => {
      const staff = staffOf(request)
      return { ...staff, actions: allowedStaffActions(staff) }
    }
  )
}
