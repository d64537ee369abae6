import type { FastifyInstance } from 'fastify'
import { describeEachEngine, truncateAll } from '../../test/support/db'
import { DeliveryError } from '../adapters/delivery'
import { STAND_IN_PHONE, wechatApiAdapter } from '../adapters/wechat'
import { wechatAccessTokens } from '../adapters/wechat-subscribe'
import { buildApp } from '../app'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { fakeProvider } from '../../test/support/fake-provider'

const PHONE = '13812345678'

describeEachEngine('sign-in by SMS code', (getDb) => {
  let h: ResidentHarness
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
  })
  afterEach(async () => {
    await h.app.close()
  })

  const requestCode = (phone = PHONE) => h.app.inject({ method: 'POST', url: '/api/v1/auth/sms', payload: { phone } })
  const verify = (code: string | undefined, phone = PHONE) => h.app.inject({ method: 'POST', url: '/api/v1/auth/sms/verify', payload: { phone, code } })
  const lastCode = () => h.sms[h.sms.length - 1].code

  it('sends a six-digit code and signs in with it', async () => {
    const sent = await requestCode()
    expect(sent.statusCode).toBe(200)
    expect(sent.json()).toEqual({ sentTo: '138****5678', expiresInSeconds: 300, resendAfterSeconds: 60 })
    expect(h.sms[0]).toMatchObject({ to: PHONE, code: expect.stringMatching(/^\d{6}$/) })
    expect(h.sms[0].text).toContain(h.sms[0].code)
    const session = await verify(lastCode())
    expect(session.statusCode).toBe(200)
    expect(session.json()).toEqual({ token: expect.any(String), expiresAt: '2026-12-25T02:00:00.000Z', accountId: expect.any(Number) })
  })

  it('stores the code hashed, never in clear', async () => {
    await requestCode()
    const rows = await getDb().query<{ code_hash: string }>('SELECT code_hash FROM sms_codes')
    expect(rows[0].code_hash).not.toContain(lastCode())
    expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses a wrong code and says how many tries are left', async () => {
    await requestCode()
    const wrong = lastCode() === '000000' ? '111111' : '000000'
    const answer = await verify(wrong)
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error).toMatchObject({ code: 'CODE_INVALID', message: '验证码不正确，还可以再试 4 次' })
  })

  it('invalidates a code after five wrong tries, even for the right code', async () => {
    await requestCode()
    const right = lastCode()
    const wrong = right === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++) await verify(wrong)
    const answer = await verify(right)
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.code).toBe('CODE_INVALID')
    expect(answer.json().error.message).toContain('错误次数过多')
  })

  it('refuses a code after five minutes', async () => {
    await requestCode()
    h.advance(300_001)
    const answer = await verify(lastCode())
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error).toMatchObject({ code: 'CODE_EXPIRED', message: '验证码已过期，请重新获取' })
  })

  it('refuses a code used once already', async () => {
    await requestCode()
    const code = lastCode()
    expect((await verify(code)).statusCode).toBe(200)
    expect((await verify(code)).json().error.code).toBe('CODE_EXPIRED')
  })

  it('sends at most one code per phone per minute', async () => {
    await requestCode()
    h.advance(30_000)
    const again = await requestCode()
    expect(again.statusCode).toBe(429)
    expect(again.json().error).toMatchObject({ code: 'RATE_LIMITED', message: '验证码刚刚发送过，请在 30 秒后再获取' })
    expect(again.headers['retry-after']).toBe('30')
    h.advance(30_000)
    expect((await requestCode()).statusCode).toBe(200)
  })

  it('sends at most ten codes per phone per day', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await requestCode()).statusCode).toBe(200)
      h.advance(61_000)
    }
    const eleventh = await requestCode()
    expect(eleventh.statusCode).toBe(429)
    expect(eleventh.json().error.message).toContain('今天已获取 10 次验证码')
    h.setNow('2026-11-25T16:00:01Z')
    expect((await requestCode()).statusCode).toBe(200)
  })

  it('lets parallel requests for one phone send only one code', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => requestCode()))
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 429, 429, 429, 429])
  })

  it('refuses a phone number that is not a mainland mobile number', async () => {
    const answer = await requestCode('12345')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields.phone).toContain('11 位数字')
  })

  it('refuses a code that is not six digits', async () => {
    await requestCode()
    const answer = await verify('12ab')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields.code).toBe('验证码是 6 位数字')
  })
})

