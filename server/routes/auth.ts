import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { chinaDateOf, startOfChinaDay } from '@/core/residents/china-time'
import { maskPhone } from '@/core/residents/identity'
import { smsCodeRefusal } from '@/core/residents/sms-limits'
import {
  SessionSchema,
  SMS_CODE_TTL_SECONDS,
  SMS_MAX_ATTEMPTS,
  SMS_RESEND_SECONDS,
  SmsCodeRequestBodySchema,
  SmsCodeSentSchema,
  SmsVerifyBodySchema,
  WechatLoginBodySchema,
  WechatPhoneLoginBodySchema
} from '@/core/schemas/auth'
import { ErrorBodySchema } from '@/core/schemas/common'
import { z } from 'zod'
import type { Db } from '../db/db'
import { DeliveryError } from '../adapters/delivery'
import { WechatLoginError, WechatPhoneNotSupported, type WechatAdapter } from '../adapters/wechat'
import { AppError } from '../http/errors'
import {
  accountForOpenid,
  accountForPhone,
  countSmsCodesFromRequesterSince,
  deleteSession,
  countSmsCodesSince,
  insertSmsCode,
  latestSmsCode,
  markSmsCodeUsed,
  recordFailedAttempt
} from '../repositories/accounts-repository'
import { DEFAULT_SMS_CODES_PER_IP_PER_HOUR, type ResidentServices } from '../residents/services'
import { bearerToken, hashToken, openSession, requireResident, residentSession } from '../residents/session'

type VerifyOutcome =
  | { error: 'CODE_INVALID' | 'CODE_EXPIRED'; message: string; session?: undefined }
  | { error?: undefined; session: { token: string; expiresAt: string; accountId: number } }

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 429: ErrorBodySchema }

/**
 * What the resident is told when the SMS gateway did not take their code. The gateway's own flow
 * control and an unreachable number are theirs to act on; anything else is the office's problem
 * (logged as an error when the settings are wrong) and a plain "try again in a minute".
 */
function smsFailure(error: unknown, log: FastifyBaseLogger): AppError {
  const details = error instanceof DeliveryError ? { provider: error.provider, failure: error.failure, providerCode: error.providerCode } : {}
  if (error instanceof DeliveryError && error.failure === 'rate_limited') {
    log.warn({ ...details, err: error }, 'sign-in code refused by the SMS gateway')
    return new AppError(429, 'RATE_LIMITED', '这个号码接收短信太频繁，请过一会儿再获取验证码')
  }
  if (error instanceof DeliveryError && error.failure === 'bad_recipient') {
    log.info({ ...details, err: error }, 'sign-in code to an unreachable number')
    return new AppError(422, 'PHONE_NOT_REACHABLE', '这个号码收不到短信，请检查号码是否正确', { phone: '这个号码收不到短信，请检查号码是否正确' })
  }
  log.error({ ...details, err: error }, 'sign-in code not sent')
  return new AppError(503, 'SMS_SEND_FAILED', '短信暂时发不出去，请 1 分钟后再试；仍然不行，请到街道为民服务中心办理')
}

/**
 * The WeChat adapter, or 503 WECHAT_UNAVAILABLE: without WeChat settings the server signs nobody in
 * through WeChat unless the development stand-in was asked for (WECHAT_STAND_IN=1), since the
 * stand-in accepts any code and so anyone could take anyone's account.
 */
function wechatOf(services: ResidentServices): WechatAdapter {
  if (!services.wechat) throw new AppError(503, 'WECHAT_UNAVAILABLE', '暂时不能用微信登录，请用手机短信验证码登录')
  return services.wechat
}

/** What the resident is told when an exchange with WeChat fails; anything unexpected stays a 500. */
function wechatFailure(error: unknown, log: FastifyBaseLogger, what: string): unknown {
  if (error instanceof WechatLoginError) {
    log.info({ err: error }, `${what} refused`)
    return new AppError(401, 'WECHAT_LOGIN_FAILED', '微信登录失败，请关闭小程序后重新打开再试，或用短信验证码登录')
  }
  if (error instanceof WechatPhoneNotSupported) {
    log.info({ err: error }, `${what}: number not supported`)
    return new AppError(422, 'PHONE_NOT_SUPPORTED', '这个微信绑定的不是中国大陆手机号，请用短信验证码登录')
  }
  if (error instanceof DeliveryError) {
    log.warn({ provider: error.provider, failure: error.failure, providerCode: error.providerCode, err: error }, `${what} failed`)
    return new AppError(503, 'WECHAT_UNAVAILABLE', '暂时连不上微信，请稍后再试，或用手机短信验证码登录')
  }
  return error
}

/**
 * Residents' sign-in: SMS code (H5 and mini-program), WeChat code2session and the phone-number quick
 * check (mini-program). Each answers a session token for `Authorization: Bearer`; sign-out ends it.
 */
