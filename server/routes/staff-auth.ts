import { createHmac } from 'node:crypto'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { allowedStaffActions } from '@/core/staff'
import { claimSignInAttempt, refundSignInAttempt, SIGN_IN_LIMITS, type SignInScope } from '@/core/staff/sign-in-limits'
import { ErrorBodySchema } from '@/core/schemas/common'
import { StaffLoginBodySchema, StaffMeSchema, StaffSessionSchema } from '@/core/schemas/staff'
import type { Db } from '../db/db'
import { AppError } from '../http/errors'
import { recordStaffAudit } from '../repositories/cases-repository'
import { deleteIdleSignInCounters, deleteSignInCounters, lockSignInCounters, saveSignInCounters } from '../repositories/sign-in-counters-repository'
import { deleteStaffSession, findStaffCredentials, findStaffIdByPhone, logSignIn } from '../repositories/staff-accounts-repository'
import { openStaffSession, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'
import { bearerToken, hashToken } from '../residents/session'
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from '../staff/passwords'

const INVALID = '手机号或密码不正确'

/** HH:mm in China time, for telling a delayed person when to try again. */
const chinaClock = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)

/** Counters idle this long are removed: they would start again from nothing anyway. */
const LONGEST_MEMORY_MS = Math.max(...Object.values(SIGN_IN_LIMITS).map((l) => l.memoryMs))

/** The counters one attempt counts on; the address only as a keyed hash, as for the SMS codes. */
function countersOf(phone: string, address: string): { key: string; scope: SignInScope }[] {
  return [
    { key: `address:${address}`, scope: 'address' },
    { key: `phone_address:${phone}:${address}`, scope: 'phone_address' },
    { key: `phone:${phone}`, scope: 'phone' }
  ]
}

type Claimed = { allowed: false; until: Date } | { allowed: true; delays: { scope: SignInScope; failures: number; until: Date }[] }

export interface StaffAuthRouteOptions extends StaffAuthDeps {
  db: Db
  /** Key of the network addresses' hashes (the SMS-code pepper of DATA_DIR/secrets.json). */
  addressKey: Buffer
}

/**
 * Staff sign-in with phone and password. Each attempt is counted before its password is checked
 * (src/core/staff/sign-in-limits.ts: per phone and address, per phone, per address; a growing delay,
 * never a lock), in one transaction that parallel attempts queue for, so 25 at once check at most as
 * many passwords as the counters allow. Known and unknown phones get the same answers, counts and
 * scrypt time, so nothing tells which phones have accounts. Every attempt is written to
 * staff_sign_ins; every delay a wrong password imposes goes to the audit log.
 */
export const staffAuthRoutes: FastifyPluginAsyncZod<StaffAuthRouteOptions> = async (app, deps) => {
  const { db, now, addressKey } = deps

  app.post(
    '/staff/auth/login',
    {
      schema: {
        summary: '工作人员登录（手机号和密码；尝试过多时须等待，等待时间逐次加倍，最长 1 小时）',
        tags: ['工作人员'],
        body: StaffLoginBodySchema,
        response: { 200: StaffSessionSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 429: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      const at = now()
      const { phone, password } = request.body
      const address = createHmac('sha256', addressKey).update(`staff-ip:${request.ip}`).digest('hex')
      const counters = countersOf(phone, address)
      const claimed = await db.transaction<Claimed>(async (tx) => {
        const current = await lockSignInCounters(tx, counters.map((c) => c.key), at)
        const claims = counters.map((c) => ({ ...c, claim: claimSignInAttempt(current.get(c.key), at, SIGN_IN_LIMITS[c.scope]) }))
        const waits = claims.flatMap(({ claim }) => (claim.allowed ? [] : [claim.until.getTime()]))
        if (waits.length > 0) return { allowed: false, until: new Date(Math.max(...waits)) }
        const allowed = claims.flatMap(({ key, scope, claim }) => (claim.allowed ? [{ key, scope, counter: claim.next, delayedUntil: claim.delayedUntil }] : []))
        await saveSignInCounters(tx, allowed)
        return {
          allowed: true,
          delays: allowed.flatMap(({ scope, counter, delayedUntil }) => (delayedUntil ? [{ scope, failures: counter.failures, until: delayedUntil }] : []))
        }
      })
      if (!claimed.allowed) {
        await logSignIn(db, phone, (await findStaffIdByPhone(db, phone)) ?? null, 'delayed', at)
        reply.header('retry-after', String(Math.max(1, Math.ceil((claimed.until.getTime() - at.getTime()) / 1000))))
        throw new AppError(429, 'SIGN_IN_DELAYED', `尝试次数过多，请在 ${chinaClock(claimed.until)} 以后再试；忘记密码请找系统管理员重设`)
      }

      const staff = await findStaffCredentials(db, phone)
      // An unknown phone costs the same scrypt time as a known one.
      const correct = await verifyPassword(password, staff?.passwordHash ?? UNKNOWN_ACCOUNT_HASH)
      if (staff && !staff.disabled && correct) {
        await db.transaction(async (tx) => {
          const [addressCounter, ...phoneCounters] = counters
          await deleteSignInCounters(tx, phoneCounters.map((c) => c.key))
          const current = (await lockSignInCounters(tx, [addressCounter.key], at)).get(addressCounter.key)
          if (current) await saveSignInCounters(tx, [{ key: addressCounter.key, counter: refundSignInAttempt(current, SIGN_IN_LIMITS.address) }])
        })
        await logSignIn(db, phone, staff.id, 'success', at)
        return openStaffSession(db, staff.id, at)
      }

      await logSignIn(db, phone, staff?.id ?? null, !staff ? 'unknown_phone' : staff.disabled ? 'disabled' : 'wrong_password', at)
      for (const delay of claimed.delays) {
        await recordStaffAudit(db, 'system', 'sign_in_delayed', null, { scope: delay.scope, phone, address: request.ip, failures: delay.failures, until: delay.until.toISOString() })
      }
      await deleteIdleSignInCounters(db, new Date(at.getTime() - LONGEST_MEMORY_MS))
      throw new AppError(401, 'CREDENTIALS_INVALID', INVALID)
    }
  )

  app.post(
    '/staff/auth/logout',
    {
      onRequest: requireStaff(deps),
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
    { onRequest: requireStaff(deps), schema: { summary: '当前登录的工作人员及其可进行的操作', tags: ['工作人员'], response: { 200: StaffMeSchema, 401: ErrorBodySchema } } },
    async (request) => {
      const staff = staffOf(request)
      return { ...staff, actions: allowedStaffActions(staff) }
    }
  )
}
