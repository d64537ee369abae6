import { createHash } from 'node:crypto'
import { MobilePhoneSchema } from '@/core/schemas/cases'
import { DeliveryError, fetchProviderJson, PROVIDER_TIMEOUT_MS } from './delivery'
import { wechatAccessTokens, type AccessTokens } from './wechat-subscribe'

/** What WeChat's code2session answers for a Taro.login code. */
export interface WechatSession {
  openid: string
}

export interface WechatAdapter {
  /** Exchanges a login code for the user's openid; throws WechatLoginError when WeChat refuses it. */
  code2session(code: string): Promise<WechatSession>
  /**
   * Exchanges the code of a `getPhoneNumber` button (手机号快速验证) for the mainland mobile number
   * WeChat verified; throws WechatLoginError when WeChat refuses the code, WechatPhoneNotSupported
   * for a number outside the mainland, a DeliveryError when WeChat cannot be reached.
   */
  phoneNumber(code: string): Promise<string>
}

export class WechatLoginError extends Error {
  override name = 'WechatLoginError'
}

/** The verified number is not a mainland mobile number, which the office's SMS and records expect. */
export class WechatPhoneNotSupported extends Error {
  override name = 'WechatPhoneNotSupported'
}

/** errcodes meaning "this access_token is not (or no longer) valid": fetch a new one and retry once. */
const TOKEN_INVALID = new Set([40001, 40014, 42001])

/** getuserphonenumber's answer (phone_info on success). */
interface PhoneNumberAnswer {
  errcode?: number
  errmsg?: string
  phone_info?: { purePhoneNumber?: string; countryCode?: string; watermark?: { appid?: string } }
}

export interface WechatApiSettings {
  appId: string
  secret: string
  /** WECHAT_API_BASE: https://api.weixin.qq.com unless a proxy or a test double is given. */
  apiBase: string
}

/**
 * The real exchanges with the mini-program's appid and secret (WECHAT_APPID, WECHAT_SECRET):
 * https://api.weixin.qq.com/sns/jscode2session for WeChat sign-in, and
 * POST /wxa/business/getuserphonenumber?access_token=… for the phone-number quick check, with the
 * access_token cache the subscription messages share (`tokens`).
 */
export function wechatApiAdapter(
  settings: WechatApiSettings,
  tokens: AccessTokens = wechatAccessTokens(settings),
  fetchImpl: typeof fetch = fetch
): WechatAdapter {
  const askPhone = async (token: string, code: string): Promise<PhoneNumberAnswer> => {
    const url = new URL('/wxa/business/getuserphonenumber', settings.apiBase)
    url.search = new URLSearchParams({ access_token: token }).toString()
    const { body } = await fetchProviderJson<PhoneNumberAnswer>('wechat', url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code })
    })
    return body
  }

  return {
    async code2session(code) {
      const url = new URL('/sns/jscode2session', settings.apiBase)
      url.search = new URLSearchParams({ appid: settings.appId, secret: settings.secret, js_code: code, grant_type: 'authorization_code' }).toString()
      let answer: { openid?: string; errcode?: number; errmsg?: string }
      let status: number
      try {
        const response = await fetchImpl(url, { signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) })
        status = response.status
        answer = (await response.json()) as typeof answer
      } catch (error) {
        throw new DeliveryError('wechat', 'unavailable', 'network', `code2session could not be reached: ${(error as Error).message}`)
      }
      if (answer.errcode === -1) throw new DeliveryError('wechat', 'unavailable', '-1', `code2session busy: ${answer.errmsg ?? ''}`)
      if (!answer.openid) throw new WechatLoginError(`code2session failed: ${answer.errcode ?? status} ${answer.errmsg ?? ''}`)
      return { openid: answer.openid }
    },

    async phoneNumber(code) {
      let token = await tokens.get()
      let answer = await askPhone(token, code)
      if (answer.errcode !== undefined && TOKEN_INVALID.has(answer.errcode)) {
        tokens.invalidate(token)
        token = await tokens.get()
        answer = await askPhone(token, code)
      }
      const errcode = answer.errcode ?? 0
      if (errcode === -1) throw new DeliveryError('wechat', 'unavailable', '-1', `getuserphonenumber busy: ${answer.errmsg ?? ''}`)
      // 40029: the code is invalid or used; anything else without phone_info is a refusal as well.
      const info = answer.phone_info
      if (errcode !== 0 || !info?.purePhoneNumber) throw new WechatLoginError(`getuserphonenumber refused (${errcode}): ${answer.errmsg ?? ''}`)
      if (info.watermark?.appid !== undefined && info.watermark.appid !== settings.appId) {
        throw new WechatLoginError('getuserphonenumber answered for another appid')
      }
      if (info.countryCode !== '86' || !MobilePhoneSchema.safeParse(info.purePhoneNumber).success) {
        throw new WechatPhoneNotSupported(`not a mainland mobile number (country code ${info.countryCode ?? '?'})`)
      }
      return info.purePhoneNumber
    }
  }
}

/** The number the stand-in's phone-number quick check answers for every code. */
export const STAND_IN_PHONE = '13800138000'

/**
 * The development stand-in, used only with WECHAT_STAND_IN=1 and no WeChat settings: the same code
 * always gives the same openid, the phone-number quick check always gives STAND_IN_PHONE, and a code
 * starting with `invalid` is refused as WeChat would refuse a used code. It accepts anything else, so
 * anyone could sign in as anyone: never in production.
 */
export function standInWechatAdapter(): WechatAdapter {
  return {
    async code2session(code) {
      if (code.startsWith('invalid')) throw new WechatLoginError('code2session refused the code (stand-in)')
      return { openid: `dev-${createHash('sha256').update(code).digest('hex').slice(0, 24)}` }
    },
    async phoneNumber(code) {
      if (code.startsWith('invalid')) throw new WechatLoginError('getuserphonenumber refused the code (stand-in)')
      return STAND_IN_PHONE
    }
  }
}
