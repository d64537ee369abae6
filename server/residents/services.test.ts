import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fakeProvider } from '../../test/support/fake-provider'
import { loadConfig } from '../config'
import { STAND_IN_PHONE } from '../adapters/wechat'
import { createResidentServices, wechatSignInNotice } from './services'

const notice = { trackingNo: 'QS-2026-000001', text: '您的投诉（QS-2026-000001）已受理', at: '2026-11-25T02:00:00.000Z' }

describe('the transports the settings select', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-services-'))
  })
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  const outbox = (name: string) => {
    const file = path.join(dataDir, 'outbox', `${name}.jsonl`)
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) : []
  }

  it('without provider settings, writes codes and notices to the development outbox', async () => {
    const services = createResidentServices(loadConfig({ DATA_DIR: dataDir }), () => undefined)
    await services.sms.send({ to: '13812345678', code: '123456', text: '验证码 123456', at: notice.at })
    await services.notify.send({ to: { phone: '13812345678', openid: 'o-resident' }, ...notice })
    expect(outbox('sms')).toEqual([expect.objectContaining({ to: '13812345678', code: '123456' })])
    expect(outbox('notify')).toEqual([expect.objectContaining({ trackingNo: 'QS-2026-000001' })])
  })

  it('with Alibaba Cloud and WeChat settings, sends through them and writes nothing to the outbox', async () => {
    const fake = await fakeProvider((r) => {
      if (r.path === '/cgi-bin/stable_token') return { json: { access_token: 'token-1', expires_in: 7200 } }
      if (r.path === '/cgi-bin/message/subscribe/send') return { json: { errcode: 0, errmsg: 'ok' } }
      return { json: { Code: 'OK', Message: 'OK', BizId: 'biz-1', RequestId: 'req-1' } }
    })
    try {
      const config = loadConfig({
        DATA_DIR: dataDir,
        WECHAT_APPID: 'wx0123456789abcdef',
        WECHAT_SECRET: 'secret-0123456789abcdef',
        WECHAT_TEMPLATE_IDS: 'tmpl-case-progress-01',
        WECHAT_API_BASE: fake.base,
        ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI5tTestKeyId',
        ALIYUN_SMS_ACCESS_KEY_SECRET: 'test-secret-0123456789',
        ALIYUN_SMS_SIGN_NAME: '街坊通',
        ALIYUN_SMS_CODE_TEMPLATE: 'SMS_100000001',
        ALIYUN_SMS_NOTIFY_TEMPLATE: 'SMS_100000002',
        ALIYUN_SMS_ENDPOINT: fake.base
      })
      const services = createResidentServices(config, () => undefined)
      await services.sms.send({ to: '13812345678', code: '123456', text: '验证码 123456', at: notice.at })
      await services.notify.send({ to: { openid: 'o-resident' }, ...notice })
      await services.notify.send({ to: { phone: '13912345678' }, ...notice })
      const smsSent = fake.received.filter((r) => r.path === '/').map((r) => Object.fromEntries(new URLSearchParams(r.body)))
      expect(smsSent.map((p) => [p.PhoneNumbers, p.TemplateCode])).toEqual([
        ['13812345678', 'SMS_100000001'],
        ['13912345678', 'SMS_100000002']
      ])
      const wechatSent = fake.received.filter((r) => r.path === '/cgi-bin/message/subscribe/send').map((r) => JSON.parse(r.body) as { touser: string; template_id: string })
      expect(wechatSent).toEqual([expect.objectContaining({ touser: 'o-resident', template_id: 'tmpl-case-progress-01' })])
      expect(outbox('sms')).toEqual([])
      expect(outbox('notify')).toEqual([])
    } finally {
      await fake.close()
    }
  })
})

describe('WeChat sign-in the settings select', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-services-'))
  })
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it('serves no WeChat sign-in without WeChat settings unless the development stand-in is asked for', async () => {
    expect(createResidentServices(loadConfig({ DATA_DIR: dataDir }), () => undefined).wechat).toBeUndefined()
    const standIn = createResidentServices(loadConfig({ DATA_DIR: dataDir, WECHAT_STAND_IN: '1' }), () => undefined).wechat
    expect(await standIn?.phoneNumber('any')).toBe(STAND_IN_PHONE)
  })

  it('uses WeChat itself when configured, even with the stand-in asked for', async () => {
    const fake = await fakeProvider(() => ({ json: { openid: 'o-real' } }))
    try {
      const config = loadConfig({ DATA_DIR: dataDir, WECHAT_STAND_IN: '1', WECHAT_APPID: 'wx0123456789abcdef', WECHAT_SECRET: 'secret-0123456789abcdef', WECHAT_API_BASE: fake.base })
      expect(await createResidentServices(config, () => undefined).wechat?.code2session('c')).toEqual({ openid: 'o-real' })
      expect(fake.received.map((r) => r.path)).toEqual(['/sns/jscode2session'])
    } finally {
      await fake.close()
    }
  })

  it('says at start which WeChat sign-in runs, the stand-in loudly', () => {
    expect(wechatSignInNotice(loadConfig({ WECHAT_STAND_IN: '1' }))).toMatch(/^微信登录：开发替身（WECHAT_STAND_IN=1），任何登录凭证都会被接受，只能用于开发和测试/)
    expect(wechatSignInNotice(loadConfig({}))).toMatch(/^微信登录：未配置 WECHAT_APPID，小程序请用短信验证码登录/)
    expect(wechatSignInNotice(loadConfig({ WECHAT_STAND_IN: '1', WECHAT_APPID: 'wx0123456789abcdef', WECHAT_SECRET: 'secret-0123456789abcdef' }))).toMatch(/^微信登录：已配置/)
  })
})
