import type { Config } from '../config'
import { aliyunSms, aliyunSmsTransport } from '../adapters/aliyun-sms'
import { channelNotifyTransport, outboxNotifyTransport, type NotifyTransport } from '../adapters/notify'
import { outboxLogLine, outboxSmsTransport, type SmsMessage, type SmsTransport } from '../adapters/sms'
import { standInWechatAdapter, wechatApiAdapter, type WechatAdapter } from '../adapters/wechat'
import { wechatAccessTokens, wechatSubscribe } from '../adapters/wechat-subscribe'
import { deliveryBell, type DeliveryBell } from '../deliveries/worker'
import { loadSecrets, type Secrets } from '../secrets'
import { UploadGate } from './upload-gate'

/** Sign-in codes one network address may ask for in an hour when the configuration says nothing. */
export const DEFAULT_SMS_CODES_PER_IP_PER_HOUR = 20

/** What the residents' routes need from outside: time, secrets and the transports. */
export interface ResidentServices {
  /** The current instant; tests pass a fixed one. */
  now: () => Date
  secrets: Secrets
  sms: SmsTransport
  /**
   * WeChat sign-in and the phone-number quick check: the real API with WECHAT_APPID and
   * WECHAT_SECRET, the stand-in with WECHAT_STAND_IN=1, otherwise absent (503 WECHAT_UNAVAILABLE).
   */
  wechat: WechatAdapter | undefined
  /** What the delivery worker sends queued deliveries through. */
  notify: NotifyTransport
  /** Rung after a commit that queued deliveries, so the worker sends them at once. */
  deliveryBell: DeliveryBell
  /** Uploads in flight, residents' and officials' (UPLOAD_LIMITS: two per uploader, eight in all). */
  uploadGate: UploadGate
  /** WECHAT_TEMPLATE_IDS: what the app asks residents to allow at submit time. */
  wechatTemplateIds?: string[]
  /** SMS_CODES_PER_IP_PER_HOUR; DEFAULT_SMS_CODES_PER_IP_PER_HOUR when absent. */
  smsCodesPerIpPerHour?: number
}

/**
 * The services of a running server, from its configuration: Alibaba Cloud SMS and WeChat
 * subscription messages where configured, the development outbox (DATA_DIR/outbox) for the rest.
 */
export function createResidentServices(
  config: Config,
  log: (message: SmsMessage) => void = (message) => console.info(outboxLogLine(message, config.dataDir, process.stdout.isTTY === true))
): ResidentServices {
  const sms = config.aliyunSms ? aliyunSms(config.aliyunSms) : undefined
  const templateId = config.wechatTemplateIds?.[0]
  const wechatApi = config.wechat ? { ...config.wechat, apiBase: config.wechatApiBase } : undefined
  // One access_token for the phone-number quick check and the subscription messages: each new token
  // WeChat hands out may invalidate the one before.
  const tokens = wechatApi ? wechatAccessTokens(wechatApi) : undefined
  const subscribe =
    wechatApi && tokens && templateId ? wechatSubscribe({ ...wechatApi, templateId, fields: config.wechatNotifyFields }, tokens) : undefined
  return {
    now: () => new Date(),
    secrets: loadSecrets(config),
    sms: sms && config.aliyunSms ? aliyunSmsTransport(sms, config.aliyunSms.codeTemplate) : outboxSmsTransport(config.dataDir, log),
    wechat: wechatApi && tokens ? wechatApiAdapter(wechatApi, tokens) : config.wechatStandIn ? standInWechatAdapter() : undefined,
    notify: channelNotifyTransport({
      wechat: subscribe,
      sms: sms && config.aliyunSms?.notifyTemplate ? { service: sms, template: config.aliyunSms.notifyTemplate } : undefined,
      fallback: outboxNotifyTransport(config.dataDir)
    }),
    deliveryBell: deliveryBell(),
    uploadGate: new UploadGate(),
    wechatTemplateIds: config.wechatTemplateIds,
    smsCodesPerIpPerHour: config.smsCodesPerIpPerHour
  }
}

/**
 * The line the server prints at start about WeChat sign-in, so nobody runs the stand-in unawares.
 * @example wechatSignInNotice(loadConfig({ WECHAT_STAND_IN: '1' })) // '微信登录：开发替身（WECHAT_STAND_IN=1），任何登录凭证都会被接受，只能用于开发和测试 / …'
 */
export function wechatSignInNotice(config: Pick<Config, 'wechat' | 'wechatStandIn'>): string {
  if (config.wechat) return '微信登录：已配置（WECHAT_APPID）/ WeChat sign-in: configured'
  if (config.wechatStandIn) {
    return '微信登录：开发替身（WECHAT_STAND_IN=1），任何登录凭证都会被接受，只能用于开发和测试 / WeChat sign-in: development stand-in, accepts any code; never in production'
  }
  return '微信登录：未配置 WECHAT_APPID，小程序请用短信验证码登录 / WeChat sign-in: not configured, residents sign in by SMS code'
}
