import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { outboxNotifyTransport } from './notify'
import { outboxLogLine, outboxSmsTransport } from './sms'
import { fakeProvider } from '../../test/support/fake-provider'
import { DeliveryError } from './delivery'
import { STAND_IN_PHONE, standInWechatAdapter, wechatApiAdapter, WechatLoginError, WechatPhoneNotSupported } from './wechat'
import { wechatAccessTokens } from './wechat-subscribe'

const APP = { appId: 'wx0123456789abcdef', secret: 'secret', apiBase: 'https://api.weixin.qq.com' }
const noTokens = { get: async () => 'unused', invalidate: () => undefined }

describe('development transports', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-outbox-'))
  })
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('appends each SMS as a JSON line {to, code, text, at} and logs it', async () => {
    const logged: object[] = []
    const sms = outboxSmsTransport(dataDir, (m) => logged.push(m))
    await sms.send({ to: '13812345678', code: '123456', text: '验证码 123456', at: '2026-11-25T02:00:00.000Z' })
    await sms.send({ to: '13912345678', code: '654321', text: '验证码 654321', at: '2026-11-25T02:01:00.000Z' })
    const lines = fs.readFileSync(path.join(dataDir, 'outbox', 'sms.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toEqual([
      { to: '13812345678', code: '123456', text: '验证码 123456', at: '2026-11-25T02:00:00.000Z' },
      { to: '13912345678', code: '654321', text: '验证码 654321', at: '2026-11-25T02:01:00.000Z' }
    ])
    expect(logged).toHaveLength(2)
  })

  it('keeps the outbox readable by its owner only (directory 0700, files 0600), also a file an older version left readable by all', async () => {
    fs.mkdirSync(path.join(dataDir, 'outbox'), { mode: 0o755 })
    fs.writeFileSync(path.join(dataDir, 'outbox', 'notify.jsonl'), '', { mode: 0o644 })
    await outboxSmsTransport(dataDir).send({ to: '13812345678', code: '123456', text: '验证码 123456', at: '2026-11-25T02:00:00.000Z' })
    await outboxNotifyTransport(dataDir).send({ to: { phone: '13812345678' }, trackingNo: 'QS-2026-000001', text: '已受理', at: '2026-11-25T02:00:00.000Z' })
    const mode = (file: string) => fs.statSync(path.join(dataDir, 'outbox', file)).mode & 0o777
    expect([mode(''), mode('sms.jsonl'), mode('notify.jsonl')]).toEqual([0o700, 0o600, 0o600])
  })

  it('prints a sign-in code to the log only on an interactive terminal; a log file gets the masked number and where the code is', () => {
    const message = { to: '13812345678', code: '123456', text: '【街坊通】您的验证码是 123456', at: '2026-11-25T02:00:00.000Z' }
    expect(outboxLogLine(message, '/srv/data', true)).toContain('123456')
    const logged = outboxLogLine(message, '/srv/data', false)
    expect(logged).not.toContain('123456')
    expect(logged).toContain('138****5678，验证码见 /srv/data/outbox/sms.jsonl')
  })

  it('appends each notification to notify.jsonl', async () => {
    await outboxNotifyTransport(dataDir).send({ to: { phone: '13812345678' }, trackingNo: 'QS-2026-000001', text: '已受理', at: '2026-11-25T02:00:00.000Z' })
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'outbox', 'notify.jsonl'), 'utf8'))).toMatchObject({ trackingNo: 'QS-2026-000001' })
  })
})

