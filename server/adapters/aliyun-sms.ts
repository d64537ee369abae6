import { createHmac, randomUUID } from 'node:crypto'
import { DeliveryError, fetchProviderJson, type DeliveryFailure } from './delivery'
import type { SmsTransport } from './sms'

/**
 * Alibaba Cloud SMS (Dysmsapi 2017-05-25, SendSms) over its RPC protocol with signature version 1.0
 * (HMAC-SHA1), as documented in 短信服务 → 签名机制: no SDK, global fetch.
 */

export interface AliyunSmsSettings {
  accessKeyId: string
  accessKeySecret: string
  /** 短信签名: the approved name shown in 【】 at the start of every message. */
  signName: string
  /** Approved template of sign-in codes, with the variable ${code}. */
  codeTemplate: string
  /** Approved template of case notices, with ${trackingNo} and ${text}; without it notices are not sent by SMS. */
  notifyTemplate?: string
  /** https://dysmsapi.aliyuncs.com unless a regional endpoint or a test double is given. */
  endpoint: string
}

/**
 * RFC 3986 percent-encoding as the signature requires: only A–Z a–z 0–9 - _ . ~ stay as they are
 * (encodeURIComponent also leaves ! ' ( ) * alone, which the signature does not).
 * @example percentEncode("a b*~") // 'a%20b%2A~'
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * The signature of an RPC request: Base64(HMAC-SHA1(secret + '&', METHOD & %2F & encode(sorted query))).
 * @example signRpcRequest('GET', { Action: 'DescribeRegions', AccessKeyId: 'testid' }, 'testsecret') // a Base64 string
 */
export function signRpcRequest(method: 'GET' | 'POST', params: Record<string, string>, accessKeySecret: string): string {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key])}`)
    .join('&')
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64')
}

/** What SendSms answers: Code 'OK' when the message was accepted for delivery. */
interface SendSmsAnswer {
  Code?: string
  Message?: string
  BizId?: string
  RequestId?: string
}

/** Error codes of SendSms by what the server does about them; anything else counts as unavailable. */
const FAILURES: Record<string, DeliveryFailure> = {
  'isv.BUSINESS_LIMIT_CONTROL': 'rate_limited',
  'isv.DAY_LIMIT_CONTROL': 'rate_limited',
  'isv.MOBILE_NUMBER_ILLEGAL': 'bad_recipient',
  'isv.BLACK_KEY_CONTROL_LIMIT': 'bad_recipient',
  'isv.SMS_SIGNATURE_ILLEGAL': 'misconfigured',
  'isv.SMS_SIGN_ILLEGAL': 'misconfigured',
  'isv.SMS_TEMPLATE_ILLEGAL': 'misconfigured',
  'isv.TEMPLATE_MISSING_PARAMETERS': 'misconfigured',
  'isv.INVALID_PARAMETERS': 'misconfigured',
  'isv.INVALID_JSON_PARAM': 'misconfigured',
  'isv.PARAM_LENGTH_LIMIT': 'misconfigured',
  'isv.ACCOUNT_NOT_EXISTS': 'misconfigured',
  'isv.ACCOUNT_ABNORMAL': 'misconfigured',
  'isp.RAM_PERMISSION_DENY': 'misconfigured',
  SignatureDoesNotMatch: 'misconfigured',
  'InvalidAccessKeyId.NotFound': 'misconfigured',
  'InvalidAccessKeyId.Inactive': 'misconfigured',
  'InvalidTimeStamp.Expired': 'misconfigured'
}

/** The timestamp format of the RPC protocol: ISO 8601 in UTC without milliseconds. */
const rpcTimestamp = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z')

export interface AliyunSms {
  /** Sends one templated message; throws a DeliveryError unless Alibaba Cloud accepted it. */
  sendTemplate(phone: string, templateCode: string, params: Record<string, string>): Promise<{ bizId: string }>
}

export function aliyunSms(settings: AliyunSmsSettings, clock: { now: () => Date; nonce: () => string } = { now: () => new Date(), nonce: randomUUID }): AliyunSms {
  return {
    async sendTemplate(phone, templateCode, templateParams) {
      const params: Record<string, string> = {
        AccessKeyId: settings.accessKeyId,
        Action: 'SendSms',
        Format: 'JSON',
        PhoneNumbers: phone,
        RegionId: 'cn-hangzhou',
        SignName: settings.signName,
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: clock.nonce(),
        SignatureVersion: '1.0',
        TemplateCode: templateCode,
        TemplateParam: JSON.stringify(templateParams),
        Timestamp: rpcTimestamp(clock.now()),
        Version: '2017-05-25'
      }
      const body = new URLSearchParams({ ...params, Signature: signRpcRequest('POST', params, settings.accessKeySecret) })
      const { status, body: answer } = await fetchProviderJson<SendSmsAnswer>('aliyun-sms', `${settings.endpoint.replace(/\/$/, '')}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: body.toString()
      })
      if (answer.Code === 'OK' && answer.BizId) return { bizId: answer.BizId }
      const code = answer.Code ?? String(status)
      throw new DeliveryError('aliyun-sms', FAILURES[code] ?? 'unavailable', code, `SendSms refused (${code}): ${answer.Message ?? `HTTP ${status}`} [RequestId ${answer.RequestId ?? '-'}]`)
    }
  }
}

/** Sign-in codes through Alibaba Cloud: the code template gets `{ code }`; the text is what the template says. */
export function aliyunSmsTransport(sms: AliyunSms, codeTemplate: string): SmsTransport {
  return {
    async send(message) {
      if (message.code === undefined) throw new DeliveryError('aliyun-sms', 'misconfigured', 'no-template', 'Alibaba Cloud SMS sends templates only; this message has no code')
      await sms.sendTemplate(message.to, codeTemplate, { code: message.code })
    }
  }
}