export const authRoutes: FastifyPluginAsyncZod<{ db: Db; services: ResidentServices }> = async (app, { db, services }) => {
  const hashCode = (phone: string, code: string) => createHmac('sha256', services.secrets.smsPepper).update(`${phone}:${code}`).digest('hex')

  app.post(
    '/auth/sms',
    {
      schema: {
        summary: '发送短信验证码（每个号码 60 秒内 1 次、每天最多 10 次；同一网络地址每小时有上限）',
        tags: ['登录'],
        body: SmsCodeRequestBodySchema,
        response: { 200: SmsCodeSentSchema, ...errors, 422: ErrorBodySchema, 503: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      const { phone } = request.body
      const now = services.now()
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      // The address is personal information: only its keyed hash is stored and counted.
      const requesterHash = createHmac('sha256', services.secrets.smsPepper).update(`ip:${request.ip}`).digest('hex')
      const perAddress = services.smsCodesPerIpPerHour ?? DEFAULT_SMS_CODES_PER_IP_PER_HOUR
      // One transaction per address and per phone at a time (advisory locks, always in this order),
      // so parallel requests cannot both pass a limit.
      const codeId = await db.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('jiefang:sms-ip:' || $1))`, [requesterHash])
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('jiefang:sms:' || $1))`, [phone])
        const recent = await countSmsCodesSince(tx, phone, new Date(now.getTime() - SMS_RESEND_SECONDS * 1000))
        const today = await countSmsCodesSince(tx, phone, startOfChinaDay(chinaDateOf(now)))
        const fromAddress = await countSmsCodesFromRequesterSince(tx, requesterHash, new Date(now.getTime() - 3_600_000))
        const refusal = smsCodeRefusal({ lastToPhone: recent.last, todayToPhone: today.count, fromAddressLastHour: fromAddress }, now, perAddress)
        if (refusal) {
          if (refusal.retryAfterSeconds !== undefined) reply.header('retry-after', String(refusal.retryAfterSeconds))
          throw new AppError(429, refusal.code, refusal.message)
        }
        return insertSmsCode(tx, { phone, codeHash: hashCode(phone, code), requesterHash, sentAt: now, expiresAt: new Date(now.getTime() + SMS_CODE_TTL_SECONDS * 1000) })
      })
      const text = `【街坊通】您的验证码是 ${code}，5 分钟内有效。如非本人操作，请忽略本短信。`
      try {
        await services.sms.send({ to: phone, code, text, at: now.toISOString() })
      } catch (error) {
        // The code never reached the phone: it can no longer be used, but it still counts against the
        // limits, so a failing gateway is not hammered by retries.
        await markSmsCodeUsed(db, codeId, now)
        throw smsFailure(error, request.log)
      }
      return { sentTo: maskPhone(phone), expiresInSeconds: SMS_CODE_TTL_SECONDS, resendAfterSeconds: SMS_RESEND_SECONDS }
    }
  )

  app.post(
    '/auth/sms/verify',
    {
      schema: {
        summary: '用短信验证码登录',
        tags: ['登录'],
        body: SmsVerifyBodySchema,
        response: { 200: SessionSchema, ...errors }
      }
    },
    async (request) => {
      const { phone, code } = request.body
      const now = services.now()
      const outcome = await db.transaction<VerifyOutcome>(async (tx) => {
        const sent = await latestSmsCode(tx, phone)
        if (!sent || sent.used_at !== null) return { error: 'CODE_EXPIRED', message: '请先获取验证码' }
        if (new Date(sent.expires_at).getTime() <= now.getTime()) return { error: 'CODE_EXPIRED', message: '验证码已过期，请重新获取' }
        if (sent.failed_attempts >= SMS_MAX_ATTEMPTS) return { error: 'CODE_INVALID', message: '验证码错误次数过多，已失效，请重新获取' }
        const expected = Buffer.from(sent.code_hash, 'hex')
        const given = Buffer.from(hashCode(phone, code), 'hex')
        if (!timingSafeEqual(expected, given)) {
          const failed = await recordFailedAttempt(tx, sent.id)
          const left = SMS_MAX_ATTEMPTS - failed
          return {
            error: 'CODE_INVALID',
            message: left > 0 ? `验证码不正确，还可以再试 ${left} 次` : '验证码错误次数过多，已失效，请重新获取'
          }
        }
        await markSmsCodeUsed(tx, sent.id, now)
        const account = await accountForPhone(tx, phone)
        return { session: await openSession(tx, account.id, now) }
      })
      if (outcome.error) throw new AppError(400, outcome.error, outcome.message, { code: outcome.message })
      return outcome.session
    }
  )

  app.post(
    '/auth/wechat',
    {
      schema: {
        summary: '微信小程序登录（wx.login 的 code 换取会话；未配置微信时 503）',
        tags: ['登录'],
        body: WechatLoginBodySchema,
        response: { 200: SessionSchema, ...errors, 503: ErrorBodySchema }
      }
    },
    async (request) => {
      const wechat = wechatOf(services)
      let openid: string
      try {
        openid = (await wechat.code2session(request.body.code)).openid
      } catch (error) {
        throw wechatFailure(error, request.log, 'wechat login')
      }
      const now = services.now()
      return db.transaction(async (tx) => openSession(tx, (await accountForOpenid(tx, openid)).id, now))
    }
  )

  app.post(
    '/auth/wechat/phone',
    {
      schema: {
        summary: '小程序手机号快捷登录（getPhoneNumber 的 code 由服务器向微信换取手机号；未配置微信时 503）',
        tags: ['登录'],
        body: WechatPhoneLoginBodySchema,
        response: { 200: SessionSchema, ...errors, 422: ErrorBodySchema, 503: ErrorBodySchema }
      }
    },
    async (request) => {
      const wechat = wechatOf(services)
      let phone: string
      try {
        phone = await wechat.phoneNumber(request.body.code)
      } catch (error) {
        throw wechatFailure(error, request.log, 'wechat phone number')
      }
      const now = services.now()
      // The number WeChat verified signs in to the same account as an SMS code to that number.
      return db.transaction(async (tx) => openSession(tx, (await accountForPhone(tx, phone)).id, now))
    }
  )

  app.post(
    '/auth/logout',
    {
      onRequest: residentSession(db, services.now),
      schema: {
        summary: '退出登录（这个会话在服务器上立即失效）',
        tags: ['登录'],
        response: { 204: z.null(), 401: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      await requireResident(db, request, services.now())
      const token = bearerToken(request)
      if (token) await deleteSession(db, hashToken(token))
      return reply.status(204).send(null)
    }
  )
}
