import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

describeEachEngine('reply templates', (getDb) => {
  let h: ResidentHarness
  let clerk: { authorization: string }
  let admin: { authorization: string }
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    clerk = await staffHeaders(h.app, getDb(), { phone: '13900000001', roles: ['clerk'], department: 'civil' })
    admin = await staffHeaders(h.app, getDb(), { phone: '13900000009', roles: ['admin'] })
  })
  afterEach(async () => {
    await h.app.close()
  })

  const put = (headers: { authorization: string }, path: string, body: string) => h.app.inject({ method: 'PUT', url: `/api/v1/staff/templates/${path}`, headers, payload: { body } })
  const list = async () => (await h.app.inject({ method: 'GET', url: '/api/v1/staff/templates', headers: clerk })).json()

  it('serves the office’s starting templates to every staff member', async () => {
    expect(await list()).toContainEqual(expect.objectContaining({ kind: 'info_request', outcome: 'disclosed', updatedBy: null }))
  })

  it('lets an administrator replace a template, which every reply form then uses', async () => {
    const saved = await put(admin, 'complaint/supported', '{申请人}您好，{事项标题}已处理。')
    expect(saved.statusCode).toBe(200)
    expect(await list()).toContainEqual(expect.objectContaining({ kind: 'complaint', outcome: 'supported', body: '{申请人}您好，{事项标题}已处理。', updatedBy: 'staff:2' }))
  })

  it('logs each change with the text before and after it', async () => {
    await put(admin, 'complaint/supported', '第一版：{事项标题}已处理。')
    await put(admin, 'complaint/supported', '第二版：{事项标题}已处理。')
    const log = (await h.app.inject({ method: 'GET', url: '/api/v1/staff/audit?action=edit_reply_template', headers: admin })).json()
    expect(log.items.map((e: { detail: object }) => e.detail)).toEqual([
      { kind: 'complaint', outcome: 'supported', before: '第一版：{事项标题}已处理。', after: '第二版：{事项标题}已处理。' },
      { kind: 'complaint', outcome: 'supported', before: expect.stringContaining('您反映的情况属实'), after: '第一版：{事项标题}已处理。' }
    ])
  })

  it('refuses a template with a placeholder that does not exist', async () => {
    const answer = await put(admin, 'complaint/supported', '{申请人}您好，{编号}')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.message).toContain('不认识的占位符')
  })

  it('refuses an outcome of the other law', async () => {
    expect((await put(admin, 'complaint/disclosed', '已公开')).statusCode).toBe(400)
  })

  it('refuses a clerk the editing of templates', async () => {
    expect((await put(clerk, 'complaint/supported', '已处理')).statusCode).toBe(403)
  })
})
