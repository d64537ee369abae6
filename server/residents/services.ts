import type { Config } from '../config'
import { aliyunSms, aliyunSmsTransport } from '../adapters/aliyun-sms'
import { channelNotifyTransport, outboxNotifyTransport, type NotifyTransport } from '../adapters/notify'
import { outboxSmsTransport, type SmsTransport } from '../adapters/sms'
import { fakeWechatAdapter, wechatApiAdapter, type WechatAdapter } from '../adapters/wechat'
import { wechatSubscribe } from '../adapters/wechat-subscribe'
import { deliveryBell, type DeliveryBell } from '../deliveries/worker'
import { loadSecrets, type Secrets } from '../secrets'

/** Sign-in codes one network address may ask for in an hour when the configuration says nothing. */
export const DEFAULT_SMS_CODES_PER_IP_PER_HOUR = 20

/** What the residents' routes need from outside: time, secrets and the transports. */
export interface ResidentServices {
  /** The current instant; tests pass a fixed one. */
  now: () => Date
  secrets: Secrets
  sms: SmsTransport
  wechat: WechatAdapter
  /** What the delivery worker sends queued deliveries through. */
  notify: NotifyTransport
  /** Rung after a commit that queued deliveries, so the worker sends them at once. */
  deliveryBell: DeliveryBell
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
  log: (message: object) => void = (message) => console.info(`短信（开发模式，未实际发送）/ SMS (dev outbox, not sent): ${JSON.stringify(message)}`)
): ResidentServices {
  const sms = config.aliyunSms ? aliyunSms(config.aliyunSms) : undefined
  const templateId = config.wechatTemplateIds?.[0]
  const subscribe =
    config.wechat && templateId
      ? wechatSubscribe({ ...config.wechat, templateId, fields: config.wechatNotifyFields, apiBase: config.wechatApiBase })
      : undefined
  return {
    now: () => new Date(),
    secrets: loadSecrets(config),
    sms: sms && config.aliyunSms ? aliyunSmsTransport(sms, config.aliyunSms.codeTemplate) : outboxSmsTransport(config.dataDir, log),
    wechat: config.wechat ? wechatApiAdapter(config.wechat.appId, config.wechat.secret, fetch, config.wechatApiBase) : fakeWechatAdapter(),
    notify: channelNotifyTransport({
      wechat: subscribe,
      sms: sms && config.aliyunSms?.notifyTemplate ? { service: sms, template: config.aliyunSms.notifyTemplate } : undefined,
      fallback: outboxNotifyTransport(config.dataDir)
    }),
    deliveryBell: deliveryBell(),
    wechatTemplateIds: config.wechatTemplateIds,
    smsCodesPerIpPerHour: config.smsCodesPerIpPerHour
  }
}
