import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Config } from './config'

/**
 * The server's secrets. Those not given in the environment are generated on first start and kept in
 * DATA_DIR/secrets.json (mode 0600), never in the repository; the file must be backed up with the
 * database (identity numbers cannot be read without their key).
 */
export interface Secrets {
  /** 32 bytes: the AES-256-GCM key of identity numbers. */
  idEncryptionKey: Buffer
  /** Bearer token of the system, for operator scripts and the reminder run. */
  staffToken: string
  /** HMAC key of SMS codes at rest, so a leaked table does not give away live codes. */
  smsPepper: Buffer
}

export const SECRETS_FILE = 'secrets.json'

interface StoredSecrets {
  idEncryptionKey?: string
  staffToken?: string
  smsPepper?: string
}

/** Reads DATA_DIR/secrets.json, adds what is missing, and lets the environment override. */
export function loadSecrets(config: Pick<Config, 'dataDir' | 'idEncryptionKey' | 'staffToken'>): Secrets {
  const file = path.join(config.dataDir, SECRETS_FILE)
  const stored: StoredSecrets = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets) : {}
  const complete: Required<StoredSecrets> = {
    idEncryptionKey: stored.idEncryptionKey ?? randomBytes(32).toString('hex'),
    staffToken: stored.staffToken ?? randomBytes(32).toString('base64url'),
    smsPepper: stored.smsPepper ?? randomBytes(32).toString('hex')
  }
  if (JSON.stringify(complete) !== JSON.stringify(stored)) {
    fs.mkdirSync(config.dataDir, { recursive: true })
    const partial = `${file}.${process.pid}`
    fs.writeFileSync(partial, `${JSON.stringify(complete, null, 2)}\n`, { mode: 0o600 })
    fs.renameSync(partial, file)
  }
  return {
    idEncryptionKey: Buffer.from(config.idEncryptionKey ?? complete.idEncryptionKey, 'hex'),
    staffToken: config.staffToken ?? complete.staffToken,
    smsPepper: Buffer.from(complete.smsPepper, 'hex')
  }
}

/**
 * AES-256-GCM with a fresh 12-byte nonce: `v1.<nonce>.<tag>.<ciphertext>` in base64url.
 * @example decryptText(key, encryptText(key, '11010519491231002X')) // '11010519491231002X'
 */
export function encryptText(key: Buffer, plain: string): string {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, nonce)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', nonce, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.')
}

/** The plain text of `encryptText`; throws when the key is wrong or the text was altered. */
export function decryptText(key: Buffer, sealed: string): string {
  const [version, nonce, tag, data] = sealed.split('.')
  if (version !== 'v1' || !nonce || !tag || data === undefined) throw new Error('not an encrypted text of this server')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}
