import type { AliyunSms } from './aliyun-sms'
import { DeliveryError, isTransientFailure } from './delivery'
import { appendToOutbox } from './outbox'
import type { WechatSubscribe } from './wechat-subscribe'

/** A resident-facing event to tell someone about: by WeChat subscription message or SMS. */
export interface Notification {
  /** The account's phone (SMS) or WeChat openid (subscription message). */
  to: { phone?: string; openid?: string }
  trackingNo: string
  text: string
  at: string
}

export interface NotifyTransport {
  send(notification: Notification): Promise<void>
}

/** Development transport: each notification becomes a JSON line of DATA_DIR/outbox/notify.jsonl. */
export function outboxNotifyTransport(dataDir: string): NotifyTransport {
  return {
    async send(notification) {
      appendToOutbox(dataDir, 'notify', notification)
    }
  }
}

/** The real channels of notifications, each present only when configured. */
export interface NotifyChannels {
  /** WeChat subscription messages, for accounts signed in through the mini-program. */
  wechat?: WechatSubscribe
  /** Alibaba Cloud SMS with the notice template, for accounts with a phone (and staff reminders). */
  sms?: { service: AliyunSms; template: string }
  /** What receives a notification no configured channel can take: the development outbox. */
  fallback: NotifyTransport
}

/** The SMS notice template's variables are at most 35 characters each. */
const SMS_VARIABLE_MAX = 35

/**
 * Sends each notification by the first channel that can reach the person: a WeChat subscription
 * message when they have an openid, else (or when WeChat says they have not allowed one, 43101) an
 * SMS to their phone. When neither channel is configured for them, the fallback (outbox) keeps it.
 * Throws only when every channel tried failed, with the failures in the message. The error's kind is
 * a transient one when any channel failed transiently (WeChat busy, SMS refused: WeChat may take it
 * later), so the delivery worker tries again; it is permanent only when every channel is. The in-app
 * notification is stored apart, so the resident still sees it under 我的.
 */
export function channelNotifyTransport(channels: NotifyChannels): NotifyTransport {
  return {
    async send(notification) {
      const failures: DeliveryError[] = []
      const { openid, phone } = notification.to
      if (openid && channels.wechat) {
        try {
          return await channels.wechat.send(openid, notification)
        } catch (error) {
          if (!(error instanceof DeliveryError)) throw error
          failures.push(error)
        }
      }
      if (phone && channels.sms) {
        try {
          const text = [...notification.text]
          const params = { trackingNo: notification.trackingNo, text: text.length > SMS_VARIABLE_MAX ? `${text.slice(0, SMS_VARIABLE_MAX - 1).join('')}…` : notification.text }
          await channels.sms.service.sendTemplate(phone, channels.sms.template, params)
          return
        } catch (error) {
          if (!(error instanceof DeliveryError)) throw error
          failures.push(error)
        }
      }
      if (failures.length === 0) return channels.fallback.send(notification)
      const telling = failures.find((f) => isTransientFailure(f.failure)) ?? failures[failures.length - 1]
      throw new DeliveryError(
        telling.provider,
        telling.failure,
        failures.map((f) => `${f.provider}:${f.providerCode}`).join(','),
        `notification ${notification.trackingNo} not delivered: ${failures.map((f) => f.message).join('; ')}`
      )
    }
  }
}
