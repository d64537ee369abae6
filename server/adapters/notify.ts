import { appendToOutbox } from './outbox'

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
