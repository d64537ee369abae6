import { fakeProvider } from '../../test/support/fake-provider'
import { aliyunSms, aliyunSmsTransport, percentEncode, signRpcRequest, type AliyunSmsSettings } from './aliyun-sms'
import { DeliveryError } from './delivery'
import { channelNotifyTransport, type Notification } from './notify'
import { casePage, TOKEN_RENEW_MARGIN_MS, wechatAccessTokens, wechatSubscribe, type WechatSubscribeSettings } from './wechat-subscribe'

type Fake = Awaited<ReturnType<typeof fakeProvider>>

const notification: Notification = { to: { openid: 'o-resident', phone: '13812345678' }, trackingNo: 'QS-2026-000001', text: '您的投诉（QS-2026-000001）已受理', at: '2026-11-25T02:00:00.000Z' }

async function rejection(promise: Promise<unknown>): Promise<DeliveryError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DeliveryError) return error
    throw error
  }
  throw new Error('expected a DeliveryError, but it succeeded')
}

describe('the Alibaba Cloud request signature', () => {
  it('gives the signature of the documented example (DescribeRegions, testid / testsecret)', () => {
    const params = {
      TimeStamp: '2016-02-23T12:46:24Z',
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      Version: '2014-05-26',
      SignatureVersion: '1.0'
    }
    expect(signRpcRequest('GET', params, 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=')
  })

  it('percent-encodes as RFC 3986: spaces as %20, * encoded, ~ kept, Chinese as UTF-8', () => {
    expect(percentEncode('a b*~')).toBe('a%20b%2A~')
    expect(percentEncode("(it's)!")).toBe('%28it%27s%29%21')
    expect(percentEncode('街坊')).toBe('%E8%A1%97%E5%9D%8A')
  })
})

describe('Alibaba Cloud SendSms against a fake of the service', () => {
  let fake: Fake
  let reply: { status?: number; json?: object; text?: string }
  const settings = (base: string): AliyunSmsSettings => ({
    accessKeyId: 'LTAI5tTestKeyId',
    accessKeySecret: 'test-secret-0123456789',
    signName: '街坊通',
    codeTemplate: 'SMS_100000001',
    notifyTemplate: 'SMS_100000002',
    endpoint: base
  })
  const clock = { now: () => new Date('2026-11-25T02:00:00.123Z'), nonce: () => 'nonce-1' }

  beforeEach(async () => {
    reply = { json: { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990' } }
    fake = await fakeProvider(() => reply)
  })
  afterEach(() => fake.close())

  it('posts a signed SendSms form with the template and its variables as JSON', async () => {
    const sent = await aliyunSms(settings(fake.base), clock).sendTemplate('13812345678', 'SMS_100000001', { code: '123456' })
    expect(sent).toEqual({ bizId: '900619746936498440^0' })
    expect(fake.received).toHaveLength(1)
    const r = fake.received[0]
    expect(r).toMatchObject({ method: 'POST', path: '/' })
    const params = Object.fromEntries(new URLSearchParams(r.body))
    expect(params).toMatchObject({
      Action: 'SendSms',
      Version: '2017-05-25',
      RegionId: 'cn-hangzhou',
      Format: 'JSON',
      AccessKeyId: 'LTAI5tTestKeyId',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: 'nonce-1',
      Timestamp: '2026-11-25T02:00:00Z',
      PhoneNumbers: '13812345678',
      SignName: '街坊通',
      TemplateCode: 'SMS_100000001',
      TemplateParam: '{"code":"123456"}'
    })
    const { Signature, ...signed } = params
    expect(Signature).toBe(signRpcRequest('POST', signed, 'test-secret-0123456789'))
    expect(r.body).not.toContain('test-secret')
  })

  it('sends a sign-in code through the code template with the code as its only variable', async () => {
    await aliyunSmsTransport(aliyunSms(settings(fake.base), clock), 'SMS_100000001').send({ to: '13812345678', code: '654321', text: '验证码 654321', at: '2026-11-25T02:00:00.000Z' })
    expect(Object.fromEntries(new URLSearchParams(fake.received[0].body))).toMatchObject({ TemplateCode: 'SMS_100000001', TemplateParam: '{"code":"654321"}' })
  })

  it('maps the service’s refusals to what the server does about them', async () => {
    const sms = aliyunSms(settings(fake.base), clock)
    const cases: [object, number, string][] = [
      [{ Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1' }, 200, 'rate_limited'],
      [{ Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' }, 200, 'bad_recipient'],
      [{ Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.' }, 400, 'misconfigured'],
      [{ Code: 'isv.AMOUNT_NOT_ENOUGH', Message: '账户余额不足' }, 200, 'unavailable']
    ]
    for (const [json, status, failure] of cases) {
      reply = { status, json }
      const error = await rejection(sms.sendTemplate('13812345678', 'SMS_100000001', { code: '1' }))
      expect({ failure: error.failure, providerCode: error.providerCode }).toEqual({ failure, providerCode: (json as { Code: string }).Code })
    }
  })

  it('counts an answer that is not JSON, and a service that cannot be reached, as unavailable', async () => {
    reply = { status: 502, text: '<html>Bad Gateway</html>' }
    expect((await rejection(aliyunSms(settings(fake.base), clock).sendTemplate('13812345678', 'SMS_1', {}))).failure).toBe('unavailable')
    await fake.close()
    const closed = await rejection(aliyunSms(settings(fake.base), clock).sendTemplate('13812345678', 'SMS_1', {}))
    expect({ failure: closed.failure, providerCode: closed.providerCode }).toEqual({ failure: 'unavailable', providerCode: 'network' })
    fake = await fakeProvider(() => reply)
  })
})

describe('WeChat subscription messages against a fake of the WeChat API', () => {
  let fake: Fake
  let now: Date
  let tokensIssued: number
  /** errcodes subscribeMessage.send answers in turn; 0 once they run out. */
  let sendAnswers: number[]
  let tokenAnswer: (() => object) | undefined

  const settings = (base: string): WechatSubscribeSettings => ({
    appId: 'wx0123456789abcdef',
    secret: 'secret-0123456789abcdef',
    templateId: 'tmpl-case-progress-01',
    fields: { character_string1: 'trackingNo', thing2: 'status', time3: 'at' },
    apiBase: base
  })

  beforeEach(async () => {
    now = new Date('2026-11-25T02:00:00Z')
    tokensIssued = 0
    sendAnswers = []
    tokenAnswer = undefined
    fake = await fakeProvider((r) => {
      if (r.path === '/cgi-bin/stable_token') return { json: tokenAnswer?.() ?? { access_token: `token-${++tokensIssued}`, expires_in: 7200 } }
      const errcode = sendAnswers.shift() ?? 0
      return { json: errcode === 0 ? { errcode: 0, errmsg: 'ok', msgid: 1 } : { errcode, errmsg: `error ${errcode}` } }
    })
  })
  afterEach(() => fake.close())

  const subscribe = () => wechatSubscribe(settings(fake.base), wechatAccessTokens(settings(fake.base), () => now))
  const sends = () => fake.received.filter((r) => r.path === '/cgi-bin/message/subscribe/send')
  const tokenRequests = () => fake.received.filter((r) => r.path === '/cgi-bin/stable_token')

  it('asks for a stable access_token with the appid and secret, never forcing a refresh that would revoke other servers’ token, then posts the template with the case’s data', async () => {
    await subscribe().send('o-resident', notification)
    expect(tokenRequests()[0].method).toBe('POST')
    expect(JSON.parse(tokenRequests()[0].body)).toEqual({ grant_type: 'client_credential', appid: 'wx0123456789abcdef', secret: 'secret-0123456789abcdef', force_refresh: false })
    const send = sends()[0]
    expect(send.method).toBe('POST')
    expect(send.query.get('access_token')).toBe('token-1')
    expect(JSON.parse(send.body)).toEqual({
      touser: 'o-resident',
      template_id: 'tmpl-case-progress-01',
      page: casePage('QS-2026-000001'),
      data: { character_string1: { value: 'QS-2026-000001' }, thing2: { value: '您的投诉已受理' }, time3: { value: '2026年11月25日 10:00' } },
      miniprogram_state: 'formal',
      lang: 'zh_CN'
    })
  })

  it('keeps the token for later sends, also when several start together', async () => {
    const wechat = subscribe()
    await Promise.all([wechat.send('o-a', notification), wechat.send('o-b', notification), wechat.send('o-c', notification)])
    now = new Date(now.getTime() + 3_600_000)
    await wechat.send('o-d', notification)
    expect(tokenRequests()).toHaveLength(1)
    expect(sends().map((s) => s.query.get('access_token'))).toEqual(['token-1', 'token-1', 'token-1', 'token-1'])
  })

  it('renews the token before WeChat’s two hours are up', async () => {
    const wechat = subscribe()
    await wechat.send('o-a', notification)
    now = new Date(now.getTime() + 7200_000 - TOKEN_RENEW_MARGIN_MS - 1)
    await wechat.send('o-a', notification)
    expect(tokenRequests()).toHaveLength(1)
    now = new Date(now.getTime() + 1)
    await wechat.send('o-a', notification)
    expect(tokenRequests()).toHaveLength(2)
    expect(sends()[2].query.get('access_token')).toBe('token-2')
  })

  it('fetches a new token and retries once when WeChat says the token expired (40001)', async () => {
    sendAnswers = [40001]
    await subscribe().send('o-a', notification)
    expect(tokenRequests()).toHaveLength(2)
    expect(sends().map((s) => s.query.get('access_token'))).toEqual(['token-1', 'token-2'])
  })

  it('retries only once: a second refusal of the token is an error, not a loop', async () => {
    sendAnswers = [40001, 40001]
    const error = await rejection(subscribe().send('o-a', notification))
    expect(sends()).toHaveLength(2)
    expect(error.providerCode).toBe('40001')
  })

  it('reports a resident who has not allowed the message (43101) as refused, without retrying', async () => {
    sendAnswers = [43101]
    const error = await rejection(subscribe().send('o-a', notification))
    expect({ failure: error.failure, providerCode: error.providerCode }).toEqual({ failure: 'refused', providerCode: '43101' })
    expect(sends()).toHaveLength(1)
  })

  it('reports wrong credentials as misconfigured and sends nothing', async () => {
    tokenAnswer = () => ({ errcode: 40125, errmsg: 'invalid appsecret' })
    const error = await rejection(subscribe().send('o-a', notification))
    expect({ failure: error.failure, providerCode: error.providerCode }).toEqual({ failure: 'misconfigured', providerCode: '40125' })
    expect(sends()).toHaveLength(0)
  })
})

describe('choosing the channel of a notification', () => {
  const recorder = () => {
    const calls: string[] = []
    return { calls, fail: new Map<string, DeliveryError>() }
  }

  const channels = (r: ReturnType<typeof recorder>, sms = true) =>
    channelNotifyTransport({
      wechat: {
        async send(openid) {
          r.calls.push(`wechat:${openid}`)
          const failure = r.fail.get('wechat')
          if (failure) throw failure
        }
      },
      sms: sms
        ? {
            template: 'SMS_100000002',
            service: {
              async sendTemplate(phone, template, params) {
                r.calls.push(`sms:${phone}:${template}:${JSON.stringify(params)}`)
                const failure = r.fail.get('sms')
                if (failure) throw failure
                return { bizId: '1' }
              }
            }
          }
        : undefined,
      fallback: { send: async (n) => void r.calls.push(`outbox:${n.trackingNo}`) }
    })

  it('sends a WeChat subscription message to an account with an openid', async () => {
    const r = recorder()
    await channels(r).send(notification)
    expect(r.calls).toEqual(['wechat:o-resident'])
  })

  it('sends an SMS with the notice template when the resident has not allowed a WeChat message', async () => {
    const r = recorder()
    r.fail.set('wechat', new DeliveryError('wechat', 'refused', '43101', 'refused'))
    await channels(r).send(notification)
    expect(r.calls).toEqual(['wechat:o-resident', 'sms:13812345678:SMS_100000002:{"trackingNo":"QS-2026-000001","text":"您的投诉（QS-2026-000001）已受理"}'])
  })

  it('writes to the outbox what no configured channel can take', async () => {
    const r = recorder()
    await channels(r, false).send({ ...notification, to: { phone: '13812345678' } })
    expect(r.calls).toEqual(['outbox:QS-2026-000001'])
  })

  it('throws with every failure when no channel delivered', async () => {
    const r = recorder()
    r.fail.set('wechat', new DeliveryError('wechat', 'unavailable', '-1', 'system busy'))
    r.fail.set('sms', new DeliveryError('aliyun-sms', 'unavailable', 'isv.OUT_OF_SERVICE', 'out of service'))
    const error = await rejection(channels(r).send(notification))
    expect(error.providerCode).toBe('wechat:-1,aliyun-sms:isv.OUT_OF_SERVICE')
  })

  it('says a failure is worth retrying when one channel failed for now, though another refused for good', async () => {
    const r = recorder()
    r.fail.set('wechat', new DeliveryError('wechat', 'unavailable', '-1', 'system busy'))
    r.fail.set('sms', new DeliveryError('aliyun-sms', 'bad_recipient', 'isv.MOBILE_NUMBER_ILLEGAL', 'bad number'))
    const error = await rejection(channels(r).send(notification))
    expect({ provider: error.provider, failure: error.failure }).toEqual({ provider: 'wechat', failure: 'unavailable' })
  })

  it('says a failure is permanent when every channel refused for good', async () => {
    const r = recorder()
    r.fail.set('wechat', new DeliveryError('wechat', 'refused', '43101', 'no subscription'))
    r.fail.set('sms', new DeliveryError('aliyun-sms', 'bad_recipient', 'isv.MOBILE_NUMBER_ILLEGAL', 'bad number'))
    expect((await rejection(channels(r).send(notification))).failure).toBe('bad_recipient')
  })
})
