import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { outboxNotifyTransport } from './notify'
import { outboxSmsTransport } from './sms'
import { fakeWechatAdapter, wechatApiAdapter, WechatLoginError } from './wechat'

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
    const session = await wechatApiAdapter('wx0123456789abcdef', 'secret', fetchStub).code2session('the-code')
    expect(session).toEqual({ openid: 'o-abc' })
    expect(asked[0]).toContain('appid=wx0123456789abcdef')
    expect(asked[0]).toContain('js_code=the-code')
  })

  it('turns WeChat’s refusal into a WechatLoginError', async () => {
    const fetchStub = (async () => new Response(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }))) as unknown as typeof fetch
    await expect(wechatApiAdapter('wx0123456789abcdef', 'secret', fetchStub).code2session('used')).rejects.toBeInstanceOf(WechatLoginError)
  })

  it('the development stand-in gives one openid per code and refuses codes starting with invalid', async () => {
    const fake = fakeWechatAdapter()
    expect(await fake.code2session('a')).toEqual(await fake.code2session('a'))
    expect((await fake.code2session('a')).openid).not.toBe((await fake.code2session('b')).openid)
    await expect(fake.code2session('invalid-x')).rejects.toBeInstanceOf(WechatLoginError)
  })
})
