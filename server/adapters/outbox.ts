import fs from 'node:fs'
import path from 'node:path'

/**
 * Appends one JSON line to DATA_DIR/outbox/<name>.jsonl: the development transports' "sent" messages,
 * readable by demos, e2e tests and the operator.
 */
export function appendToOutbox(dataDir: string, name: string, message: object): void {
  const dir = path.join(dataDir, 'outbox')
  fs.mkdirSync(dir, { recursive: true })
  fs.appendFileSync(path.join(dir, `${name}.jsonl`), `${JSON.stringify(message)}\n`)
}
