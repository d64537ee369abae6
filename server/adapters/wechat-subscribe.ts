import { formatChineseDay } from '@/core/calendar'
import { DeliveryError, fetchProviderJson, type DeliveryFailure } from './delivery'
import type { Notification } from './notify'

/**
 * WeChat subscription messages (订阅消息) of the mini-program: an access_token from appid and secret
 * (POST /cgi-bin/stable_token), kept until shortly before it expires, then POST
 * /cgi-bin/message/subscribe/send with one of the templates the resident allowed at 提交.
 */

export const WECHAT_API_BASE = 'https://api.weixin.qq.com'

/** A token is renewed this long before WeChat says it expires, so a send never carries a dying one. */
export const TOKEN_RENEW_MARGIN_MS = 5 * 60_000

/** errcodes meaning "this access_token is not (or no longer) valid": fetch a new one and retry once. */
const TOKEN_INVALID = new Set([40001, 40014, 42001])

/** subscribeMessage.send errcodes by what the server does about them; anything else is unavailable. */
const FAILURES: Record<number, DeliveryFailure> = {
  43101: 'refused',
  40003: 'bad_recipient',
  40037: 'misconfigured',
  41030: 'misconfigured',
  47003: 'misconfigured',
  40013: 'misconfigured',
  40125: 'misconfigured',
  40164: 'misconfigured',
  45009: 'rate_limited',
  45047: 'rate_limited'
}

interface WechatAnswer {
  errcode?: number
  errmsg?: string
}

/**
 * Where a field of the template takes its value from: the tracking number; the notice's text whole
 * (`text`) or without the tracking number (`status`, which fits a 20-character thing field better);
 * the time (`at`, 2026年11月25日 10:00 China time) or the date.
 */
export type TemplateSource = 'trackingNo' | 'status' | 'text' | 'at' | 'date'
export const TEMPLATE_SOURCES: readonly TemplateSource[] = ['trackingNo', 'status', 'text', 'at', 'date']

export interface WechatSubscribeSettings {
  appId: string
  secret: string
  /** The template sent (the first of WECHAT_TEMPLATE_IDS: the one the app asks residents to allow). */
  templateId: string
  /** Template keyword → value, e.g. { character_string1: 'trackingNo', thing2: 'status', time3: 'at' }. */
  fields: Record<string, TemplateSource>
  /** https://api.weixin.qq.com unless a test double is given. */
  apiBase: string
}

export interface AccessTokens {
  /** A token valid for a while yet: the cached one, or a new one (one request however many callers wait). */
  get(): Promise<string>
  /** Forgets `token` after WeChat refused it, unless a newer one has already replaced it. */
  invalidate(token: string): void
}

/**
 * Caches the access_token (valid 7200 s) and renews it TOKEN_RENEW_MARGIN_MS before it expires; calls
 * arriving while a renewal is under way wait for that one instead of asking again.
 */
export function wechatAccessTokens(settings: Pick<WechatSubscribeSettings, 'appId' | 'secret' | 'apiBase'>, now: () => Date = () => new Date()): AccessTokens {
  let cached: { token: string; renewAt: number } | undefined
  let pending: Promise<string> | undefined

  const fetchToken = async (): Promise<string> => {
    // stable_token, not /cgi-bin/token: each server of several asking /cgi-bin/token would invalidate
    // the others' tokens, whereas stable_token hands every caller the same token while it is valid
    // (force_refresh stays false, so no caller revokes it).
    const url = new URL('/cgi-bin/stable_token', settings.apiBase)
    const { status, body } = await fetchProviderJson<WechatAnswer & { access_token?: string; expires_in?: number }>('wechat', url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: settings.appId, secret: settings.secret, force_refresh: false })
    })
    if (!body.access_token) {
      const code = body.errcode ?? status
      throw new DeliveryError('wechat', code === -1 ? 'unavailable' : 'misconfigured', String(code), `WeChat gave no access_token (${code}): ${body.errmsg ?? ''}`)
    }
    const lifetimeMs = (body.expires_in ?? 7200) * 1000
    cached = { token: body.access_token, renewAt: now().getTime() + Math.max(0, lifetimeMs - TOKEN_RENEW_MARGIN_MS) }
    return body.access_token
  }

  return {
    async get() {
      if (cached && now().getTime() < cached.renewAt) return cached.token
      pending ??= fetchToken().finally(() => {
        pending = undefined
      })
      return pending
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined
    }
  }
}

