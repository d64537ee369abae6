import './zod-jitless'
import { z } from 'zod'
import {
  MeSchema,
  NotificationPageSchema,
  NotifyTemplatesSchema,
  PRIVACY_NOTICE,
  PrivacyNoticeSchema,
  SessionSchema,
  SmsCodeSentSchema,
  type Me,
  type PrivacyNotice,
  type Session
} from '@/core/schemas/auth'
import { getJson, http, postJson } from './client'
import { toApiError } from './errors'

/**
 * Residents' sign-in and consent, for the pages of the cases subpackage. The token itself lives in
 * src/stores/session.ts and reaches every request through session-header.ts.
 */

export type SmsCodeSent = z.infer<typeof SmsCodeSentSchema>
export type NotifyTemplates = z.infer<typeof NotifyTemplatesSchema>
export type NotificationPage = z.infer<typeof NotificationPageSchema>

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

/**
 * POST /auth/wechat/phone: the code of a `getPhoneNumber` button (手机号快速验证); the server asks
 * WeChat for the verified number and signs in to that number's account, as an SMS code would.
 */
export function signInWithWechatPhone(code: string): Promise<Session> {
  return postJson('/auth/wechat/phone', { code }, SessionSchema)
}

/** GET /me: who is signed in, whether the current privacy notice is agreed to, unread notifications. */
export function fetchMe(): Promise<Me> {
  return getJson('/me', MeSchema)
}

/** GET /privacy: the current privacy notice and its version. */
export function fetchPrivacyNotice(): Promise<PrivacyNotice> {
  return getJson('/privacy', PrivacyNoticeSchema)
}

/** GET /me/notifications: the resident's messages, newest first, with the unread count. */
export function fetchNotifications(): Promise<NotificationPage> {
  return getJson('/me/notifications', NotificationPageSchema, { pageSize: 20 })
}

/** POST /me/notifications/read without ids: every message is read. */
export async function markAllNotificationsRead(): Promise<void> {
  await postJson('/me/notifications/read', {}, z.unknown())
}

/** POST /me/consents: records the resident's explicit consent to this version of the notice. */
export async function recordPrivacyConsent(version: string): Promise<void> {
  await postJson('/me/consents', { notice: PRIVACY_NOTICE, version }, z.unknown())
}

/**
 * DELETE /me/consents/privacy: withdraws consent to the privacy notice. The server keeps the record
 * with its withdrawal time; an identity number needs consent again.
 */
export async function withdrawPrivacyConsent(): Promise<void> {
  try {
    await http.delete(`/me/consents/${PRIVACY_NOTICE}`)
  } catch (error) {
    throw toApiError(error)
  }
}

/** GET /notify/templates: the WeChat subscription templates the server sends with (WECHAT_TEMPLATE_IDS). */
export function fetchNotifyTemplates(): Promise<NotifyTemplates> {
  return getJson('/notify/templates', NotifyTemplatesSchema)
}

