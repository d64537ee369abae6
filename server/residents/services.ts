import type { Config } from '../config'
import { outboxNotifyTransport, type NotifyTransport } from '../adapters/notify'
import { outboxSmsTransport, type SmsTransport } from '../adapters/sms'
import { fakeWechatAdapter, wechatApiAdapter, type WechatAdapter } from '../adapters/wechat'
import { loadSecrets, type Secrets } from '../secrets'

/** What the residents' routes need from outside: time, secrets and the transports. */
export interface ResidentServices {
  /** The current instant; tests pass a fixed one. */
  now: () => Date
  secrets: Secrets
  sms: SmsTransport
  wechat: WechatAdapter
  notify: NotifyTransport
  /** WECHAT_TEMPLATE_IDS: what the app asks residents to allow at submit time. */
  wechatTemplateIds?: string[]
}

/** The services of a running server, from its configuration (development transports without a provider). */
export function createResidentServices(
  config: Config,
  log: (message: object) => void = (message) => console.info(`短信（开发模式，未实际发送）/ SMS (dev outbox, not sent): ${JSON.stringify(message)}`)
): ResidentServices {
  return {
    now: () => new Date(),
    secrets: loadSecrets(config),
    sms: outboxSmsTransport(config.dataDir, log),
    wechat: config.wechat ? wechatApiAdapter(config.wechat.appId, config.wechat.secret) : fakeWechatAdapter(),
    notify: outboxNotifyTransport(config.dataDir),
    wechatTemplateIds: config.wechatTemplateIds
  }
}
