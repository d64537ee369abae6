import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders, TEST_DISTRICT } from '../staff/testing'

const complaint = { kind: 'complaint', title: '夜间施工噪音', content: '工地每晚十一点后仍在施工' }
const RESIDENT_PHONE = '13700001111'
type Headers = { authorization: string }

describeEachEngine('replies the office wants a head to approve', (getDb) => {
  let h: ResidentHarness
  let clerk: Headers
  let head: Headers
  let admin: Headers
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    clerk = await staffHeaders(h.app, getDb(), { name: '王经办', phone: '13900000001', roles: ['clerk'], department: 'civil' })
    head = await staffHeaders(h.app, getDb(), { name: '李科长', phone: '13900000002', roles: ['head'], department: 'civil' })
    admin = await staffHeaders(h.app, getDb(), { name: '管理员', phone: '13900000003', roles: ['admin'] })
  }, 30_000)
  afterEach(async () => {
    await h.app.close()
  })

  const settings = (headers: Headers) => h.app.inject({ method: 'GET', url: '/api/v1/staff/settings', headers })
  const requireApproval = (headers: Headers, kinds: string[]) =>
    h.app.inject({ method: 'PUT', url: '/api/v1/staff/settings/reply-approval', headers, payload: { kinds } })
  const act = (trackingNo: string, headers: Headers, payload: object) => h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${trackingNo}/events`, headers, payload })
  const acceptedComplaint = async (): Promise<string> => {
    const registered = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/cases',
      headers: clerk,
      payload: { receivedOn: '2026-11-24', channel: 'window', residentPhone: RESIDENT_PHONE, residentName: '李四', case: complaint }
    })
    const no = registered.json().trackingNo as string
    expect((await act(no, clerk, { type: 'accept' })).statusCode).toBe(200)
    return no
  }
  const residentSees = async (no: string) => {
    const resident = await h.signIn(RESIDENT_PHONE)
    const detail = (await h.app.inject({ method: 'GET', url: `/api/v1/cases/${no}`, headers: resident })).json()
    const notices = (await h.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: resident })).json()
    return { status: detail.status as string, timeline: (detail.timeline as { type: string }[]).map((e) => e.type), notices: JSON.stringify(notices) }
  }

  it('asks no approval of any reply until an administrator sets it', async () => {
    expect((await settings(clerk)).json()).toMatchObject({ replyApproval: { kinds: [] } })
    const no = await acceptedComplaint()
    const replied = await act(no, clerk, { type: 'reply', outcome: 'supported', text: '已责令工地夜间停工。' })
    expect(replied.json()).toMatchObject({ status: 'replied', replyTakesEffect: true, pendingReply: false })
  })

  it('lets only an administrator set which kinds need approval, and records the change with before and after', async () => {
    expect((await requireApproval(clerk, ['complaint'])).statusCode).toBe(403)
    const set = await requireApproval(admin, ['complaint', 'info_request'])
    expect(set.json()).toEqual({ replyApproval: { kinds: ['complaint', 'info_request'] }, reconsiderationBody: TEST_DISTRICT, reviewBody: TEST_DISTRICT })
    const audit = (await h.app.inject({ method: 'GET', url: '/api/v1/staff/audit', headers: admin })).json()
    expect(audit.items).toContainEqual(
      expect.objectContaining({ action: 'update_settings', detail: { setting: 'replyApproval', before: { kinds: [] }, after: { kinds: ['complaint', 'info_request'] } } })
    )
  })

  it('refuses an unknown kind with a message in Chinese', async () => {
    const answer = await requireApproval(admin, ['parking'])
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('holds a clerk’s reply for the head: the resident sees nothing of it until the head approves', async () => {
    await requireApproval(admin, ['complaint'])
    const no = await acceptedComplaint()
    const drafted = await act(no, clerk, { type: 'reply', outcome: 'supported', text: '已责令工地夜间停工。' })
    expect(drafted.json()).toMatchObject({ status: 'in_progress', pendingReply: true, replyTakesEffect: false })
    expect(drafted.json().actions).not.toContain('reply')
    expect((await residentSees(no)).timeline).not.toContain('replied')
    expect((await act(no, clerk, { type: 'approve_reply' })).statusCode).toBe(403)

    const approved = await act(no, head, { type: 'approve_reply' })
    expect(approved.json()).toMatchObject({ status: 'replied', pendingReply: false })
    expect(approved.json().events.at(-1)).toMatchObject({ type: 'replied', data: { outcome: 'supported', approvedBy: '李科长' } })
    const seen = await residentSees(no)
    expect(seen.timeline).toContain('replied')
    expect(seen.notices).toContain('答复')
  })

  it('lets the head return a reply with a reason, after which the clerk may reply again', async () => {
    await requireApproval(admin, ['complaint'])
    const no = await acceptedComplaint()
    await act(no, clerk, { type: 'reply', outcome: 'supported', text: '已处理。' })
    expect((await act(no, head, { type: 'return_reply' })).statusCode).toBe(400)
    const returned = await act(no, head, { type: 'return_reply', comment: '请写明处理的具体措施' })
    expect(returned.json()).toMatchObject({ status: 'in_progress', pendingReply: false })
    expect((await act(no, head, { type: 'approve_reply' })).statusCode).toBe(409)
    expect((await act(no, clerk, { type: 'reply', outcome: 'supported', text: '已责令工地夜间停工。' })).json()).toMatchObject({ pendingReply: true })
  })

  it('keeps a head’s own reply for another head or a leader: nobody approves their own reply, whatever roles they hold', async () => {
    await requireApproval(admin, ['complaint'])
    const no = await acceptedComplaint()
    const headAndLeader = await staffHeaders(h.app, getDb(), { name: '钱科长', phone: '13900000004', roles: ['head', 'leader'], department: 'civil' })
    expect((await act(no, headAndLeader, { type: 'reply', outcome: 'supported', text: '已责令工地夜间停工。' })).json()).toMatchObject({ status: 'in_progress', pendingReply: true })
    const view = await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${no}`, headers: headAndLeader })
    expect(view.json().actions).not.toContain('approve_reply')
    const own = await act(no, headAndLeader, { type: 'approve_reply' })
    expect(own.statusCode).toBe(403)
    expect(own.json().error).toEqual({ code: 'SELF_APPROVAL', message: '不能批准自己拟写的答复，请由另一位负责人或分管领导审批' })
    expect((await act(no, head, { type: 'approve_reply' })).json()).toMatchObject({ status: 'replied' })
  })

  it('marks a waiting reply in the queue', async () => {
    await requireApproval(admin, ['complaint'])
    const no = await acceptedComplaint()
    await act(no, clerk, { type: 'reply', outcome: 'supported', text: '已处理。' })
    const queue = (await h.app.inject({ method: 'GET', url: '/api/v1/staff/cases', headers: head })).json()
    expect(queue.items).toContainEqual(expect.objectContaining({ trackingNo: no, pendingReply: true }))
  })
})

