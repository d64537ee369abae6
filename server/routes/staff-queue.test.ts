import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

const complaint = { kind: 'complaint', title: '夜间施工噪音', content: '工地每晚十一点后仍在施工' }
const infoRequest = {
  kind: 'info_request',
  content: '请公开2025年本街道老旧小区改造的计划和资金安排',
  applicant: { name: '张三', idType: 'id_card', idNumber: '11010519491231002X', phone: '13812345678' },
  format: 'paper',
  delivery: 'pickup'
}
type Headers = { authorization: string }

describeEachEngine('the staff workbench: queue, roles and workflow', (getDb) => {
  let h: ResidentHarness
  let civilClerk: Headers
  let civilHead: Headers
  let urbanClerk: Headers
  let disclosure: Headers
  let leader: Headers
  let admin: Headers
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    civilClerk = await staffHeaders(h.app, getDb(), { name: '王经办', phone: '13900000001', roles: ['clerk'], department: 'civil' })
    civilHead = await staffHeaders(h.app, getDb(), { name: '李科长', phone: '13900000002', roles: ['head'], department: 'civil' })
    urbanClerk = await staffHeaders(h.app, getDb(), { phone: '13900000003', roles: ['clerk'], department: 'urban' })
    disclosure = await staffHeaders(h.app, getDb(), { phone: '13900000004', roles: ['disclosure'] })
    leader = await staffHeaders(h.app, getDb(), { name: '赵主任', phone: '13900000005', roles: ['leader'] })
    admin = await staffHeaders(h.app, getDb(), { phone: '13900000006', roles: ['admin'] })
  })
  afterEach(async () => {
    await h.app.close()
  })

  const register = async (headers: Headers, body: object = complaint, receivedOn = '2026-11-24'): Promise<string> => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/cases', headers, payload: { receivedOn, channel: 'window', residentPhone: '13700001111', residentName: '李四', case: body } })
    if (answer.statusCode !== 201) throw new Error(`register: ${answer.statusCode} ${answer.body}`)
    return answer.json().trackingNo
  }
  const act = (trackingNo: string, headers: Headers, payload: object) => h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${trackingNo}/events`, headers, payload })
  const queue = (headers: Headers, query = '') => h.app.inject({ method: 'GET', url: `/api/v1/staff/cases${query}`, headers })
  const trackingNos = async (headers: Headers, query = '') => (await queue(headers, query)).json().items.map((c: { trackingNo: string }) => c.trackingNo)

  it('shows a clerk the cases of their department and the 信访 intake queue, not another department’s', async () => {
    const civil = await register(civilClerk)
    const urban = await register(urbanClerk)
    const intake = await register({ authorization: `Bearer ${h.staffToken}` })
    expect((await trackingNos(civilClerk)).sort()).toEqual([civil, intake].sort())
    expect((await trackingNos(leader)).sort()).toEqual([civil, urban, intake].sort())
  })

  it('keeps a new information request and its identity number in the disclosure office’s intake until it is assigned, and logs who viewed it', async () => {
    const no = await register(disclosure, infoRequest)
    const view = (headers: Headers) => h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${no}`, headers })
    for (const headers of [civilClerk, civilHead]) {
      expect(await trackingNos(headers)).toEqual([])
      expect((await view(headers)).statusCode).toBe(403)
    }
    expect(await trackingNos(disclosure)).toEqual([no])
    expect((await view(disclosure)).json().applicantIdNumber).toBe('11010519491231002X')
    await act(no, disclosure, { type: 'assign', department: 'civil' })
    expect(await trackingNos(civilClerk)).toEqual([no])
    expect((await view(civilClerk)).json().applicantIdNumber).toBe('11010519491231002X')
    expect((await view(urbanClerk)).statusCode).toBe(403)
    const audit = await getDb().query<{ action: string; actor: string }>('SELECT action, actor FROM staff_audit WHERE tracking_no = $1 AND action LIKE $2 ORDER BY id', [no, 'view_case%'])
    expect(audit).toEqual([
      { action: 'view_case_with_id_number', actor: 'staff:4' },
      { action: 'view_case_with_id_number', actor: 'staff:1' }
    ])
  })

  it('shows the disclosure officer every information request and no 信访 matter', async () => {
    const complaintNo = await register(civilClerk)
    const requestNo = await register(civilClerk, infoRequest)
    expect(await trackingNos(disclosure)).toEqual([requestNo])
    expect((await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${complaintNo}`, headers: disclosure })).statusCode).toBe(403)
  })

  it('lets the disclosure officer register information requests only: 信访 matters are the departments’', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/cases', headers: disclosure, payload: { receivedOn: '2026-11-24', channel: 'window', residentPhone: '13700001111', residentName: '李四', case: complaint } })
    expect(answer.statusCode).toBe(403)
    expect(answer.json().error.code).toBe('FORBIDDEN')
  })

  it('sorts the queue by due date and counts each status', async () => {
    const later = await register(civilClerk, infoRequest, '2026-11-24')
    const sooner = await register(civilClerk, infoRequest, '2026-11-02')
    const answer = (await queue(civilHead)).json()
    expect(answer.items.map((c: { trackingNo: string }) => c.trackingNo)).toEqual([sooner, later])
    expect(answer.counts).toEqual({ in_progress: 2 })
  })

  it('filters the overdue cases and marks them for the leader’s supervision', async () => {
    const overdue = await register(civilClerk, infoRequest, '2026-10-20')
    await register(civilClerk, infoRequest, '2026-11-24')
    const answer = (await queue(leader, '?due=overdue')).json()
    expect(answer.items).toEqual([expect.objectContaining({ trackingNo: overdue, due: 'overdue', escalation: 'leader' })])
  })

  it('refuses the queue to the administrator, who handles no case', async () => {
    const answer = await queue(admin)
    expect(answer.statusCode).toBe(403)
    expect(answer.json().error).toEqual({ code: 'FORBIDDEN', message: '您没有进行这项操作的权限' })
  })

  it('refuses a clerk an action on another department’s case with 403', async () => {
    const urban = await register(urbanClerk)
    const answer = await act(urban, civilClerk, { type: 'accept' })
    expect(answer.statusCode).toBe(403)
    expect((await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${urban}`, headers: civilClerk })).statusCode).toBe(403)
  })

  it('refuses a clerk the approval of an extension with 403, before looking at the case’s state', async () => {
    const no = await register(civilClerk)
    expect((await act(no, civilClerk, { type: 'approve_extension' })).statusCode).toBe(403)
  })

  it('holds a clerk’s 信访 extension until the office’s head approves it, with the approver’s name on the record (信访工作条例 第三十四条)', async () => {
    const no = await register(civilClerk)
    const accepted = (await act(no, civilClerk, { type: 'accept' })).json()
    const requested = (await act(no, civilClerk, { type: 'extend', days: 30, reason: '需要会同城管部门现场核查' })).json()
    expect(requested).toMatchObject({ pendingExtension: true, clock: { dueDate: accepted.clock.dueDate } })
    expect((await act(no, civilClerk, { type: 'extend', days: 10, reason: '再延长' })).statusCode).toBe(409)
    expect((await queue(leader)).json().items[0].pendingExtension).toBe(true)
    expect((await act(no, civilHead, { type: 'approve_extension' })).statusCode).toBe(403)
    const approved = await act(no, leader, { type: 'approve_extension' })
    expect(approved.statusCode).toBe(200)
    expect(approved.json().pendingExtension).toBe(false)
    expect(approved.json().clock.dueDate > accepted.clock.dueDate).toBe(true)
    expect(approved.json().clock.explanation.join('')).toContain('经赵主任批准延长30日')
  })

  it('has an information request’s extension approved by the head of the disclosure office, not by a section head or a leader (条例 第三十三条)', async () => {
    const officeHead = await staffHeaders(h.app, getDb(), { name: '钱主任', phone: '13900000007', roles: ['disclosure_head'] })
    const no = await register(civilClerk, infoRequest)
    await act(no, civilClerk, { type: 'extend', days: 10, reason: '需要调取档案' })
    expect((await act(no, civilHead, { type: 'approve_extension' })).statusCode).toBe(403)
    expect((await act(no, leader, { type: 'approve_extension' })).statusCode).toBe(403)
    const approved = await act(no, officeHead, { type: 'approve_extension' })
    expect(approved.statusCode).toBe(200)
    expect(approved.json().events.at(-1)).toMatchObject({ type: 'extended', data: { approvedBy: '钱主任', days: 10 } })
  })

  it('lets nobody approve their own extension, even holding the approver’s role: a second person approves (four eyes)', async () => {
    const both = await staffHeaders(h.app, getDb(), { name: '孙主任', phone: '13900000008', roles: ['disclosure', 'disclosure_head'] })
    const no = await register(both, infoRequest)
    const requested = await act(no, both, { type: 'extend', days: 10, reason: '需要调取档案' })
    expect(requested.json()).toMatchObject({ pendingExtension: true })
    expect(requested.json().actions).not.toContain('approve_extension')
    const own = await act(no, both, { type: 'approve_extension' })
    expect(own.statusCode).toBe(403)
    expect(own.json().error.message).toBe('不能批准自己提出的延期申请，请由另一位负责人批准')
    const second = await staffHeaders(h.app, getDb(), { name: '钱主任', phone: '13900000007', roles: ['disclosure_head'] })
    expect((await act(no, second, { type: 'approve_extension' })).statusCode).toBe(200)
  })

  it('answers 409 for an approval when no extension waits', async () => {
    const no = await register(civilClerk)
    await act(no, civilClerk, { type: 'accept' })
    const answer = await act(no, leader, { type: 'approve_extension' })
    expect(answer.statusCode).toBe(409)
    expect(answer.json().error).toEqual({ code: 'ACTION_NOT_ALLOWED', message: '该事项没有等待审批的延期申请' })
  })

  it('gives an intake case to a department and keeps its first receiver on record (首问负责)', async () => {
    const no = await register(disclosure, infoRequest)
    const assigned = await act(no, disclosure, { type: 'assign', department: 'urban' })
    expect(assigned.json()).toMatchObject({ department: 'urban', firstReceiver: 'staff:4', actorNames: { 'staff:4': '测试人员' } })
    expect(await trackingNos(civilClerk)).toEqual([])
    expect(await trackingNos(urbanClerk)).toEqual([no])
  })

  it('refuses to name as handler someone outside the department the case goes to', async () => {
    const no = await register(disclosure, infoRequest)
    const answer = await act(no, disclosure, { type: 'assign', department: 'urban', handlerId: 1 })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields).toEqual({ handlerId: '承办人须是该科室在岗的工作人员' })
    expect((await act(no, disclosure, { type: 'assign', department: 'urban', handlerId: 3 })).statusCode).toBe(200)
  })

  it('offers each person only the actions their roles and the case’s state allow', async () => {
    const no = await register(civilClerk)
    const view = (headers: Headers) => h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${no}`, headers })
    expect((await view(civilClerk)).json().actions).toEqual(['accept', 'not_accept', 'note'])
    expect((await view(civilHead)).json().actions).toEqual(['accept', 'not_accept', 'assign', 'note'])
  })

  it('writes the legal basis and the remedies into a disclosure reply', async () => {
    const no = await register(disclosure, infoRequest)
    const replied = await act(no, disclosure, { type: 'reply', outcome: 'partly_disclosed', text: '部分予以公开，见附件。' })
    expect(replied.statusCode).toBe(200)
    const reply = replied.json().events.find((e: { type: string }) => e.type === 'replied')
    expect(reply.data).toMatchObject({ legalBasis: '《中华人民共和国政府信息公开条例》第三十七条', writtenText: '部分予以公开，见附件。' })
    expect(reply.data.text).toContain('对本答复中不予公开的部分不服的，应当自收到本答复之日起 60 日内依法先向沧澜市望川区人民政府申请行政复议')
  })

  it('a 无法提供 reply names the body that holds the information and how to reach it (政府信息公开条例 第三十六条第（五）项)', async () => {
    const no = await register(disclosure, infoRequest)
    const holder = { name: '沧澜市望川区住房和城乡建设局', contact: '电话 0000-66015000' }
    const replied = await act(no, disclosure, { type: 'reply', outcome: 'unavailable_not_held', text: '本机关未制作或获取该信息。', holder })
    expect(replied.statusCode).toBe(200)
    const reply = replied.json().events.find((e: { type: string }) => e.type === 'replied')
    expect(reply.data).toMatchObject({ holder })
    expect(reply.data.text).toContain('经确定，该信息由沧澜市望川区住房和城乡建设局负责公开，您可以向该机关申请。联系方式：电话 0000-66015000。')
  })

  it('refuses a holding body on a reply of another outcome', async () => {
    const no = await register(disclosure, infoRequest)
    const refused = await act(no, disclosure, { type: 'reply', outcome: 'disclosed', text: '予以公开。', holder: { name: '某局' } })
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error.fields).toHaveProperty('holder')
  })

  it('refuses a disclosure reply of outcome “other” without a legal basis', async () => {
    const no = await register(disclosure, infoRequest)
    const answer = await act(no, disclosure, { type: 'reply', outcome: 'other', text: '另行处理。' })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields).toEqual({ legalBasis: '请填写这项答复的法律依据' })
  })

  it('keeps internal notes from the resident', async () => {
    const resident = await h.signInWithConsent('13700001111')
    const no = await register(civilClerk)
    await act(no, civilClerk, { type: 'note', text: '来访人情绪激动，注意沟通方式' })
    const detail = await h.app.inject({ method: 'GET', url: `/api/v1/cases/${no}`, headers: resident })
    expect(detail.statusCode).toBe(200)
    expect(detail.body).not.toContain('情绪激动')
  })

  it('audits each view of a case with the person who looked', async () => {
    const no = await register(disclosure, infoRequest)
    await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${no}`, headers: leader })
    const rows = await getDb().query<{ actor: string; action: string }>('SELECT actor, action FROM staff_audit WHERE tracking_no = $1 ORDER BY id', [no])
    expect(rows).toEqual([
      { actor: 'staff:4', action: 'register_case' },
      { actor: 'staff:5', action: 'view_case_with_id_number' }
    ])
  })
})