/** Longest value WeChat accepts per keyword type (thing 20 characters, phrase 5, …); others are sent whole. */
const MAX_LENGTH: Record<string, number> = { thing: 20, character_string: 32, phrase: 5, name: 10, letter: 32 }

/**
 * A template value cut to what its keyword type accepts, with … marking the cut.
 * @example fitTemplateValue('thing2', '您的投诉需要您补正材料，请在“我的事项”中查看并补正') // '您的投诉需要您补正材料，请在“我的事项…'
 */
export function fitTemplateValue(keyword: string, value: string): string {
  const max = MAX_LENGTH[keyword.replace(/\d+$/, '')]
  const chars = [...value]
  return max !== undefined && chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value
}

/**
 * China time as the time and date keywords show it to the resident: 2026年11月25日 10:00, 2026年11月25日
 * (the resident's way of writing a date; WeChat's time and date keywords accept 年月日).
 */
function chinaTime(at: string): { time: string; date: string } {
  const iso = new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString()
  const date = formatChineseDay(iso.slice(0, 10))
  return { time: `${date} ${iso.slice(11, 16)}`, date }
}

/**
 * A notice's text without its tracking number (which has a field of its own), so the news fits.
 * @example statusOf('您的投诉（QS-2026-000001）已受理', 'QS-2026-000001') // '您的投诉已受理'
 * @example statusOf('您的建议已提交，事项编号 QS-2026-000001', 'QS-2026-000001') // '您的建议已提交'
 */
export function statusOf(text: string, trackingNo: string): string {
  let status = text
  for (const form of [`（${trackingNo}）`, `，事项编号 ${trackingNo}`, trackingNo]) status = status.split(form).join('')
  return status.trim()
}

/** The `data` of subscribeMessage.send for a notification. */
export function templateData(fields: WechatSubscribeSettings['fields'], notification: Notification): Record<string, { value: string }> {
  const at = chinaTime(notification.at)
  const sources: Record<TemplateSource, string> = {
    trackingNo: notification.trackingNo,
    status: statusOf(notification.text, notification.trackingNo),
    text: notification.text,
    at: at.time,
    date: at.date
  }
  return Object.fromEntries(Object.entries(fields).map(([keyword, source]) => [keyword, { value: fitTemplateValue(keyword, sources[source]) }]))
}

/** The mini-program page a subscription message opens: the case itself. */
export const casePage = (trackingNo: string) => `packages/cases/detail/index?no=${encodeURIComponent(trackingNo)}`

export interface WechatSubscribe {
  /** Sends the notification to `openid`; throws a DeliveryError unless WeChat accepted it. */
  send(openid: string, notification: Notification): Promise<void>
}

export function wechatSubscribe(settings: WechatSubscribeSettings, tokens: AccessTokens = wechatAccessTokens(settings)): WechatSubscribe {
  const attempt = async (token: string, openid: string, notification: Notification): Promise<WechatAnswer> => {
    const url = new URL('/cgi-bin/message/subscribe/send', settings.apiBase)
    url.search = new URLSearchParams({ access_token: token }).toString()
    const { body } = await fetchProviderJson<WechatAnswer>('wechat', url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        touser: openid,
        template_id: settings.templateId,
        page: casePage(notification.trackingNo),
        data: templateData(settings.fields, notification),
        miniprogram_state: 'formal',
        lang: 'zh_CN'
      })
    })
    return body
  }

  return {
    async send(openid, notification) {
      let token = await tokens.get()
      let answer = await attempt(token, openid, notification)
      if (answer.errcode !== undefined && TOKEN_INVALID.has(answer.errcode)) {
        tokens.invalidate(token)
        token = await tokens.get()
        answer = await attempt(token, openid, notification)
      }
      const code = answer.errcode ?? 0
      if (code === 0) return
      throw new DeliveryError('wechat', FAILURES[code] ?? 'unavailable', String(code), `subscribeMessage.send refused (${code}): ${answer.errmsg ?? ''}`)
    }
  }
}
