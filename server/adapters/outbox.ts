import fs from 'node:fs'
import path from 'node:path'

/** The development outbox holds sign-in codes, keys to residents' accounts: its owner alone may read it. */
export const OUTBOX_DIR_MODE = 0o700
export const OUTBOX_FILE_MODE = 0o600

/**
 * Appends one JSON line to DATA_DIR/outbox/<name>.jsonl: the development transports' "sent" messages,
 * readable by demos, e2e tests and the operator, and by nobody else on the machine (directory 0700,
 * files 0600, also when an older version created them readable by all).
 */
export function appendToOutbox(dataDir: string, name: string, message: object): void {
  const dir = path.join(dataDir, 'outbox')
  fs.mkdirSync(dir, { recursive: true, mode: OUTBOX_DIR_MODE })
  fs.chmodSync(dir, OUTBOX_DIR_MODE)
  const fd = fs.openSync(path.join(dir, `${name}.jsonl`), 'a', OUTBOX_FILE_MODE)
  try {
    fs.fchmodSync(fd, OUTBOX_FILE_MODE)
    fs.writeSync(fd, `${JSON.stringify(message)}\n`)
  } finally {
    fs.closeSync(fd)
  }
}
