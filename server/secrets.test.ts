import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from './config'
import { decryptText, encryptText, loadSecrets, SECRETS_FILE } from './secrets'

describe('secrets kept in DATA_DIR', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-secrets-'))
  })
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('generates the secrets once, readable by the owner only, and keeps them across starts', () => {
    const first = loadSecrets({ dataDir, idEncryptionKey: undefined, staffToken: undefined })
    expect(first.idEncryptionKey).toHaveLength(32)
    expect(fs.statSync(path.join(dataDir, SECRETS_FILE)).mode & 0o777).toBe(0o600)
    const second = loadSecrets({ dataDir, idEncryptionKey: undefined, staffToken: undefined })
    expect(second.idEncryptionKey.equals(first.idEncryptionKey)).toBe(true)
    expect(second.staffToken).toBe(first.staffToken)
  })

  it('lets the environment give the key and the staff token', () => {
    const key = 'ab'.repeat(32)
    const secrets = loadSecrets(loadConfig({ DATA_DIR: dataDir, ID_ENCRYPTION_KEY: key, STAFF_TOKEN: 't'.repeat(40) }))
    expect(secrets.idEncryptionKey.toString('hex')).toBe(key)
    expect(secrets.staffToken).toBe('t'.repeat(40))
  })
})

describe('the configuration of sign-in and secrets', () => {
  it('reads WeChat credentials only as a pair', () => {
    expect(loadConfig({ WECHAT_APPID: 'wx0123456789abcdef', WECHAT_SECRET: 's'.repeat(32) }).wechat).toEqual({ appId: 'wx0123456789abcdef', secret: 's'.repeat(32) })
    expect(loadConfig({ WECHAT_APPID: 'wx0123456789abcdef' }).wechat).toBeUndefined()
  })

  it('reads up to three subscription template ids', () => {
    expect(loadConfig({ WECHAT_TEMPLATE_IDS: 'tmplAAAAAAAAAA,tmplBBBBBBBBBB' }).wechatTemplateIds).toEqual(['tmplAAAAAAAAAA', 'tmplBBBBBBBBBB'])
    expect(loadConfig({}).wechatTemplateIds).toBeUndefined()
    expect(() => loadConfig({ WECHAT_TEMPLATE_IDS: 'a,b,c,d' })).toThrow(/WECHAT_TEMPLATE_IDS/)
  })

  it('refuses a key that is not 64 hex characters and an AppID of the wrong shape', () => {
    expect(() => loadConfig({ ID_ENCRYPTION_KEY: 'short' })).toThrow(/ID_ENCRYPTION_KEY/)
    expect(() => loadConfig({ WECHAT_APPID: 'abc' })).toThrow(/WECHAT_APPID/)
  })
})

describe('encryptText', () => {
  const key = Buffer.alloc(32, 7)

  it('gives back the plain text with the same key, and a different sealed text each time', () => {
    const a = encryptText(key, '11010519491231002X')
    expect(decryptText(key, a)).toBe('11010519491231002X')
    expect(encryptText(key, '11010519491231002X')).not.toBe(a)
    expect(a).not.toContain('11010519491231002X')
  })

  it('refuses a wrong key and an altered text', () => {
    const sealed = encryptText(key, '11010519491231002X')
    expect(() => decryptText(Buffer.alloc(32, 8), sealed)).toThrow()
    const parts = sealed.split('.')
    parts[3] = Buffer.from('tampered').toString('base64url')
    expect(() => decryptText(key, parts.join('.'))).toThrow()
  })
})
