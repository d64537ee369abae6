import path from 'node:path'
import { maskPhone } from '@/core/residents/identity'
import { appendToOutbox } from './outbox'

/** A text message: a sign-in code (`code` given) or a notice. */
export interface SmsMessage {
  to: string
  code?: string
  text: string
  at: string
}

/** Sends a text message to a mobile number. A provider's adapter implements this. */
export interface SmsTransport {
  send(message: SmsMessage): Promise<void>
}

/**
 * Used when no provider is configured: each message becomes a line `{to, code, text, at}` of
 * DATA_DIR/outbox/sms.jsonl (mode 0600), and is told to `log`, so sign-in works in demos and tests with
 * no outside service.
 */
export function outboxSmsTransport(dataDir: string, log?: (message: SmsMessage) => void): SmsTransport {
  return {
    async send(message) {
      appendToOutbox(dataDir, 'sms', message)
      log?.(message)
    }
  }
}

/**
 * The server's log line for a message the outbox kept. A sign-in code opens the resident's account,
 * so it is printed only to an interactive terminal (the developer's own screen); a log written to a
 * file, a pipe or a journal, which others may read, gets the masked number and where the code is.
 * @example outboxLogLine({ to: '13812345678', code: '123456', text: '…', at: '…' }, '/srv/data', false) // '短信（开发模式，未实际发送）/ SMS (dev outbox, not sent): 138****5678，验证码见 /srv/data/outbox/sms.jsonl'
 */
export function outboxLogLine(message: SmsMessage, dataDir: string, toTerminal: boolean): string {
  const prefix = '短信（开发模式，未实际发送）/ SMS (dev outbox, not sent):'
  if (toTerminal || message.code === undefined) return `${prefix} ${JSON.stringify(message)}`
  return `${prefix} ${maskPhone(message.to)}，验证码见 ${path.join(dataDir, 'outbox', 'sms.jsonl')}`
}