describeEachEngine('the per-network limit on sign-in codes', (getDb) => {
  let h: ResidentHarness
  let proxied: FastifyInstance | undefined
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
  })
  afterEach(async () => {
    await h.app.close()
    await proxied?.close()
    proxied = undefined
  })

  const phone = (i: number) => `1370000${String(i).padStart(4, '0')}`
  const requestCode = (app: FastifyInstance, p: string, remoteAddress = '203.0.113.7', headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sms', payload: { phone: p }, remoteAddress, headers })

  it('sends at most 20 codes an hour to requests from one address, then answers 429 IP_RATE_LIMITED saying when to retry', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await requestCode(h.app, phone(i))).statusCode).toBe(200)
      h.advance(60_000)
    }
    const refused = await requestCode(h.app, phone(20))
    expect(refused.statusCode).toBe(429)
    expect(refused.json().error).toEqual({ code: 'IP_RATE_LIMITED', message: '这个网络一小时内获取验证码已达 20 次，请 40 分钟后再试，或换用手机自己的网络' })
    expect(refused.headers['retry-after']).toBe('2400')
    expect(h.sms).toHaveLength(20)
    expect((await requestCode(h.app, phone(20), '198.51.100.9')).statusCode).toBe(200)
    h.advance(2400_000)
    expect((await requestCode(h.app, phone(21))).statusCode).toBe(200)
  })

  it('takes the limit from the setting', async () => {
    h.services.smsCodesPerIpPerHour = 2
    expect((await requestCode(h.app, phone(1))).statusCode).toBe(200)
    expect((await requestCode(h.app, phone(2))).statusCode).toBe(200)
    expect((await requestCode(h.app, phone(3))).json().error.code).toBe('IP_RATE_LIMITED')
  })

  it('lets parallel requests from one address for different phones pass the limit only as often as it allows', async () => {
    h.services.smsCodesPerIpPerHour = 3
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => requestCode(h.app, phone(i))))
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 429, 429, 429])
  })

  it('stores the address only as a keyed hash', async () => {
    await requestCode(h.app, phone(1))
    const rows = await getDb().query<{ requester_hash: string }>('SELECT requester_hash FROM sms_codes')
    expect(rows[0].requester_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(rows)).not.toContain('203.0.113.7')
  })

  it('ignores X-Forwarded-For unless a trusted proxy is configured', async () => {
    h.services.smsCodesPerIpPerHour = 2
    const forwarded = (i: number) => ({ 'x-forwarded-for': `192.0.2.${i}` })
    expect((await requestCode(h.app, phone(1), '127.0.0.1', forwarded(1))).statusCode).toBe(200)
    expect((await requestCode(h.app, phone(2), '127.0.0.1', forwarded(2))).statusCode).toBe(200)
    expect((await requestCode(h.app, phone(3), '127.0.0.1', forwarded(3))).json().error.code).toBe('IP_RATE_LIMITED')

    await truncateAll(getDb())
    proxied = await buildApp({ db: getDb(), residents: h.services, trustProxy: '127.0.0.1' })
    for (let i = 1; i <= 3; i++) expect((await requestCode(proxied, phone(i), '127.0.0.1', forwarded(i))).statusCode).toBe(200)
    expect((await requestCode(proxied, phone(4), '127.0.0.1', forwarded(1))).statusCode).toBe(200)
    expect((await requestCode(proxied, phone(5), '127.0.0.1', forwarded(1))).json().error.code).toBe('IP_RATE_LIMITED')
  })
})

