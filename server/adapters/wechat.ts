import { createHash } from 'node:crypto'
import { WECHAT_API_BASE } from './wechat-subscribe'

/** What WeChat's code2session answers for a Taro.login code. */
export interface WechatSession {
  openid: string
}

export interface WechatAdapter {
  /** Exchanges a login code for the user's openid; throws WechatLoginError when WeChat refuses it. */
  code2session(code: string): Promise<WechatSession>
}

export class WechatLoginError extends Error {
  override name = 'WechatLoginError'
}

/**
 * The real exchange: https://api.weixin.qq.com/sns/jscode2session with the mini-program's appid and
 * secret (WECHAT_APPID, WECHAT_SECRET); `apiBase` (WECHAT_API_BASE) replaces the host for a proxy.
 */
export function wechatApiAdapter(appId: string, secret: string, fetchImpl: typeof fetch = fetch, apiBase: string = WECHAT_API_BASE): WechatAdapter {
  return {
    async code2session(code) {
      const url = new URL('/sns/jscode2session', apiBase)
      url.search = new URLSearchParams({ appid: appId, secret, js_code: code, grant_type: 'authorization_code' }).toString()
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(5000) })
      const answer = (await response.json()) as { openid?: string; errcode?: number; errmsg?: string }
      if (!answer.openid) throw new WechatLoginError(`code2session failed: ${answer.errcode ?? response.status} ${answer.errmsg ?? ''}`)
      return { openid: answer.openid }
    }
  }
}

/**
 * The development stand-in used without WeChat credentials: the same code always gives the same
 * openid, and a code starting with `invalid` is refused as WeChat would refuse a used code.
 */
export function fakeWechatAdapter(): WechatAdapter {
  return {
    async code2session(code) {
      if (code.startsWith('invalid')) throw new WechatLoginError('code2session refused the code (stand-in)')
      return { openid: `dev-${createHash('sha256').update(code).digest('hex').slice(0, 24)}` }
    }
  }
}
