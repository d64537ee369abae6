import { describeEachEngine, truncateAll } from '../../test/support/db'
import { currentContentVersion } from '../cache/public-cache'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')

function multipart(name: string, bytes: Buffer) {
  const boundary = '----jiefang-test-boundary'
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`)
  ])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

type Headers = { authorization: string }

describeEachEngine('publishing through review', (getDb) => {
  let h: ResidentHarness
  let clerk: Headers
  let head: Headers
  let disclosure: Headers
  let leader: Headers
  let civil: number
  let urban: number

  beforeEach(async () => {
    await truncateAll(getDb())
    // Monday 2026-03-02, 09:00 China time.
    h = await residentHarness(getDb(), '2026-03-02T01:00:00Z')
    const departments = await getDb().query<{ id: number }>(
      `INSERT INTO departments (name, duties, phone, address, hours, key) VALUES
         ('民政办', '低保、救助', '021-1', '一楼', '工作日', 'civil'), ('城管科', '市容', '021-2', '二楼', '工作日', 'urban') RETURNING id`
    )
    ;[civil, urban] = departments.map((d) => d.id)
    clerk = await staffHeaders(h.app, getDb(), { phone: '13900000001', roles: ['clerk'], department: 'civil', name: '王经办' })
    head = await staffHeaders(h.app, getDb(), { phone: '13900000002', roles: ['head'], department: 'civil', name: '李科长' })
    disclosure = await staffHeaders(h.app, getDb(), { phone: '13900000003', roles: ['disclosure'], name: '赵公开' })
    leader = await staffHeaders(h.app, getDb(), { phone: '13900000004', roles: ['leader'], name: '钱主任' })
  })
  afterEach(async () => {
    await h.app.close()
  })

  const draft = (over: object = {}) => ({ title: '2026年城市低保标准调整', category: 'gov-benefits', departmentId: civil, timeliness: 'fixed', body: '第一段。\r\n\r\n第二段。', ...over })
  const create = (headers: Headers, over: object = {}) => h.app.inject({ method: 'POST', url: '/api/v1/staff/notices', headers, payload: draft(over) })
  const review = (id: number, headers: Headers, payload: object) => h.app.inject({ method: 'POST', url: `/api/v1/staff/notices/${id}/review`, headers, payload })
  const publicNotice = (id: number) => h.app.inject({ method: 'GET', url: `/api/v1/notices/${id}` })
  /** A notice taken through the procedure up to (and including) `until`. */
  async function through(until: 'submit' | 'collate' | 'approve' | 'publish'): Promise<number> {
    const id = (await create(clerk)).json().id as number
    const steps: [string, Headers][] = [['submit', head], ['collate', disclosure], ['approve', leader], ['publish', disclosure]]
    for (const [action, who] of steps) {
      const answer = await review(id, who, { action })
      if (answer.statusCode !== 200) throw new Error(`${action}: ${answer.body}`)
      if (action === until) break
    }
    return id
  }

  it('takes a clerk’s draft through the head, the disclosure office and a leader to the public', async () => {
    const created = await create(clerk)
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ status: 'draft', statusLabel: '草稿', body: '第一段。\n\n第二段。', publishedAt: null, allowedActions: ['edit'] })
    const id = created.json().id as number
    expect((await publicNotice(id)).statusCode).toBe(404)
    expect((await review(id, head, { action: 'submit' })).json()).toMatchObject({ status: 'submitted' })
    expect((await review(id, disclosure, { action: 'collate' })).json()).toMatchObject({ status: 'collated' })
    expect((await review(id, leader, { action: 'approve' })).json()).toMatchObject({ status: 'approved', allowedActions: ['publish', 'send_back'] })
    const before = currentContentVersion()
    const published = await review(id, disclosure, { action: 'publish' })
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: '2026-03-02', renewalDueOn: '2027-03-02' })
    expect(currentContentVersion()).toBeGreaterThan(before)
    expect((await publicNotice(id)).json()).toMatchObject({ title: '2026年城市低保标准调整', publishedAt: '2026-03-02' })
    expect(published.json().history.map((s: { action: string; actorName: string | null }) => `${s.action}:${s.actorName}`)).toEqual([
      'create:王经办',
      'submit:李科长',
      'collate:赵公开',
      'approve:钱主任',
      'publish:赵公开'
    ])
  })

  it('refuses a clerk’s submission with 403: the head submits for the department', async () => {
    const id = (await create(clerk)).json().id as number
    const answer = await review(id, clerk, { action: 'submit' })
    expect(answer.statusCode).toBe(403)
    expect(answer.json().error).toMatchObject({ code: 'FORBIDDEN', message: '您的岗位不能报送审核' })
  })

  it('refuses a draft for another department with 403', async () => {
    const answer = await create(clerk, { departmentId: urban })
    expect(answer.statusCode).toBe(403)
  })

  it('refuses a step the state does not allow with 409', async () => {
    const id = (await create(clerk)).json().id as number
    const answer = await review(id, disclosure, { action: 'collate' })
    expect(answer.statusCode).toBe(409)
    expect(answer.json().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', message: '“草稿”状态下不能公开办审核通过' })
  })

  it('sends an item back to draft only with a comment, which the history keeps', async () => {
    const id = await through('submit')
    const bare = await review(id, disclosure, { action: 'send_back' })
    expect(bare.statusCode).toBe(400)
    expect(bare.json().error.fields).toEqual({ comment: '请写明退回修改的意见' })
    const sent = await review(id, disclosure, { action: 'send_back', comment: '请补充文件文号' })
    expect(sent.json().status).toBe('draft')
    expect(sent.json().history.at(-1)).toMatchObject({ action: 'send_back', from: 'submitted', to: 'draft', comment: '请补充文件文号' })
  })

  it('withdraws a published notice only with a reason, and it leaves the public list', async () => {
    const id = await through('publish')
    expect((await review(id, leader, { action: 'unpublish' })).statusCode).toBe(400)
    expect((await review(id, leader, { action: 'unpublish', comment: '政策已废止' })).json().status).toBe('withdrawn')
    expect((await publicNotice(id)).statusCode).toBe(404)
  })

  it('publishes at the time set, not before', async () => {
    const id = await through('approve')
    const scheduled = await review(id, disclosure, { action: 'publish', publishAt: '2026-03-02T14:00:00+08:00' })
    expect(scheduled.json()).toMatchObject({ status: 'approved', scheduledAt: '2026-03-02T06:00:00Z' })
    expect((await publicNotice(id)).statusCode).toBe(404)
    h.setNow('2026-03-02T06:00:01Z')
    const later = await h.app.inject({ method: 'GET', url: `/api/v1/staff/notices/${id}`, headers: disclosure })
    expect(later.json()).toMatchObject({ status: 'published', scheduledAt: null, publishedAt: '2026-03-02' })
    expect(later.json().history.at(-1)).toMatchObject({ action: 'publish', actor: 'system' })
    expect((await publicNotice(id)).statusCode).toBe(200)
  })

  it('cancels a publication set for later: the notice stays approved and unpublished, and the audit log keeps the time undone', async () => {
    const id = await through('approve')
    const scheduled = await review(id, leader, { action: 'publish', publishAt: '2026-03-02T14:00:00+08:00' })
    expect(scheduled.json().allowedActions).toEqual(['publish', 'cancel_schedule', 'send_back'])
    const cancelled = await review(id, leader, { action: 'cancel_schedule' })
    expect(cancelled.statusCode).toBe(200)
    expect(cancelled.json()).toMatchObject({ status: 'approved', scheduledAt: null, allowedActions: ['publish', 'send_back'] })
    expect(cancelled.json().history.at(-1)).toMatchObject({ action: 'cancel_schedule', from: 'approved', to: 'approved', actorName: '钱主任' })
    h.setNow('2026-03-02T06:00:01Z')
    expect((await h.app.inject({ method: 'GET', url: `/api/v1/staff/notices/${id}`, headers: leader })).json().status).toBe('approved')
    expect((await publicNotice(id)).statusCode).toBe(404)
    const [row] = await getDb().query<{ detail: { before: string; after: string; cancelledSchedule: string } }>("SELECT detail FROM staff_audit WHERE action = 'notice_cancel_schedule'")
    expect(row.detail).toMatchObject({ noticeId: id, before: 'approved', after: 'approved', cancelledSchedule: '2026-03-02T06:00:00Z' })
  })

  it('refuses with 409 to cancel a schedule on a notice that has none', async () => {
    const id = await through('approve')
    const answer = await review(id, leader, { action: 'cancel_schedule' })
    expect(answer.statusCode).toBe(409)
    expect(answer.json().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', message: '这条内容没有设定定时发布' })
  })

  it('refuses with 403 a head’s cancellation of a schedule', async () => {
    const id = await through('approve')
    await review(id, leader, { action: 'publish', publishAt: '2026-03-02T14:00:00+08:00' })
    expect((await review(id, head, { action: 'cancel_schedule' })).statusCode).toBe(403)
  })

  it('asks for the decision date of ad-hoc content', async () => {
    const answer = await create(clerk, { timeliness: 'adhoc' })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields.decisionDate).toContain('3 日内')
  })

  it('lists what waits on each reviewer', async () => {
    const submitted = await through('submit')
    const collated = await through('collate')
    const list = async (headers: Headers) =>
      (await h.app.inject({ method: 'GET', url: '/api/v1/staff/notices?waiting=true', headers })).json().items.map((n: { id: number }) => n.id)
    expect(await list(disclosure)).toEqual([submitted])
    expect(await list(leader)).toEqual([collated])
    expect(await list(clerk)).toEqual([])
  })

  it('attaches a PDF to a draft and refuses new files once it is submitted', async () => {
    const id = (await create(clerk)).json().id as number
    const body = multipart('标准.pdf', PDF)
    const attached = await h.app.inject({ method: 'POST', url: `/api/v1/staff/notices/${id}/attachments`, headers: { ...clerk, ...body.headers }, payload: body.payload })
    expect(attached.statusCode).toBe(201)
    expect(attached.json().attachments).toEqual([expect.objectContaining({ name: '标准.pdf', mimeType: 'application/pdf', size: PDF.length })])
    await review(id, head, { action: 'submit' })
    const late = await h.app.inject({ method: 'POST', url: `/api/v1/staff/notices/${id}/attachments`, headers: { ...clerk, ...body.headers }, payload: body.payload })
    expect(late.statusCode).toBe(409)
  })

  it('edits a draft and records before and after in the audit log', async () => {
    const id = (await create(clerk)).json().id as number
    const edited = await h.app.inject({ method: 'PUT', url: `/api/v1/staff/notices/${id}`, headers: clerk, payload: draft({ title: '2026年城乡低保标准调整' }) })
    expect(edited.json().title).toBe('2026年城乡低保标准调整')
    const [row] = await getDb().query<{ detail: { before: { title: string }; after: { title: string } } }>("SELECT detail FROM staff_audit WHERE action = 'notice_edit'")
    expect(row.detail.before.title).toBe('2026年城市低保标准调整')
    expect(row.detail.after.title).toBe('2026年城乡低保标准调整')
  })

  describe('rich-text bodies', () => {
    const HOSTILE =
      '<h3 onclick="alert(1)">申请条件</h3><p style="color:red">请带<b>身份证</b><script>alert(1)</script><img src=x onerror=alert(1)>' +
      '<a href="javascript:alert(1)">点这里</a>，咨询<a href="tel:021-12345678" onmouseover="alert(1)">民政办</a></p><iframe src="https://evil.example"></iframe><ul><li>户口簿'
    const CLEAN = '<h3>申请条件</h3>\n<p>请带<strong>身份证</strong>点这里，咨询<a href="tel:021-12345678">民政办</a></p>\n<ul><li>户口簿</li></ul>'

    it('stores a rich body cleaned to the allowlist, and residents get the cleaned body', async () => {
      const created = await create(clerk, { body: HOSTILE, bodyFormat: 'html' })
      expect(created.statusCode).toBe(201)
      expect(created.json()).toMatchObject({ body: CLEAN, bodyFormat: 'html' })
      const id = created.json().id as number
      const [row] = await getDb().query<{ body: string; body_text: string }>('SELECT body, body_text FROM notices WHERE id = $1', [id])
      expect(row).toEqual({ body: CLEAN, body_text: '申请条件\n\n请带身份证点这里，咨询民政办\n\n户口簿' })
      for (const [action, who] of [['submit', head], ['collate', disclosure], ['approve', leader], ['publish', disclosure]] as const) await review(id, who, { action })
      expect((await publicNotice(id)).json()).toMatchObject({ body: CLEAN, bodyFormat: 'html' })
    })

    it('cleans the body again when a draft is edited, and the audit log keeps the cleaned body', async () => {
      const id = (await create(clerk)).json().id as number
      const edited = await h.app.inject({ method: 'PUT', url: `/api/v1/staff/notices/${id}`, headers: clerk, payload: draft({ body: HOSTILE, bodyFormat: 'html' }) })
      expect(edited.json()).toMatchObject({ body: CLEAN, bodyFormat: 'html' })
      const [audit] = await getDb().query<{ detail: { after: { body: string; bodyFormat: string } } }>("SELECT detail FROM staff_audit WHERE action = 'notice_edit'")
      expect(audit.detail.after).toMatchObject({ body: CLEAN, bodyFormat: 'html' })
    })

    it('refuses with 400 a rich body with nothing readable left once cleaned', async () => {
      const answer = await create(clerk, { body: '<script>alert(1)</script><img src=x onerror=alert(1)>', bodyFormat: 'html' })
      expect(answer.statusCode).toBe(400)
      expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { body: '正文里没有可以显示的文字，请填写正文' } })
    })

    it('keeps a plain body exactly as typed, never read as markup', async () => {
      const created = await create(clerk, { body: '收入 < 1500 元的家庭\n\n<b>不是加粗</b>' })
      expect(created.json()).toMatchObject({ body: '收入 < 1500 元的家庭\n\n<b>不是加粗</b>', bodyFormat: 'text' })
      const [row] = await getDb().query<{ body_format: string; body_text: string | null }>('SELECT body_format, body_text FROM notices WHERE id = $1', [created.json().id])
      expect(row).toEqual({ body_format: 'text', body_text: null })
    })

    it('finds a rich notice by the words of its body, never by its tags, and excerpts it without markup', async () => {
      const id = (await create(clerk, { title: '低保申请须知', body: '<p>请带<strong>身份</strong>证原件，<a href="https://www.gov.cn/">网上也可以办</a></p>', bodyFormat: 'html' })).json().id as number
      for (const [action, who] of [['submit', head], ['collate', disclosure], ['approve', leader], ['publish', disclosure]] as const) await review(id, who, { action })
      const search = async (q: string) => (await h.app.inject({ url: `/api/v1/notices?q=${encodeURIComponent(q)}` })).json()
      expect((await search('身份证')).items).toEqual([expect.objectContaining({ id, excerpt: '请带身份证原件，网上也可以办' })])
      expect((await search('strong')).total).toBe(0)
      expect((await search('gov.cn')).total).toBe(0)
      expect((await h.app.inject({ url: '/api/v1/notices' })).json().items[0].excerpt).toBe('请带身份证原件，网上也可以办')
    })
  })

  it('shows on the timeliness board periodic content not renewed within a month and a hot topic unanswered after a week', async () => {
    const id = await through('publish')
    await getDb().query("UPDATE notices SET timeliness = 'periodic', published_at = '2026-01-15' WHERE id = $1", [id])
    await getDb().query(
      `WITH c AS (INSERT INTO cases (tracking_no, kind, title, body, received_on, department)
                  VALUES ('QS-2026-000009', 'suggestion', '加装电梯进度', '{}', '2026-02-20', 'civil') RETURNING id)
       INSERT INTO case_events (case_id, type, on_date, actor) SELECT id, 'received', '2026-02-20', 'test' FROM c`
    )
    const board = await h.app.inject({ method: 'GET', url: '/api/v1/staff/timeliness', headers: head })
    expect(board.json()).toEqual({
      asOf: '2026-03-02',
      entries: [
        { reason: 'renewal_overdue', reasonLabel: '已过更新期限，请更新内容', ref: id, kind: 'content', title: '2026年城市低保标准调整', department: '民政办', dueOn: '2026-02-15', daysLate: 15 },
        { reason: 'hot_topic_unanswered', reasonLabel: '群众关注的热点问题超过一周仍未答复', ref: 'QS-2026-000009', kind: 'hot_topic', title: '加装电梯进度', department: 'civil', dueOn: '2026-02-27', daysLate: 3 }
      ]
    })
  })

  it('documents the publishing, content and report routes in the OpenAPI document', async () => {
    const doc = await h.app.inject({ url: '/api/v1/docs' })
    expect(doc.statusCode).toBe(200)
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/staff/notices',
        '/api/v1/staff/notices/{id}/review',
        '/api/v1/staff/guides',
        '/api/v1/staff/timeliness',
        '/api/v1/staff/content/receptions',
        '/api/v1/staff/calendar/years',
        '/api/v1/staff/reports/dashboard',
        '/api/v1/staff/reports/annual-disclosure',
        '/api/v1/staff/reports/trend'
      ])
    )
  })

  describe('service guides', () => {
    const guide = (over: object = {}) => ({
      name: '最低生活保障申请',
      summary: '家庭收入低于本市低保标准的居民申请低保',
      topic: '社会救助',
      departmentId: civil,
      legalBasis: ['《社会救助暂行办法》'],
      procedure: ['申请', '审核', '审批'],
      materials: [{ name: '身份证', copies: '1 份', note: null }],
      statutoryLimit: '30 个工作日',
      promisedLimit: '20 个工作日',
      feeStandard: '不收费',
      feeBasis: '无',
      ...over
    })
    const steps: [string, () => Headers][] = [['submit', () => head], ['collate', () => disclosure], ['approve', () => leader], ['publish', () => disclosure]]
    async function publishGuide(over: object = {}): Promise<{ id: number; guideId: number }> {
      const created = await h.app.inject({ method: 'POST', url: '/api/v1/staff/guides', headers: clerk, payload: guide(over) })
      if (created.statusCode !== 201) throw new Error(created.body)
      const id = created.json().id as number
      let last = created
      for (const [action, who] of steps) last = await h.app.inject({ method: 'POST', url: `/api/v1/staff/guides/${id}/review`, headers: who(), payload: { action } })
      return { id, guideId: last.json().guideId as number }
    }
    const publicGuide = (id: number) => h.app.inject({ method: 'GET', url: `/api/v1/guides/${id}` })

    it('keeps a guide out of the public list until it is published', async () => {
      const created = await h.app.inject({ method: 'POST', url: '/api/v1/staff/guides', headers: clerk, payload: guide() })
      expect(created.json()).toMatchObject({ status: 'draft', guideId: null, name: '最低生活保障申请' })
      expect((await h.app.inject({ method: 'GET', url: '/api/v1/guides' })).json().total).toBe(0)
      const { guideId } = await publishGuide()
      expect((await publicGuide(guideId)).json()).toMatchObject({ name: '最低生活保障申请', promisedLimit: '20 个工作日', department: { name: '民政办' } })
    })

    it('keeps the published guide public while its revision is reviewed, then replaces it', async () => {
      const first = await publishGuide()
      const revision = await h.app.inject({ method: 'POST', url: '/api/v1/staff/guides', headers: clerk, payload: guide({ promisedLimit: '15 个工作日', revises: first.guideId }) })
      const id = revision.json().id as number
      await h.app.inject({ method: 'POST', url: `/api/v1/staff/guides/${id}/review`, headers: head, payload: { action: 'submit' } })
      expect((await publicGuide(first.guideId)).json().promisedLimit).toBe('20 个工作日')
      for (const [action, who] of steps.slice(1)) await h.app.inject({ method: 'POST', url: `/api/v1/staff/guides/${id}/review`, headers: who(), payload: { action } })
      expect((await publicGuide(first.guideId)).json().promisedLimit).toBe('15 个工作日')
      const old = await h.app.inject({ method: 'GET', url: `/api/v1/staff/guides/${first.id}`, headers: disclosure })
      expect(old.json()).toMatchObject({ status: 'withdrawn', guideId: null })
      expect(old.json().history.at(-1)).toMatchObject({ action: 'supersede', actor: 'system' })
    })

    it('removes a withdrawn guide from the public', async () => {
      const { id, guideId } = await publishGuide()
      const withdrawn = await h.app.inject({ method: 'POST', url: `/api/v1/staff/guides/${id}/review`, headers: leader, payload: { action: 'unpublish', comment: '事项已取消' } })
      expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', guideId: null })
      expect((await publicGuide(guideId)).statusCode).toBe(404)
    })

    it('cancels a guide’s scheduled publication, which then never reaches the public', async () => {
      const created = await h.app.inject({ method: 'POST', url: '/api/v1/staff/guides', headers: clerk, payload: guide() })
      const id = created.json().id as number
      for (const [action, who] of steps.slice(0, 3)) await h.app.inject({ method: 'POST', url: `/api/v1/staff/guides/${id}/review`, headers: who(), payload: { action } })
      const at = (payload: object) => h.app.inject({ method: 'POST', url: `/api/v1/staff/guides/${id}/review`, headers: disclosure, payload })
      expect((await at({ action: 'publish', publishAt: '2026-03-02T14:00:00+08:00' })).json()).toMatchObject({ status: 'approved', scheduledAt: '2026-03-02T06:00:00Z' })
      expect((await at({ action: 'cancel_schedule' })).json()).toMatchObject({ status: 'approved', scheduledAt: null, guideId: null })
      h.setNow('2026-03-02T06:00:01Z')
      expect((await h.app.inject({ method: 'GET', url: '/api/v1/guides' })).json().total).toBe(0)
      const audit = await getDb().query<{ detail: { cancelledSchedule: string } }>("SELECT detail FROM staff_audit WHERE action = 'guide_cancel_schedule'")
      expect(audit.map((r) => r.detail.cancelledSchedule)).toEqual(['2026-03-02T06:00:00Z'])
    })

    it('cleans a guide’s 办事须知 on every write, and the published guide carries it', async () => {
      const created = await h.app.inject({ method: 'POST', url: '/api/v1/staff/guides', headers: clerk, payload: guide({ body: '<p onclick="x()">请先<b>预约</b><script>alert(1)</script></p>' }) })
      expect(created.json().body).toBe('<p>请先<strong>预约</strong></p>')
      const id = created.json().id as number
      const edited = await h.app.inject({ method: 'PUT', url: `/api/v1/staff/guides/${id}`, headers: clerk, payload: guide({ body: '<h3>须知</h3><a href="javascript:alert(1)">链接</a><img src=x onerror=alert(1)>' }) })
      expect(edited.json().body).toBe('<h3>须知</h3>\n<p>链接</p>')
      for (const [action, who] of steps) await h.app.inject({ method: 'POST', url: `/api/v1/staff/guides/${id}/review`, headers: who(), payload: { action } })
      const guideId = (await h.app.inject({ method: 'GET', url: `/api/v1/staff/guides/${id}`, headers: disclosure })).json().guideId as number
      expect((await publicGuide(guideId)).json().body).toBe('<h3>须知</h3>\n<p>链接</p>')
    })

    it('gives a guide without 办事须知 an empty body', async () => {
      const { guideId } = await publishGuide()
      expect((await publicGuide(guideId)).json().body).toBe('')
    })

    it('refuses a revision of a guide that does not exist', async () => {
      const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/guides', headers: clerk, payload: guide({ revises: 999 }) })
      expect(answer.statusCode).toBe(400)
      expect(answer.json().error.fields).toEqual({ revises: '要修订的办事指南不存在' })
    })
  })
})