describeEachEngine('sign-in codes the SMS gateway does not take', (getDb) => {
  let h: ResidentHarness
  let lastCode: string | undefined
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    lastCode = undefined
  })
  afterEach(async () => {
    await h.app.close()
  })

  const failWith = (failure: DeliveryError['failure'], code: string) => {
    h.services.sms = {
      send: async (m) => {
        lastCode = m.code
        throw new DeliveryError('aliyun-sms', failure, code, `SendSms refused (${code})`)
      }
    }
  }
  const requestCode = () => h.app.inject({ method: 'POST', url: '/api/v1/auth/sms', payload: { phone: PHONE } })

  it('answers 503 SMS_SEND_FAILED when the gateway fails, and the code that was not sent cannot sign in', async () => {
    failWith('unavailable', 'isv.OUT_OF_SERVICE')
    const answer = await requestCode()
    expect(answer.statusCode).toBe(503)
    expect(answer.json().error).toEqual({ code: 'SMS_SEND_FAILED', message: '短信暂时发不出去，请 1 分钟后再试；仍然不行，请到街道为民服务中心办理' })
    const verify = await h.app.inject({ method: 'POST', url: '/api/v1/auth/sms/verify', payload: { phone: PHONE, code: lastCode } })
    expect(verify.json().error.code).toBe('CODE_EXPIRED')
  })

  it('still counts a failed code against the phone’s minute, so a failing gateway is not hammered', async () => {
    failWith('unavailable', 'network')
    await requestCode()
    expect((await requestCode()).json().error.code).toBe('RATE_LIMITED')
  })

  it('passes the gateway’s own flow control on as 429 RATE_LIMITED', async () => {
    failWith('rate_limited', 'isv.BUSINESS_LIMIT_CONTROL')
    const answer = await requestCode()
    expect(answer.statusCode).toBe(429)
    expect(answer.json().error).toEqual({ code: 'RATE_LIMITED', message: '这个号码接收短信太频繁，请过一会儿再获取验证码' })
  })

  it('answers 422 PHONE_NOT_REACHABLE for a number the gateway cannot send to', async () => {
    failWith('bad_recipient', 'isv.MOBILE_NUMBER_ILLEGAL')
    const answer = await requestCode()
    expect(answer.statusCode).toBe(422)
    expect(answer.json().error).toMatchObject({ code: 'PHONE_NOT_REACHABLE', fields: { phone: '这个号码收不到短信，请检查号码是否正确' } })
  })
})

describeEachEngine('sign-in by WeChat and sessions', (getDb) => {
  let h: ResidentHarness
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
  })
  afterEach(async () => {
    await h.app.close()
  })

  it('exchanges a WeChat login code for a session, the same account each time', async () => {
    const first = await h.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: 'abc' } })
    const second = await h.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: 'abc' } })
    expect(first.statusCode).toBe(200)
    expect(first.json().token).not.toBe(second.json().token)
    const accounts = await getDb().query<{ id: number }>('SELECT id FROM accounts')
    expect(accounts).toHaveLength(1)
    expect([first.json().accountId, second.json().accountId]).toEqual([accounts[0].id, accounts[0].id])
  })

  it('answers 401 when WeChat refuses the code', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: 'invalid-used' } })
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error.code).toBe('WECHAT_LOGIN_FAILED')
  })

  it('signs in with the phone-number quick check to the same account as an SMS code to that number (stand-in: the fixed development phone)', async () => {
    const quick = await h.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/phone', payload: { code: 'phone-code-1' } })
    expect(quick.statusCode).toBe(200)
    const { authorization } = await h.signIn(STAND_IN_PHONE)
    const me = await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization } })
    expect(me.json().phoneMasked).toBe('138****8000')
    const [account] = await getDb().query<{ id: number }>('SELECT id FROM accounts')
    expect(quick.json().accountId).toBe(account.id)
  })

  it('answers 401 when WeChat refuses the phone-number code', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/phone', payload: { code: 'invalid-used' } })
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error.code).toBe('WECHAT_LOGIN_FAILED')
  })

  it('ends the session on the server at sign-out: the same token is refused afterwards, another session of the account is not', async () => {
    const stolen = await h.signIn('13912345678')
    const other = await h.signIn('13912345678')
    const out = await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: stolen })
    expect(out.statusCode).toBe(204)
    const after = await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: stolen })
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('SESSION_REQUIRED')
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: other })).statusCode).toBe(200)
  })

  it('asks for a session to sign out', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout' })
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error.code).toBe('SESSION_REQUIRED')
  })

  it('asks to sign in when the token is missing, unknown or expired', async () => {
    const missing = await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine' })
    expect(missing.statusCode).toBe(401)
    expect(missing.json().error).toEqual({ code: 'SESSION_REQUIRED', message: '请先登录' })
    const unknown = await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine', headers: { authorization: 'Bearer nonsense' } })
    expect(unknown.json().error).toEqual({ code: 'SESSION_REQUIRED', message: '登录已过期，请重新登录' })
    const headers = await h.signIn('13912345678')
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine', headers })).statusCode).toBe(200)
    h.advance(31 * 86_400_000)
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine', headers })).statusCode).toBe(401)
  })

  it('stores sessions hashed', async () => {
    const { authorization } = await h.signIn('13912345678')
    const rows = await getDb().query<{ token_hash: string }>('SELECT token_hash FROM sessions')
    expect(rows[0].token_hash).not.toBe(authorization.slice(7))
  })
})

