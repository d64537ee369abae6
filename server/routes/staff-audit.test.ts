import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

const complaint = { kind: 'complaint', title: '夜间施工噪音', content: '工地每晚十一点后仍在施工' }

describeEachEngine('the audit log', (getDb) => {
  let h: ResidentHarness
  let clerk: { authorization: string }
  let admin: { authorization: string }
  let trackingNo: string
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    clerk = await staffHeaders(h.app, getDb(), { name: '王经办', phone: '13900000001', roles: ['clerk'], department: 'civil' })
    admin = await staffHeaders(h.app, getDb(), { phone: '13900000009', roles: ['admin'] })
    const registered = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/cases',
      headers: clerk,
      payload: { receivedOn: '2026-11-24', channel: 'window', residentPhone: '13700001111', residentName: '李四', case: complaint }
    })
    trackingNo = registered.json().trackingNo
  })
  afterEach(async () => {
    await h.app.close()
  })

  const audit = (headers: { authorization: string }, query = '') => h.app.inject({ method: 'GET', url: `/api/v1/staff/audit${query}`, headers })

  it('shows the handler the log of their case, newest first, with names', async () => {
    await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${trackingNo}`, headers: clerk })
    const answer = await audit(clerk, `?trackingNo=${trackingNo}`)
    expect(answer.statusCode).toBe(200)
    expect(answer.json()).toMatchObject({ total: 2, items: [{ action: 'view_case', actorName: '王经办' }, { action: 'register_case', actor: 'staff:1' }] })
  })

  it('lets only an administrator read the whole log', async () => {
    expect((await audit(clerk)).statusCode).toBe(403)
    expect((await audit(admin)).json().total).toBe(1)
  })

  it('refuses every UPDATE of a logged row, even straight in SQL', async () => {
    await expect(getDb().query("UPDATE staff_audit SET action = 'nothing'")).rejects.toThrow('staff_audit is append-only: UPDATE refused')
  })

  it('refuses every DELETE of a logged row, even straight in SQL', async () => {
    await expect(getDb().query('DELETE FROM staff_audit')).rejects.toThrow('staff_audit is append-only: DELETE refused')
    expect(await getDb().query('SELECT id FROM staff_audit')).toHaveLength(1)
  })

  it('offers no route that changes the log', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      expect((await h.app.inject({ method, url: '/api/v1/staff/audit', headers: admin })).statusCode).toBe(404)
    }
  })
})