describe('WeChat code2session', () => {
  it('asks WeChat with the appid, secret and code, and answers the openid', async () => {
    const asked: string[] = []
    const fetchStub = (async (url: URL) => {
      asked.push(url.toString())
      return new Response(JSON.stringify({ openid: 'o-abc', session_key: 'k' }))
    }) as unknown as typeof fetch
    const session = await wechatApiAdapter(APP, noTokens, fetchStub).code2session('the-code')
    expect(session).toEqual({ openid: 'o-abc' })
    expect(asked[0]).toContain('appid=wx0123456789abcdef')
    expect(asked[0]).toContain('js_code=the-code')
  })

  it('turns WeChat’s refusal into a WechatLoginError', async () => {
    const fetchStub = (async () => new Response(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }))) as unknown as typeof fetch
    await expect(wechatApiAdapter(APP, noTokens, fetchStub).code2session('used')).rejects.toBeInstanceOf(WechatLoginError)
  })

  it('turns an unreachable or busy WeChat into an unavailable DeliveryError, not a refusal', async () => {
    const down = (async () => {
      throw new TypeError('fetch failed')
    }) as unknown as typeof fetch
    await expect(wechatApiAdapter(APP, noTokens, down).code2session('c')).rejects.toBeInstanceOf(DeliveryError)
    const busy = (async () => new Response(JSON.stringify({ errcode: -1, errmsg: 'system error' }))) as unknown as typeof fetch
    await expect(wechatApiAdapter(APP, noTokens, busy).code2session('c')).rejects.toMatchObject({ failure: 'unavailable' })
  })

  it('the development stand-in gives one openid per code, the fixed development phone, and refuses codes starting with invalid', async () => {
    const fake = standInWechatAdapter()
    expect(await fake.code2session('a')).toEqual(await fake.code2session('a'))
    expect((await fake.code2session('a')).openid).not.toBe((await fake.code2session('b')).openid)
    await expect(fake.code2session('invalid-x')).rejects.toBeInstanceOf(WechatLoginError)
    expect(await fake.phoneNumber('p')).toBe(STAND_IN_PHONE)
    await expect(fake.phoneNumber('invalid-x')).rejects.toBeInstanceOf(WechatLoginError)
  })
})

describe('WeChat getuserphonenumber against a fake of the WeChat API', () => {
  it('fetches a new access_token and asks once more when WeChat says the cached one expired', async () => {
    let tokensIssued = 0
    const fake = await fakeProvider((r) => {
      if (r.path === '/cgi-bin/stable_token') return { json: { access_token: `token-${++tokensIssued}`, expires_in: 7200 } }
      if (r.query.get('access_token') === 'token-1') return { json: { errcode: 42001, errmsg: 'access_token expired' } }
      return { json: { errcode: 0, phone_info: { purePhoneNumber: '13812345678', countryCode: '86', watermark: { appid: APP.appId } } } }
    })
    try {
      const settings = { ...APP, apiBase: fake.base }
      expect(await wechatApiAdapter(settings, wechatAccessTokens(settings)).phoneNumber('code-1')).toBe('13812345678')
      expect(fake.received.map((r) => `${r.path} ${r.query.get('access_token') ?? (JSON.parse(r.body) as { appid: string }).appid}`)).toEqual([
        `/cgi-bin/stable_token ${APP.appId}`,
        '/wxa/business/getuserphonenumber token-1',
        `/cgi-bin/stable_token ${APP.appId}`,
        '/wxa/business/getuserphonenumber token-2'
      ])
    } finally {
      await fake.close()
    }
  })

  it('refuses an answer made for another mini-program and a number outside the mainland', async () => {
    let info: object = { purePhoneNumber: '13812345678', countryCode: '86', watermark: { appid: 'wxffffffffffffffff' } }
    const fake = await fakeProvider((r) => (r.path === '/cgi-bin/stable_token' ? { json: { access_token: 't', expires_in: 7200 } } : { json: { errcode: 0, phone_info: info } }))
    try {
      const settings = { ...APP, apiBase: fake.base }
      const adapter = wechatApiAdapter(settings, wechatAccessTokens(settings))
      await expect(adapter.phoneNumber('c')).rejects.toBeInstanceOf(WechatLoginError)
      info = { purePhoneNumber: '91234567', countryCode: '852', watermark: { appid: APP.appId } }
      await expect(adapter.phoneNumber('c')).rejects.toBeInstanceOf(WechatPhoneNotSupported)
    } finally {
      await fake.close()
    }
  })
})
