import { createHash, randomBytes } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
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

/** The signed-in resident, or 401 SESSION_REQUIRED. */
export async function requireResident(db: Queryable, request: FastifyRequest, now: Date): Promise<Account> {
  const token = bearerToken(request)
  const account = token ? await findSessionAccount(db, hashToken(token), now) : undefined
  if (!account) throw new AppError(401, 'SESSION_REQUIRED', token ? '登录已过期，请重新登录' : '请先登录')
  return account
}
