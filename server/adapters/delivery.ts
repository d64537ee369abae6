/**
 * Why a provider did not deliver a message, in the few kinds the server acts on differently:
 * - `refused`: the recipient has not allowed this message (WeChat 43101: no subscription left); another channel may reach them.
 * - `bad_recipient`: the number or openid cannot receive it; retrying will not help.
 * - `rate_limited`: the provider's own flow control for this recipient or account; later may work.
 * - `misconfigured`: credentials, template or signature rejected; the operator must fix the settings.
 * - `unavailable`: the provider failed, timed out or could not be reached; later may work.
 */
export type DeliveryFailure = 'refused' | 'bad_recipient' | 'rate_limited' | 'misconfigured' | 'unavailable'

/**
 * Whether a failure may go away by itself, so the message is worth sending again later: the provider
 * was down, slow or throttling. A refusal, a bad number or rejected settings fail the same way however
 * often they are tried (and misconfigured settings need the operator, not a retry).
 * @example isTransientFailure('unavailable') // true
 * @example isTransientFailure('rate_limited') // true
 * @example isTransientFailure('bad_recipient') // false
 */
export function isTransientFailure(failure: DeliveryFailure): boolean {
  return failure === 'unavailable' || failure === 'rate_limited'
}

export class DeliveryError extends Error {
  override name = 'DeliveryError'
  constructor(
    readonly provider: 'wechat' | 'aliyun-sms',
    readonly failure: DeliveryFailure,
    /** The provider's own code (errcode, Code) or the HTTP status, for the log. */
    readonly providerCode: string,
    message: string
  ) {
    super(message)
  }
}

/** Each call to a provider gives up after this long; the caller decides what a failure means. */
export const PROVIDER_TIMEOUT_MS = 5000

/**
 * Fetches and reads a JSON answer, turning network failures, timeouts and non-JSON answers into an
 * `unavailable` DeliveryError. Error answers that are JSON come back for the caller to map.
 */
export async function fetchProviderJson<T>(provider: DeliveryError['provider'], url: string | URL, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  let response: Response
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) })
  } catch (error) {
    throw new DeliveryError(provider, 'unavailable', 'network', `${provider} could not be reached: ${(error as Error).message}`)
  }
  const text = await response.text().catch(() => '')
  try {
    return { status: response.status, body: JSON.parse(text) as T }
  } catch {
    throw new DeliveryError(provider, 'unavailable', String(response.status), `${provider} answered HTTP ${response.status} without JSON`)
  }
}
