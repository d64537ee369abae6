import { appendToOutbox } from './outbox'

/** Sends a text message to a mobile number. A provider's adapter implements this. */
export interface SmsTransport {
  send(message: { to: string; code?: string; text: string; at: string }): Promise<void>
}

/**
 * Used when no provider is configured: each message becomes a line `{to, code, text, at}` of
 * DATA_DIR/outbox/sms.jsonl and of the log, so sign-in works in demos and tests with no outside service.
 */
export function outboxSmsTransport(dataDir: string, log?: (message: object) => void): SmsTransport {
  return {
    async send(message) {
      appendToOutbox(dataDir, 'sms', message)
      log?.(message)
    }
  }
}
