import fs from 'node:fs'
import path from 'node:path'
import { check } from './ui'

/** The last sign-in code the dev SMS transport wrote to DATA_DIR/outbox/sms.jsonl for `phone`. */
export function latestSmsCode(dataDir: string, phone: string): string {
  const file = path.join(dataDir, 'outbox', 'sms.jsonl')
  check(fs.existsSync(file), `the dev SMS transport wrote nothing to ${file}`)
  const sent = fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { to: string; code: string })
    .filter((m) => m.to === phone)
  check(sent.length > 0, `no SMS code was sent to ${phone}`)
  return sent[sent.length - 1].code
}