describeEachEngine('WeChat sign-in without WeChat settings and without the development stand-in', (getDb) => {
  let h: ResidentHarness
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb(), undefined, null)
  })
  afterEach(async () => {
    await h.app.close()
  })

  it('refuses WeChat sign-in with 503 WECHAT_UNAVAILABLE and creates no account, however plausible the code', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/auth/wechat', payload: { code: '0a3bcd1w3H5fxa2xyz' } })
    expect(answer.statusCode).toBe(503)
    expect(answer.json().error).toEqual({ code: 'WECHAT_UNAVAILABLE', message: '暂时不能用微信登录，请用手机短信验证码登录' })
    expect(await getDb().query('SELECT id FROM accounts')).toEqual([])
  })

  it('refuses the phone-number quick check with 503 WECHAT_UNAVAILABLE', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/phone', payload: { code: 'phone-code-1' } })
    expect(answer.statusCode).toBe(503)
    expect(answer.json().error.code).toBe('WECHAT_UNAVAILABLE')
  })

  it('still signs residents in by SMS code', async () => {
    await expect(h.signIn(PHONE)).resolves.toHaveProperty('authorization')
  })
})

describeEachEngine('the phone-number quick check against a fake of the WeChat API', (getDb) => {
  let h: ResidentHarness
  let fake: Awaited<ReturnType<typeof fakeProvider>>
  let phoneAnswer: object
  beforeEach(async () => {
    await truncateAll(getDb())
    phoneAnswer = { errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: '13912345678', purePhoneNumber: '13912345678', countryCode: '86', watermark: { appid: 'wx0123456789abcdef', timestamp: 1 } } }
    fake = await fakeProvider((r) => (r.path === '/cgi-bin/stable_token' ? { json: { access_token: 'token-1', expires_in: 7200 } } : { json: phoneAnswer }))
    const settings = { appId: 'wx0123456789abcdef', secret: 'secret-0123456789abcdef', apiBase: fake.base }
    h = await residentHarness(getDb(), undefined, wechatApiAdapter(settings, wechatAccessTokens(settings)))
  })
  afterEach(async () => {
    await h.app.close()
    await fake.close()
  })

  const quickCheck = () => h.app.inject({ method: 'POST', url: '/api/v1/auth/wechat/phone', payload: { code: 'phone-code-1' } })

  it('exchanges the code with getuserphonenumber and signs in to the account of that number', async () => {
    const answer = await quickCheck()
    expect(answer.statusCode).toBe(200)
    const asked = fake.received.find((r) => r.path === '/wxa/business/getuserphonenumber')
    expect(asked?.method).toBe('POST')
    expect(asked?.query.get('access_token')).toBe('token-1')
    expect(JSON.parse(asked?.body ?? '{}')).toEqual({ code: 'phone-code-1' })
    const [account] = await getDb().query<{ id: number; phone: string }>('SELECT id, phone FROM accounts')
    expect(account).toEqual({ id: answer.json().accountId, phone: '13912345678' })
  })

  it('answers 422 PHONE_NOT_SUPPORTED for a number outside the mainland', async () => {
    phoneAnswer = { errcode: 0, phone_info: { purePhoneNumber: '91234567', countryCode: '852', watermark: { appid: 'wx0123456789abcdef' } } }
    const answer = await quickCheck()
    expect(answer.statusCode).toBe(422)
    expect(answer.json().error).toEqual({ code: 'PHONE_NOT_SUPPORTED', message: '这个微信绑定的不是中国大陆手机号，请用短信验证码登录' })
  })

  it('answers 401 for a code WeChat refuses and 503 when WeChat is busy', async () => {
    phoneAnswer = { errcode: 40029, errmsg: 'invalid code' }
    expect((await quickCheck()).json().error.code).toBe('WECHAT_LOGIN_FAILED')
    phoneAnswer = { errcode: -1, errmsg: 'system error' }
    const busy = await quickCheck()
    expect(busy.statusCode).toBe(503)
    expect(busy.json().error.code).toBe('WECHAT_UNAVAILABLE')
  })
})
