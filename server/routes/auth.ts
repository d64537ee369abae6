import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { chinaDateOf, startOfChinaDay } from '@/core/residents/china-time'
import { maskPhone } from '@/core/residents/identity'
import {
  SessionSchema,
  SMS_CODE_TTL_SECONDS,
  SMS_DAILY_LIMIT,
  SMS_MAX_ATTEMPTS,
  SMS_RESEND_SECONDS,
  SmsCodeRequestBodySchema,
  SmsCodeSentSchema,
  SmsVerifyBodySchema,
  WechatLoginBodySchema
} from '@/core/schemas/auth'
import { ErrorBodySchema } from '@/core/schemas/common'
import type { Db } from '../db/db'
import { WechatLoginError } from '../adapters/wechat'
import { AppError } from '../http/errors'
import {
  accountForOpenid,
  accountForPhone,
  countSmsCodesSince,
  insertSmsCode,
  latestSmsCode,
  markSmsCodeUsed,
  recordFailedAttempt
} from '../repositories/accounts-repository'
import type { ResidentServices } from '../residents/services'
import { openSession } from '../residents/session'

type VerifyOutcome =
  | { error: 'CODE_INVALID' | 'CODE_EXPIRED'; message: string; session?: undefined }
  | { error?: undefined; session: { token: string; expiresAt: string; accountId: number } }

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 429: ErrorBodySchema }

/**
 * Residents' sign-in: SMS code (H5) and WeChat code2session (mini-program). Both answer a session
 * token for `Authorization: Bearer`.
 */
export const authRoutes: FastifyPluginAsyncZod<{ db: Db; services: ResidentServices }> = async (app, { db, services }) => {
  const hashCode = (phone: string, code: string) => createHmac('sha256', services.secrets.smsPepper).update(`${phone}:${code}`).digest('hex')

  app.post(
    '/auth/sms',
    {
      schema: {
        summary: '发送短信验证码（每个号码 60 秒内 1 次，每天最多 10 次）',
        tags: ['登录'],
        body: SmsCodeRequestBodySchema,
        response: { 200: SmsCodeSentSchema, ...errors }
      }
    },
    async (request, reply) => {
      const { phone } = request.body
      const now = services.now()
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      // One transaction per phone at a time (advisory lock), so parallel requests cannot both pass the limits.
      await db.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('jiefang:sms:' || $1))`, [phone])
        const recent = await countSmsCodesSince(tx, phone, new Date(now.getTime() - SMS_RESEND_SECONDS * 1000))
        if (recent.count > 0 && recent.last) {
          const wait = Math.max(1, Math.ceil((recent.last.getTime() + SMS_RESEND_SECONDS * 1000 - now.getTime()) / 1000))
          reply.header('retry-after', String(wait))
          throw new AppError(429, 'RATE_LIMITED', `验证码刚刚发送过，请在 ${wait} 秒后再获取`)
        }
        const today = await countSmsCodesSince(tx, phone, startOfChinaDay(chinaDateOf(now)))
        if (today.count >= SMS_DAILY_LIMIT) {
          throw new AppError(429, 'RATE_LIMITED', `这个号码今天已获取 ${SMS_DAILY_LIMIT} 次验证码，已达上限，请明天再试`)
        }
        await insertSmsCode(tx, phone, hashCode(phone, code), now, new Date(now.getTime() + SMS_CODE_TTL_SECONDS * 1000))
      })
      const text = `【街坊通】您的验证码是 ${code}，5 分钟内有效。如非本人操作，请忽略本短信。`
      await services.sms.send({ to: phone, code, text, at: now.toISOString() })
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
        summary: '微信小程序登录（wx.login 的 code 换取会话）',
        tags: ['登录'],
        body: WechatLoginBodySchema,
        response: { 200: SessionSchema, ...errors }
      }
    },
    async (request) => {
      let openid: string
      try {
        openid = (await services.wechat.code2session(request.body.code)).openid
      } catch (error) {
        if (error instanceof WechatLoginError) {
          request.log.info({ err: error }, 'wechat login refused')
          throw new AppError(401, 'WECHAT_LOGIN_FAILED', '微信登录失败，请关闭小程序后重新打开再试')
        }
        throw error
      }
      const now = services.now()
      return db.transaction(async (tx) => openSession(tx, (await accountForOpenid(tx, openid)).id, now))
    }
  )
}
