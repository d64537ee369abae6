import { describeEachEngine, truncateAll } from '../../test/support/db'
import { disableStaff, setStaffPassword } from '../repositories/staff-accounts-repository'
import { hashPassword } from '../staff/passwords'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { addTestStaff, staffSignIn, TEST_STAFF_PASSWORD } from '../staff/testing'

describeEachEngine('staff sign-in', (getDb) => {
  let h: ResidentHarness
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    await addTestStaff(getDb(), { name: '王经办', phone: '13900000001', roles: ['clerk', 'head'], department: 'civil' })
  })
  afterEach(async () => {
    await h.app.close()
  })

  const login = (password: string, phone = '13900000001') => h.app.inject({ method: 'POST', url: '/api/v1/staff/auth/login', payload: { phone, password } })
  const signIns = async () => (await getDb().query<{ outcome: string }>('SELECT outcome FROM staff_sign_ins ORDER BY id')).map((r) => r.outcome)

  it('signs a staff member in with phone and password and tells them who they are and what they may do', async () => {
    const answer = await login(TEST_STAFF_PASSWORD)
    expect(answer.statusCode).toBe(200)
    expect(answer.json().expiresAt).toBe('2026-11-25T14:00:00.000Z')
    const me = await h.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers: { authorization: `Bearer ${answer.json().token}` } })
    expect(me.json()).toMatchObject({ name: '王经办', roles: ['clerk', 'head'], department: 'civil', disabled: false })
    expect(me.json().actions).toEqual(expect.arrayContaining(['accept', 'approve_reply']))
    // A section head approves no extension: the law names the disclosure office's head and the office's head.
    expect(me.json().actions).not.toContain('approve_disclosure_extension')
    expect(me.json().actions).not.toContain('manage_staff')
  })

  const DELAYED = '尝试次数过多，请在 10:01 以后再试；忘记密码请找系统管理员重设'
  const fromAddress = (password: string, remoteAddress: string, phone = '13900000001') =>
    h.app.inject({ method: 'POST', url: '/api/v1/staff/auth/login', payload: { phone, password }, remoteAddress })

  it('answers a wrong password and an unknown phone with the same words, neither saying how many tries are left', async () => {
    const wrong = await login('wrong-password')
    const unknown = await login(TEST_STAFF_PASSWORD, '13900000009')
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401])
    expect(wrong.json().error).toEqual({ code: 'CREDENTIALS_INVALID', message: '手机号或密码不正确' })
    expect(unknown.json().error).toEqual(wrong.json().error)
  })

  it('makes a phone wait a minute after its fifth wrong password from one address, even for the right one, then lets it in', async () => {
    for (let i = 0; i < 5; i++) expect((await login('wrong-password')).statusCode).toBe(401)
    const sixth = await login(TEST_STAFF_PASSWORD)
    expect(sixth.statusCode).toBe(429)
    expect(sixth.json().error).toEqual({ code: 'SIGN_IN_DELAYED', message: DELAYED })
    expect(sixth.headers['retry-after']).toBe('60')
    h.advance(60_000)
    expect((await login(TEST_STAFF_PASSWORD)).statusCode).toBe(200)
  })

  it('doubles the wait with each further wrong password, never beyond an hour', async () => {
    for (let i = 0; i < 5; i++) await login('wrong-password')
    const waits: string[] = []
    for (let i = 0; i < 8; i++) {
      h.advance(3_600_000)
      await login('wrong-password')
      waits.push(String((await login('wrong-password')).headers['retry-after']))
    }
    expect(waits).toEqual(['120', '240', '480', '960', '1920', '3600', '3600', '3600'])
  })

  it('treats an unknown phone exactly like a known one, so the wait does not tell which phones have accounts', async () => {
    for (let i = 0; i < 5; i++) await login('wrong-password', '13900000009')
    const answer = await login('wrong-password', '13900000009')
    expect(answer.statusCode).toBe(429)
    expect(answer.json().error.message).toBe(DELAYED)
  })

  it('does not let five wrong passwords from another address shut the official out', async () => {
    for (let i = 0; i < 5; i++) expect((await fromAddress('wrong-password', '203.0.113.9')).statusCode).toBe(401)
    expect((await fromAddress('wrong-password', '203.0.113.9')).statusCode).toBe(429)
    expect((await fromAddress(TEST_STAFF_PASSWORD, '198.51.100.7')).statusCode).toBe(200)
  })

  it('makes a phone wait after twenty wrong passwords from many addresses', async () => {
    for (let i = 0; i < 20; i++) expect((await fromAddress('wrong-password', `203.0.113.${i}`)).statusCode).toBe(401)
    expect((await fromAddress(TEST_STAFF_PASSWORD, '198.51.100.7')).statusCode).toBe(429)
  })

  it('makes an address wait after thirty wrong passwords over many phones, other addresses unaffected', async () => {
    // Known phones, so that the test pays the test hash's cost rather than the production cost of unknown ones.
    const phones = Array.from({ length: 30 }, (_, i) => `1390000${1000 + i}`)
    for (const phone of phones) await addTestStaff(getDb(), { phone, roles: ['clerk'] })
    for (const phone of phones) expect((await fromAddress('wrong-password', '203.0.113.9', phone)).statusCode).toBe(401)
    expect((await fromAddress(TEST_STAFF_PASSWORD, '203.0.113.9')).statusCode).toBe(429)
    expect((await fromAddress(TEST_STAFF_PASSWORD, '198.51.100.7')).statusCode).toBe(200)
  })

  it('writes every wait a wrong password imposes to the audit log', async () => {
    for (let i = 0; i < 6; i++) {
      await login('wrong-password')
      h.advance(3_600_000)
    }
    const audit = await getDb().query<{ actor: string; action: string; detail: { scope: string; phone: string; failures: number; until: string } }>(
      "SELECT actor, action, detail FROM staff_audit WHERE action = 'sign_in_delayed' ORDER BY id"
    )
    expect(audit.map((a) => [a.actor, a.detail.scope, a.detail.phone, a.detail.failures])).toEqual([
      ['system', 'phone_address', '13900000001', 5],
      ['system', 'phone_address', '13900000001', 6]
    ])
    expect(audit[0].detail.until).toBe('2026-11-25T06:01:00.000Z')
  })

  it('checks at most five passwords of 25 sent at once, the right one among them (counted in the database before each check)', async () => {
    const passwords = Array.from({ length: 25 }, (_, i) => (i === 20 ? TEST_STAFF_PASSWORD : `wrong-password-${i}`))
    const answers = await Promise.all(passwords.map((password) => login(password)))
    const checked = answers.filter((a) => a.statusCode !== 429)
    expect(checked.length).toBeLessThanOrEqual(5)
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(25 - checked.length)
    const outcomes = await signIns()
    expect(outcomes.filter((o) => o === 'wrong_password' || o === 'success').length).toBe(checked.length)
  })

  it('starts counting again after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await login('wrong-password')
    expect((await login(TEST_STAFF_PASSWORD)).statusCode).toBe(200)
    for (let i = 0; i < 4; i++) expect((await login('wrong-password')).statusCode).toBe(401)
  })

  it('lifts the wait when an administrator sets a new password', async () => {
    for (let i = 0; i < 5; i++) await login('wrong-password')
    const [{ id }] = await getDb().query<{ id: number }>('SELECT id FROM staff_accounts')
    await setStaffPassword(getDb(), id, await hashPassword('a-brand-new-password'))
    expect((await login('a-brand-new-password')).statusCode).toBe(200)
  })

  it('records every sign-in attempt with its outcome', async () => {
    await login('wrong-password')
    await login(TEST_STAFF_PASSWORD, '13900000009')
    await login(TEST_STAFF_PASSWORD)
    for (let i = 0; i < 6; i++) await login('wrong-password')
    expect(await signIns()).toEqual(['wrong_password', 'unknown_phone', 'success', 'wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'wrong_password', 'delayed'])
  })

  it('refuses a disabled account and ends its sessions', async () => {
    const headers = await staffSignIn(h.app, '13900000001')
    const [{ id }] = await getDb().query<{ id: number }>('SELECT id FROM staff_accounts')
    await disableStaff(getDb(), id, new Date('2026-11-25T02:00:00Z'))
    expect((await login(TEST_STAFF_PASSWORD)).statusCode).toBe(401)
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers })).statusCode).toBe(401)
  })

  it('asks for a new sign-in once the session has expired', async () => {
    const headers = await staffSignIn(h.app, '13900000001')
    h.advance(12 * 3_600_000 + 1000)
    const answer = await h.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers })
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error).toEqual({ code: 'SESSION_REQUIRED', message: '登录已过期，请重新登录工作台' })
  })

  it('ends the staff session on the server at sign-out: the same token is refused afterwards', async () => {
    const headers = await staffSignIn(h.app, '13900000001')
    const out = await h.app.inject({ method: 'POST', url: '/api/v1/staff/auth/logout', headers })
    expect(out.statusCode).toBe(204)
    const after = await h.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers })
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('SESSION_REQUIRED')
  })

  it('does not take a resident’s session for a staff session', async () => {
    const resident = await h.signIn('13812345678')
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers: resident })).statusCode).toBe(401)
  })
})
