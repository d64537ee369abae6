import { z } from 'zod'
import {
  MeSchema,
  PRIVACY_NOTICE,
  PrivacyNoticeSchema,
  SessionSchema,
  SmsCodeSentSchema,
  type Me,
  type PrivacyNotice,
  type Session
} from '@/core/schemas/auth'
import { getJson, http, postJson } from './client'

export type SmsCodeSent = z.infer<typeof SmsCodeSentSchema>

/**
 * Residents' sign-in and consent. The session token itself lives in src/stores/session.ts; this
 * module only knows how to ask for one and how to put it on every request.
 */

/** POST /auth/sms: the server sends a 6-digit code to the phone (at most one a minute). */
export function requestSmsCode(phone: string): Promise<SmsCodeSent> {
  return postJson('/auth/sms', { phone }, SmsCodeSentSchema)
}

/** POST /auth/sms/verify: the code the resident typed, for a session token. */
export function verifySmsCode(phone: string, code: string): Promise<Session> {
  return postJson('/auth/sms/verify', { phone, code }, SessionSchema)
}

/** POST /auth/wechat: the code of Taro.login, exchanged by the server for a session token. */
export function signInWithWechat(code: string): Promise<Session> {
  return postJson('/auth/wechat', { code }, SessionSchema)
}

/** GET /me: who is signed in, whether the current privacy notice is agreed to, unread notifications. */
export function fetchMe(): Promise<Me> {
  return getJson('/me', MeSchema)
}

/** GET /privacy: the current privacy notice and its version. */
export function fetchPrivacyNotice(): Promise<PrivacyNotice> {
  return getJson('/privacy', PrivacyNoticeSchema)
}

/** POST /me/consents: records the resident's explicit consent to this version of the notice. */
export async function recordPrivacyConsent(version: string): Promise<void> {
  await postJson('/me/consents', { notice: PRIVACY_NOTICE, version }, z.unknown())
}

export interface SessionSource {
  /** The token to send, or null when signed out (or expired). */
  token(): string | null
  /** The server refused the token (401): the session is over. */
  onUnauthorized(): void
}

let source: SessionSource | null = null
let installed = false

/** `Authorization: Bearer …` for the current session, for requests made outside axios (uploads). */
export function authorizationHeader(): Record<string, string> {
  const token = source?.token()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/**
 * Puts the session's token on every request of the one client and reports a refused token. Called
 * once by the session store; a second call only replaces the source.
 */
export function authorizeRequests(session: SessionSource): void {
  source = session
  if (installed) return
  installed = true
  http.interceptors.request.use((config) => {
    const header = authorizationHeader()
    if (header.Authorization && !config.headers.has('Authorization')) config.headers.set('Authorization', header.Authorization)
    return config
  })
  http.interceptors.response.use(undefined, (error: unknown) => {
    const status = (error as { response?: { status?: number } }).response?.status
    if (status === 401) source?.onUnauthorized()
    return Promise.reject(error)
  })
}
