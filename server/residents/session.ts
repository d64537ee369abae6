import { createHash, randomBytes } from 'node:crypto'
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import type { Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { createSession, findSessionAccount, type Account } from '../repositories/accounts-repository'

/** A session lasts 30 days from sign-in. */
export const SESSION_DAYS = 30

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** Opens a session: a random token for the resident, only its hash in the database. */
export async function openSession(db: Queryable, accountId: number, now: Date): Promise<{ token: string; expiresAt: string; accountId: number }> {
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000)
  await createSession(db, accountId, hashToken(token), expiresAt)
  return { token, expiresAt: expiresAt.toISOString(), accountId }
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')
  return match?.[1]
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in resident, set by the `residentSession` hook (or the first `requireResident`). */
    resident?: Account
  }
}

/** The signed-in resident, or 401 SESSION_REQUIRED; looked up once per request. */
export async function requireResident(db: Queryable, request: FastifyRequest, now: Date): Promise<Account> {
  if (request.resident) return request.resident
  const token = bearerToken(request)
  const account = token ? await findSessionAccount(db, hashToken(token), now) : undefined
  if (!account) throw new AppError(401, 'SESSION_REQUIRED', token ? '登录已过期，请重新登录' : '请先登录')
  request.resident = account
  return account
}

/**
 * The onRequest hook of every signed-in resident route: a request without a session is refused
 * before its body is read, parsed or validated (issue 11), and the handler's `requireResident`
 * answers the account it found.
 * @example app.post('/cases', { onRequest: residentSession(db, services.now), schema }, handler)
 */
export function residentSession(db: Queryable, now: () => Date): onRequestAsyncHookHandler {
  return async (request) => {
    await requireResident(db, request, now())
  }
}
