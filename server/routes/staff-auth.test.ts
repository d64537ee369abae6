import { describeEachEngine, truncateAll } from '../../test/support/db'
import { disableStaff } from '../repositories/staff-accounts-repository'
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
    expect(me.json().actions).toEqual(expect.arrayContaining(['accept', 'approve_extension']))
    expect(me.json().actions).not.toContain('manage_staff')
  })

  it('refuses a wrong password and says how many tries are left', async () => {
    const answer = await login('wrong-password')
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error).toMatchObject({ code: 'CREDENTIALS_INVALID', message: '手机号或密码不正确，再输错 4 次账号将被锁定 15 分钟' })
  })

  it('refuses an unknown phone with the same words as a wrong password', async () => {
    const answer = await login(TEST_STAFF_PASSWORD, '13900000009')
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error.message).toBe('手机号或密码不正确')
  })

  it('locks the account for 15 minutes after the fifth wrong password in a row, even against the right one', async () => {
    for (let i = 0; i < 4; i++) expect((await login('wrong-password')).statusCode).toBe(401)
    const fifth = await login('wrong-password')
    expect(fifth.statusCode).toBe(423)
    expect(fifth.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED' })
    expect(fifth.json().error.message).toContain('请在 10:15 以后再试')
    h.advance(14 * 60_000)
    expect((await login(TEST_STAFF_PASSWORD)).statusCode).toBe(423)
    h.advance(61_000)
    expect((await login(TEST_STAFF_PASSWORD)).statusCode).toBe(200)
  })

  it('starts counting again after a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) await login('wrong-password')
    expect((await login(TEST_STAFF_PASSWORD)).statusCode).toBe(200)
    expect((await login('wrong-password')).json().error.message).toContain('再输错 4 次')
  })

  it('records every sign-in attempt with its outcome', async () => {
    await login('wrong-password')
    await login(TEST_STAFF_PASSWORD, '13900000009')
    await login(TEST_STAFF_PASSWORD)
    expect(await signIns()).toEqual(['wrong_password', 'unknown_phone', 'success'])
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
