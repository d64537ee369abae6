import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

type Headers = { authorization: string }

const SCHEDULE_2027 = {
  year: 2027,
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知（测试）', documentNumber: '国办发明电〔2026〕1号', publishedOn: '2026-11-10' },
  holidays: [{ name: '元旦', daysOff: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: ['2026-12-26'] }]
}

describeEachEngine('editing contacts, reception days and the calendar', (getDb) => {
  let h: ResidentHarness
  let admin: Headers
  let disclosure: Headers
  let clerk: Headers
  let civil: number
  let leader: number

  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb(), '2026-11-25T02:00:00Z')
    ;[{ id: civil }] = await getDb().query<{ id: number }>(
      `INSERT INTO departments (name, duties, phone, address, hours) VALUES ('民政办', '低保、救助', '021-1', '一楼', '工作日'), ('城管科', '市容', '021-2', '二楼', '工作日') RETURNING id`
    )
    ;[{ id: leader }] = await getDb().query<{ id: number }>(`INSERT INTO leaders (name, post, duties, phone) VALUES ('张三', '主任', '全面工作', '021-9') RETURNING id`)
    await getDb().query(
      `INSERT INTO office_settings (key, value) VALUES
         ('office', '{"name":"某街道办事处","address":"某路1号","location":{"latitude":31.2,"longitude":121.4},"hours":"工作日"}'),
         ('dutyPhone', '{"label":"值班电话","phone":"021-100","hours":"24小时"}'),
         ('supervisionHotline', '{"label":"监督热线","phone":"021-200","hours":"工作日"}')`
    )
    admin = await staffHeaders(h.app, getDb(), { phone: '13900000001', roles: ['admin'] })
    disclosure = await staffHeaders(h.app, getDb(), { phone: '13900000002', roles: ['disclosure'] })
    clerk = await staffHeaders(h.app, getDb(), { phone: '13900000003', roles: ['clerk'], department: 'civil' })
  })
  afterEach(async () => {
    await h.app.close()
  })

  const contacts = async () => (await h.app.inject({ method: 'GET', url: '/api/v1/contacts' })).json()
  const department = (over: object = {}) => ({ name: '民政办', key: 'civil', duties: '低保、救助、养老', phone: '021-5555', address: '一楼 101', hours: '工作日 9:00—17:00', ...over })

  it('changes a department’s phone and key, which residents see at once', async () => {
    const answer = await h.app.inject({ method: 'PUT', url: `/api/v1/staff/content/departments/${civil}`, headers: disclosure, payload: department() })
    expect(answer.statusCode).toBe(200)
    expect((await contacts()).departments[0]).toMatchObject({ name: '民政办', phone: '021-5555' })
    const listed = await h.app.inject({ method: 'GET', url: '/api/v1/staff/content/departments', headers: clerk })
    expect(listed.json()[0]).toMatchObject({ id: civil, key: 'civil' })
  })

  it('refuses a key another department uses with 409', async () => {
    await h.app.inject({ method: 'PUT', url: `/api/v1/staff/content/departments/${civil}`, headers: admin, payload: department() })
    const answer = await h.app.inject({ method: 'PUT', url: `/api/v1/staff/content/departments/${civil + 1}`, headers: admin, payload: department({ name: '城管科' }) })
    expect(answer.statusCode).toBe(409)
    expect(answer.json().error.code).toBe('CONFLICT')
  })

  it('lets no clerk edit contacts (403)', async () => {
    const answer = await h.app.inject({ method: 'PUT', url: `/api/v1/staff/content/departments/${civil}`, headers: clerk, payload: department() })
    expect(answer.statusCode).toBe(403)
  })

  it('answers 404 for a department that does not exist', async () => {
    expect((await h.app.inject({ method: 'PUT', url: '/api/v1/staff/content/departments/999', headers: admin, payload: department() })).statusCode).toBe(404)
  })

  it('changes the supervision hotline', async () => {
    const hotline = { label: '监督热线', phone: '021-300', hours: '工作日 9:00—17:00' }
    expect((await h.app.inject({ method: 'PUT', url: '/api/v1/staff/content/hotlines/supervisionHotline', headers: admin, payload: hotline })).statusCode).toBe(200)
    expect((await contacts()).supervisionHotline).toEqual(hotline)
  })

  it('adds, changes and removes a leader reception day, each step audited', async () => {
    const body = { leaderId: leader, schedule: '每月第一个星期三 上午 9:00—11:30', place: '一楼接待室', topics: '民生诉求' }
    const created = await h.app.inject({ method: 'POST', url: '/api/v1/staff/content/receptions', headers: disclosure, payload: body })
    expect(created.statusCode).toBe(201)
    const id = created.json().id as number
    expect((await contacts()).receptions).toEqual([{ id, leaderName: '张三', leaderPost: '主任', when: body.schedule, place: '一楼接待室', topics: '民生诉求' }])
    const changed = await h.app.inject({ method: 'PUT', url: `/api/v1/staff/content/receptions/${id}`, headers: disclosure, payload: { ...body, place: '二楼会议室' } })
    expect(changed.json()).toMatchObject({ id, place: '二楼会议室', leaderName: '张三' })
    expect((await h.app.inject({ method: 'DELETE', url: `/api/v1/staff/content/receptions/${id}`, headers: disclosure })).statusCode).toBe(204)
    expect((await contacts()).receptions).toEqual([])
    const audit = await getDb().query<{ action: string }>("SELECT action FROM staff_audit WHERE action LIKE 'reception_%' ORDER BY id")
    expect(audit.map((a) => a.action)).toEqual(['reception_create', 'reception_edit', 'reception_delete'])
  })

  it('refuses a reception day of a leader who does not exist', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/content/receptions', headers: admin, payload: { leaderId: 999, schedule: '每周一', place: '一楼', topics: '诉求' } })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields).toEqual({ leaderId: '没有这位领导' })
  })

  it('imports an announced year, replacing the provisional one for every route', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/calendar/2027' })).json().provisional).toBe(true)
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/calendar/years', headers: admin, payload: SCHEDULE_2027 })
    expect(answer.statusCode).toBe(200)
    expect(answer.json()).toMatchObject({ year: 2027, provisional: false, source: { documentNumber: '国办发明电〔2026〕1号' } })
    const year = (await h.app.inject({ method: 'GET', url: '/api/v1/calendar/2027' })).json()
    expect(year.provisional).toBe(false)
    const [row] = await getDb().query<{ detail: { year: number; before: { provisional: boolean } } }>("SELECT detail FROM staff_audit WHERE action = 'calendar_import'")
    expect(row.detail).toMatchObject({ year: 2027, before: { provisional: true } })
  })

  it('refuses a schedule whose make-up working day is not a weekend, saying which', async () => {
    const bad = { ...SCHEDULE_2027, holidays: [{ ...SCHEDULE_2027.holidays[0], makeUpWorkdays: ['2026-12-28'] }] }
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/calendar/years', headers: admin, payload: bad })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.code).toBe('VALIDATION_FAILED')
    expect(answer.json().error.message).toContain('2026-12-28')
  })

  it('leaves the calendar import to administrators (403)', async () => {
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/staff/calendar/years', headers: disclosure, payload: SCHEDULE_2027 })).statusCode).toBe(403)
  })
})
