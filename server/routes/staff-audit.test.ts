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
    // The first run hashes the test password (scrypt, slow on purpose): too slow for 5 s on a busy machine.
  }, 30_000)
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

  it('lets an administrator narrow the log to one official', async () => {
    await h.app.inject({ method: 'PUT', url: '/api/v1/staff/templates/complaint/supported', headers: admin, payload: { body: '已处理。' } })
    await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${trackingNo}`, headers: clerk })
    const answer = (await audit(admin, '?actor=staff:1')).json()
    expect(answer.total).toBe(2)
    expect(answer.items.map((e: { actorName: string }) => e.actorName)).toEqual(['王经办', '王经办'])
  })

  it('lets an administrator narrow the log to one kind of action', async () => {
    await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${trackingNo}`, headers: clerk })
    const answer = (await audit(admin, '?action=view_case')).json()
    expect(answer).toMatchObject({ total: 1, items: [{ action: 'view_case', trackingNo }] })
  })

  it('counts a day in China time: from its midnight in Beijing to the next', async () => {
    for (const at of ['2026-11-24T15:59:59Z', '2026-11-24T16:00:00Z', '2026-11-25T15:59:59Z', '2026-11-25T16:00:00Z']) {
      await getDb().query("INSERT INTO staff_audit (actor, action, detail, at) VALUES ('system', 'notice_publish', '{}', $1)", [at])
    }
    const answer = (await audit(admin, '?action=notice_publish&from=2026-11-25&to=2026-11-25')).json()
    expect(answer.items.map((e: { at: string }) => e.at)).toEqual(['2026-11-25T15:59:59.000Z', '2026-11-24T16:00:00.000Z'])
  })

  it('pages through a long log, keeping the total of the whole filter', async () => {
    await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${trackingNo}`, headers: clerk })
    const answer = (await audit(admin, '?page=2&pageSize=1')).json()
    expect(answer).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ action: 'register_case' }] })
  })

  it('refuses a range that ends before it begins with 400 and says why', async () => {
    const answer = await audit(admin, '?from=2026-11-25&to=2026-11-24')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: '开始日期不能晚于结束日期' })
  })

  it('refuses an actor that is neither a staff member nor the system with 400', async () => {
    const answer = await audit(admin, '?actor=resident:1')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields.actor).toBe('操作人应为某位工作人员或“系统”')
  })

  it('keeps the search of the whole log from anyone but an administrator', async () => {
    expect((await audit(clerk, '?actor=staff:1')).statusCode).toBe(403)
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
