import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders, staffSignIn } from '../staff/testing'

describeEachEngine('staff accounts', (getDb) => {
  let h: ResidentHarness
  let admin: { authorization: string }
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    admin = await staffHeaders(h.app, getDb(), { phone: '13900000009', roles: ['admin'] })
  })
  afterEach(async () => {
    await h.app.close()
  })

  const add = (headers: { authorization: string }, payload: object) => h.app.inject({ method: 'POST', url: '/api/v1/staff/accounts', headers, payload })
  const wang = { name: '王芳', phone: '13900000001', roles: ['clerk'], department: 'civil', password: 'a-long-password' }

  it('lets an administrator add a staff member who can then sign in', async () => {
    const added = await add(admin, wang)
    expect(added.statusCode).toBe(201)
    expect(added.json()).toMatchObject({ name: '王芳', roles: ['clerk'], department: 'civil', disabled: false })
    expect(added.body).not.toContain('password')
    await expect(staffSignIn(h.app, '13900000001', 'a-long-password')).resolves.toHaveProperty('authorization')
  })

  it('refuses a second account for the same phone with 409', async () => {
    await add(admin, wang)
    const again = await add(admin, { ...wang, name: '王芳二' })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('STAFF_PHONE_TAKEN')
  })

  it('refuses account management to anyone but an administrator', async () => {
    const head = await staffHeaders(h.app, getDb(), { phone: '13900000002', roles: ['head', 'leader'], department: 'civil' })
    expect((await add(head, wang)).statusCode).toBe(403)
  })

  it('resets a password, which lifts a lock-out and ends the old sessions', async () => {
    const id = (await add(admin, wang)).json().id
    const old = await staffSignIn(h.app, '13900000001', 'a-long-password')
    const reset = await h.app.inject({ method: 'PUT', url: `/api/v1/staff/accounts/${id}/password`, headers: admin, payload: { password: 'a-new-long-password' } })
    expect(reset.statusCode).toBe(204)
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/staff/me', headers: old })).statusCode).toBe(401)
    await expect(staffSignIn(h.app, '13900000001', 'a-new-long-password')).resolves.toHaveProperty('authorization')
  })

  it('answers 404 for disabling an unknown account', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/accounts/999/disable', headers: admin })
    expect(answer.statusCode).toBe(404)
    expect(answer.json().error.code).toBe('STAFF_NOT_FOUND')
  })
})
