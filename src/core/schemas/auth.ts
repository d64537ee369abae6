import { z } from 'zod'
import { id, text } from './primitives'
import { MobilePhoneSchema } from './cases'
import { pageOf } from './common'

/** Residents' sign-in, session, privacy consent and notifications. */

export const SMS_CODE_TTL_SECONDS = 300
export const SMS_RESEND_SECONDS = 60
export const SMS_DAILY_LIMIT = 10
export const SMS_MAX_ATTEMPTS = 5

export const SmsCodeRequestBodySchema = z.object({ phone: MobilePhoneSchema }).meta({ id: 'SmsCodeRequestBody' })
export const SmsCodeSentSchema = z
  .object({ sentTo: text(), expiresInSeconds: z.number().int(), resendAfterSeconds: z.number().int() })
  .meta({ id: 'SmsCodeSent' })

export const SmsVerifyBodySchema = z
  .object({
    phone: MobilePhoneSchema,
    code: text({ error: '请填写短信验证码' }).trim().max(6, { error: '验证码是 6 位数字' }).regex(/^\d{6}$/, { error: '验证码是 6 位数字' })
  })
  .meta({ id: 'SmsVerifyBody' })

export const WechatLoginBodySchema = z
  .object({ code: text({ error: '缺少微信登录凭证' }).min(1, { error: '缺少微信登录凭证' }).max(200, { error: '微信登录凭证不正确' }) })
  .meta({ id: 'WechatLoginBody' })

/** The code of a mini-program `getPhoneNumber` button (手机号快速验证), exchanged by the server for the number. */
export const WechatPhoneLoginBodySchema = z
  .object({
    code: text({ error: '缺少手机号验证凭证' }).min(1, { error: '缺少手机号验证凭证' }).max(200, { error: '手机号验证凭证不正确' })
  })
  .meta({ id: 'WechatPhoneLoginBody' })

export const SessionSchema = z
  .object({
    token: text(),
    expiresAt: text().meta({ description: 'ISO 8601 instant' }),
    /** Whose session it is: the app stamps each unsent submission with it and sends it only under the same account. */
    accountId: z.number().int()
  })
  .meta({ id: 'Session' })
export type Session = z.infer<typeof SessionSchema>

export const PRIVACY_NOTICE = 'privacy'
export const PrivacyNoticeSchema = z
  .object({ notice: z.literal(PRIVACY_NOTICE), version: text(), title: text(), text: text() })
  .meta({ id: 'PrivacyNotice' })
export type PrivacyNotice = z.infer<typeof PrivacyNoticeSchema>

export const ConsentBodySchema = z
  .object({
    notice: z.literal(PRIVACY_NOTICE, { error: '只能同意隐私政策（privacy）' }),
    version: text({ error: '请说明同意的是哪一版隐私政策' }).min(1, { error: '请说明同意的是哪一版隐私政策' }).max(50)
  })
  .meta({ id: 'ConsentBody' })
export const ConsentParamsSchema = z.object({
  notice: z.literal(PRIVACY_NOTICE, { error: '只能撤回对隐私政策（privacy）的同意' })
})
export const ConsentSchema = z
  .object({
    notice: text(),
    version: text(),
    givenAt: text(),
    /** Present once withdrawn: the record of the consent is kept, it is just no longer in force. */
    withdrawnAt: text().optional()
  })
  .meta({ id: 'Consent' })

export const MeSchema = z
  .object({
    phoneMasked: text().nullable(),
    wechat: z.boolean(),
    consents: z.array(ConsentSchema),
    /** False until the current privacy notice is agreed to, and again after a withdrawal: the app asks before an identity number is sent. */
    privacyConsentCurrent: z.boolean(),
    unreadNotifications: z.number().int()
  })
  .meta({ id: 'Me' })
export type Me = z.infer<typeof MeSchema>

export const NotificationSchema = z
  .object({ id: z.number().int(), trackingNo: text().nullable(), text: text(), createdAt: text(), read: z.boolean() })
  .meta({ id: 'Notification' })
export const NotificationPageSchema = pageOf(NotificationSchema)
  .extend({ unread: z.number().int() })
  .meta({ id: 'NotificationPage' })
export const NotificationsReadBodySchema = z
  .object({ ids: z.array(id('消息编号')).max(100, { error: '一次最多标记 100 条消息' }).optional() })
  .meta({ id: 'NotificationsReadBody', description: 'without ids: all are marked read' })

/**
 * A resident's own data (个人信息保护法 第四十五条). Files are listed, not embedded: each is up to 10 MB,
 * so the export gives the address to download it with the same sign-in (GET /uploads/:id).
 */
export const MyDataExportSchema = z
  .object({
    exportedAt: text(),
    account: z.object({ phone: text().nullable(), wechat: z.boolean() }),
    consents: z.array(ConsentSchema),
    cases: z.array(
      z.object({ trackingNo: text(), kind: text(), title: text(), receivedOn: text(), submitted: z.record(text(), z.unknown()) })
    ),
    uploads: z.array(
      z.object({
        id: text(),
        name: text(),
        contentType: text(),
        size: z.number().int(),
        createdAt: text(),
        /** Where to download the file's contents, signed in as the same resident. */
        url: text()
      })
    ),
    notifications: z.array(NotificationSchema)
  })
  .meta({ id: 'MyDataExport' })

/** The subscription-message templates to ask for with Taro.requestSubscribeMessage when submitting. */
export const NotifyTemplatesSchema = z.object({ wechatTemplateIds: z.array(text()) }).meta({ id: 'NotifyTemplates' })
