import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../app'
import type { Db } from '../db/db'
import type { Notification } from '../adapters/notify'
import { standInWechatAdapter, type WechatAdapter } from '../adapters/wechat'
import { deliveryBell, deliveryWorker } from '../deliveries/worker'
import { UploadGate } from './upload-gate'
import type { ResidentServices } from './services'
import { PRIVACY_NOTICE_CURRENT } from './privacy-notice'
import { setTestSuperiorBodies } from '../staff/testing'

/**
 * A test harness of the residents' routes: a fixed clock that tests move, transports that keep what
 * they "sent" in memory, and helpers to sign in. For tests only.
 */
export interface ResidentHarness {
  app: FastifyInstance
  services: ResidentServices
  sms: { to: string; code?: string; text: string; at: string }[]
  /** What the delivery worker sent; call `deliver()` first. */
  notifications: Notification[]
  staffToken: string
  /** Sends the queued deliveries that are due, as the server's worker would; answers how many were attempted. */
  deliver(): Promise<number>
  setNow(instant: string): void
  advance(ms: number): void
  /** Signs in by SMS and answers the bearer header. */
  signIn(phone: string): Promise<{ authorization: string }>
  /** Signs in and agrees to the current privacy notice. */
  signInWithConsent(phone: string): Promise<{ authorization: string }>
}

/** Real time and fresh secrets, with transports that deliver nowhere: for benchmarks of the routes. */
export function quietResidentServices(): ResidentServices {
  return {
    now: () => new Date(),
    secrets: { idEncryptionKey: randomBytes(32), staffToken: randomBytes(32).toString('hex'), smsPepper: randomBytes(32) },
    sms: { send: async () => undefined },
    wechat: standInWechatAdapter(),
    notify: { send: async () => undefined },
    deliveryBell: deliveryBell(),
    uploadGate: new UploadGate()
  }
}

/**
 * `wechat`: the WeChat adapter the routes use, the development stand-in unless a test gives another
 * one, or null for a server without WeChat settings and without WECHAT_STAND_IN. Like a configured
 * office, the harness names the tests' district government as reconsideration and 复查 body unless
 * `unconfigured` (replies are refused without one).
 */
export async function residentHarness(
  db: Db,
  start = '2026-11-25T02:00:00Z',
  wechat: WechatAdapter | null = standInWechatAdapter(),
  { unconfigured = false } = {}
): Promise<ResidentHarness> {
  if (!unconfigured) await setTestSuperiorBodies(db)
  let now = new Date(start)
  const sms: ResidentHarness['sms'] = []
  const notifications: Notification[] = []
  const staffToken = randomBytes(32).toString('base64url')
  const services: ResidentServices = {
    now: () => now,
    secrets: { idEncryptionKey: randomBytes(32), staffToken, smsPepper: randomBytes(32) },
    sms: { send: async (m) => void sms.push(m) },
    wechat: wechat ?? undefined,
    notify: { send: async (n) => void notifications.push(n) },
    deliveryBell: deliveryBell(),
    uploadGate: new UploadGate()
  }
  const app = await buildApp({ db, residents: services })
  const quiet = { warn: () => undefined, error: () => undefined }
  const worker = deliveryWorker({ db, services, log: quiet })
  const harness: ResidentHarness = {
    app,
    services,
    sms,
    notifications,
    staffToken,
    deliver: () => worker.drain(),
    setNow: (instant) => void (now = new Date(instant)),
    advance: (ms) => void (now = new Date(now.getTime() + ms)),
    async signIn(phone) {
      const sent = await app.inject({ method: 'POST', url: '/api/v1/auth/sms', payload: { phone } })
      if (sent.statusCode !== 200) throw new Error(`sms: ${sent.statusCode} ${sent.body}`)
      const code = [...sms].reverse().find((m) => m.to === phone)?.code
      const verified = await app.inject({ method: 'POST', url: '/api/v1/auth/sms/verify', payload: { phone, code } })
      if (verified.statusCode !== 200) throw new Error(`verify: ${verified.statusCode} ${verified.body}`)
      // Later sign-ins of the same phone in the same test need a fresh minute.
      harness.advance(61_000)
      return { authorization: `Bearer ${verified.json<{ token: string }>().token}` }
    },
    async signInWithConsent(phone) {
      const headers = await harness.signIn(phone)
      const consent = await app.inject({ method: 'POST', url: '/api/v1/me/consents', headers, payload: { notice: 'privacy', version: PRIVACY_NOTICE_CURRENT.version } })
      if (consent.statusCode !== 201) throw new Error(`consent: ${consent.statusCode} ${consent.body}`)
      return headers
    }
  }
  return harness
}