describeEachEngine('the bodies every reply names (行政复议法 第二十条第二款、第二十四条; 信访工作条例 第三十五条)', (getDb) => {
  let h: ResidentHarness
  let clerk: Headers
  let admin: Headers
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb(), undefined, undefined, { unconfigured: true })
    clerk = await staffHeaders(h.app, getDb(), { name: '王经办', phone: '13900000001', roles: ['clerk', 'disclosure'], department: 'civil' })
    admin = await staffHeaders(h.app, getDb(), { name: '管理员', phone: '13900000003', roles: ['admin'] })
  }, 30_000)
  afterEach(async () => {
    await h.app.close()
  })

  const DISTRICT = { name: '沧澜市望川区人民政府', contact: '沧澜市望川区政府大道1号，电话 0000-66010000' }
  const setBodies = (headers: Headers, payload: object) => h.app.inject({ method: 'PUT', url: '/api/v1/staff/settings/superior-bodies', headers, payload })
  const act = (trackingNo: string, payload: object) => h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${trackingNo}/events`, headers: clerk, payload })
  const register = async (body: object): Promise<string> => {
    const registered = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/cases',
      headers: clerk,
      payload: { receivedOn: '2026-11-24', channel: 'window', residentPhone: RESIDENT_PHONE, residentName: '李四', case: body }
    })
    return registered.json().trackingNo as string
  }
  const infoRequest = {
    kind: 'info_request',
    content: '请公开2025年本街道老旧小区改造的计划和资金安排',
    applicant: { name: '张三', idType: 'id_card', idNumber: '11010519491231002X', phone: '13812345678' },
    format: 'paper',
    delivery: 'pickup'
  }

  it('refuses a disclosure reply while no reconsideration body is set, and says who must set it', async () => {
    const no = await register(infoRequest)
    const refused = await act(no, { type: 'reply', outcome: 'disclosed', text: '予以公开。' })
    expect(refused.statusCode).toBe(422)
    expect(refused.json().error).toMatchObject({ code: 'SUPERIOR_BODY_NOT_SET', message: expect.stringContaining('还没有设置行政复议机关') })
  })

  it('refuses a 信访 reply while no 复查 body is set', async () => {
    const no = await register(complaint)
    await act(no, { type: 'accept' })
    const refused = await act(no, { type: 'reply', outcome: 'explained', text: '说明。' })
    expect(refused.statusCode).toBe(422)
    expect(refused.json().error.message).toContain('还没有设置复查机关')
  })

  it('lets only an administrator name the bodies, audits the change, and every later reply names them', async () => {
    expect((await setBodies(clerk, { reconsiderationBody: DISTRICT, reviewBody: DISTRICT })).statusCode).toBe(403)
    const set = await setBodies(admin, { reconsiderationBody: DISTRICT, reviewBody: DISTRICT })
    expect(set.json()).toMatchObject({ reconsiderationBody: DISTRICT, reviewBody: DISTRICT })
    const audit = (await h.app.inject({ method: 'GET', url: '/api/v1/staff/audit', headers: admin })).json()
    expect(audit.items).toContainEqual(
      expect.objectContaining({
        action: 'update_settings',
        detail: { setting: 'superiorBodies', before: { reconsiderationBody: null, reviewBody: null }, after: { reconsiderationBody: DISTRICT, reviewBody: DISTRICT } }
      })
    )
    const no = await register(infoRequest)
    const replied = await act(no, { type: 'reply', outcome: 'withheld_state_secret', text: '您申请的信息属于国家秘密，不予公开。' })
    expect(replied.statusCode).toBe(200)
    expect(replied.json().events.at(-1).data.text).toContain('应当自收到本答复之日起 60 日内依法先向沧澜市望川区人民政府（沧澜市望川区政府大道1号，电话 0000-66010000）申请行政复议')
  })

  it('refuses a body without a name', async () => {
    const answer = await setBodies(admin, { reconsiderationBody: { name: '' }, reviewBody: DISTRICT })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.code).toBe('VALIDATION_FAILED')
  })
})
