import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

const ID = '11010519491231002X'
const complaint = { kind: 'complaint', title: '夜间施工噪音', content: '工地每晚十一点后仍在施工' }
const infoRequest = {
  kind: 'info_request',
  content: '请公开2025年本街道老旧小区改造的计划和资金安排',
  applicant: { name: '张三', idType: 'id_card', idNumber: ID, phone: '13812345678' },
  format: 'paper',
  delivery: 'pickup'
}

describeEachEngine('the staff case API through the system token of the operator scripts', (getDb) => {
  let h: ResidentHarness
  let staff: { authorization: string }
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    staff = { authorization: `Bearer ${h.staffToken}` }
    approvers = {}
  })
  afterEach(async () => {
    await h.app.close()
  })

  const register = (body: object, receivedOn = '2026-11-24') =>
    h.app.inject({ method: 'POST', url: '/api/v1/staff/cases', headers: staff, payload: { receivedOn, channel: 'window', residentPhone: '13700001111', residentName: '李四', case: body } })
  const event = (trackingNo: string, payload: object, headers = staff) =>
    h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${trackingNo}/events`, headers, payload })
  /** An extension asked for through the system token and approved by the head the law names (a second, named person). */
  const extend = async (trackingNo: string, payload: { days: number; reason: string; on?: string }, approver: 'disclosure_head' | 'leader' = 'disclosure_head') => {
    const requested = await event(trackingNo, { type: 'extend', ...payload })
    if (requested.statusCode !== 200) return requested
    approvers[approver] ??= staffHeaders(h.app, getDb(), { name: '钱主任', phone: approver === 'leader' ? '13900000009' : '13900000008', roles: [approver] })
    return event(trackingNo, { type: 'approve_extension', ...(payload.on ? { on: payload.on } : {}) }, await approvers[approver])
  }
  let approvers: Partial<Record<'disclosure_head' | 'leader', Promise<{ authorization: string }>>> = {}

  it('refuses a request without a staff session, or with a resident’s session', async () => {
    const no = (await register(complaint)).json().trackingNo
    expect((await event(no, { type: 'accept' }, { authorization: '' })).statusCode).toBe(401)
    const resident = await h.signIn('13812345678')
    const answer = await event(no, { type: 'accept' }, resident)
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error.code).toBe('SESSION_REQUIRED')
  })

  it('registers a case with its real day of receipt and answers its clock and the allowed actions', async () => {
    const answer = await register(complaint, '2026-11-20')
    expect(answer.statusCode).toBe(201)
    expect(answer.json()).toMatchObject({ receivedOn: '2026-11-20', channel: 'window', status: 'awaiting_acceptance', allowedEvents: ['accepted', 'not_accepted', 'withdrawn'] })
  })

  it('refuses a receipt day in the future', async () => {
    expect((await register(complaint, '2026-11-26')).statusCode).toBe(400)
  })

  it('drives a complaint from acceptance through an extension to the reply', async () => {
    const no = (await register(complaint)).json().trackingNo
    expect((await event(no, { type: 'accept' })).json().clock).toMatchObject({ step: 'reply' })
    const extended = await extend(no, { days: 30, reason: '需要会同城管部门现场核查' }, 'leader')
    expect(extended.json().clock.explanation.join('')).toContain('30')
    const replied = await event(no, { type: 'reply', outcome: 'supported', text: '已责令工地夜间停工。' })
    expect(replied.json()).toMatchObject({ status: 'replied', clock: { step: 'done', status: 'answered_in_time' } })
  })

  it('refuses an extension dated after the current due date: 条例 第三十三条 lets the period be extended, not revived', async () => {
    // Received 2026-10-20: the 20 working days ended on 2026-11-17.
    const no = (await register(infoRequest, '2026-10-20')).json().trackingNo
    const answer = await event(no, { type: 'extend', days: 10, reason: '需要调取档案', on: '2026-11-18' })
    expect(answer.statusCode).toBe(409)
    expect(answer.json().error).toMatchObject({ code: 'EXTENSION_TOO_LATE', message: expect.stringContaining('期限已于2026年11月17日（星期二）届满，本件已经超期，不能再延长') })
    const view = await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${no}`, headers: staff })
    expect(view.json().clock).toMatchObject({ dueDate: '2026-11-17', status: 'overdue' })
    expect(view.json().events.map((e: { type: string }) => e.type)).toEqual(['received'])
  })

  it('refuses an extension beyond the 20 working days left in total and says how many remain (条例 第三十三条)', async () => {
    const no = (await register(infoRequest, '2026-11-20')).json().trackingNo
    expect((await extend(no, { days: 15, reason: '需要调取档案' })).statusCode).toBe(200)
    const more = await event(no, { type: 'extend', days: 10, reason: '涉及多个部门' })
    expect(more.statusCode).toBe(409)
    expect(more.json().error).toMatchObject({ code: 'EXTENSION_OVER_LIMIT', message: expect.stringContaining('本件已延长15个工作日，最多还能延长5个工作日') })
    expect((await extend(no, { days: 5, reason: '涉及多个部门' })).statusCode).toBe(200)
    const none = await event(no, { type: 'extend', days: 20, reason: '再次延长' })
    expect(none.statusCode).toBe(409)
    expect(none.json().error.message).toContain('本件已延长20个工作日，达到最长20个工作日，不能再延长')
    const view = (await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${no}`, headers: staff })).json()
    expect(view.events.filter((e: { type: string }) => e.type === 'extended')).toHaveLength(2)
  })

  it('refuses a 信访 extension beyond 30 days in total (信访工作条例 第三十四条)', async () => {
    const no = (await register(complaint)).json().trackingNo
    await event(no, { type: 'accept' })
    const answer = await event(no, { type: 'extend', days: 31, reason: '需要会同城管部门现场核查' })
    expect(answer.statusCode).toBe(409)
    expect(answer.json().error.message).toContain('最多还能延长30日')
  })

  it('accepts a completed correction received within its period when it is recorded after the period lapsed, and counts 20 working days from its day (条例 第三十条)', async () => {
    const no = (await register(infoRequest, '2025-01-06')).json().trackingNo
    const asked = await event(no, { type: 'request_correction', on: '2025-01-08', missing: ['申请人身份证明'], periodDays: 12 })
    expect(asked.json().events.at(-1).data.correctionDueOn).toBe('2025-01-24')
    const completed = await event(no, { type: 'correction_received', on: '2025-01-20' })
    expect(completed.statusCode).toBe(200)
    expect(completed.json().clock).toMatchObject({ step: 'reply', dueDate: '2025-02-21' })
    expect(completed.json().clock.explanation.join('')).toContain('2025年1月20日（星期一）收到补正后的申请，当日不计入，自次日起重新计算')
  })

  it('refuses a correction notice after the 7th working day once the period was extended (条例 第三十条)', async () => {
    // Received 2026-11-02: the 7th working day was 2026-11-11.
    const no = (await register(infoRequest, '2026-11-02')).json().trackingNo
    expect((await extend(no, { on: '2026-11-10', days: 10, reason: '需要调取档案' })).statusCode).toBe(200)
    expect((await event(no, { type: 'request_correction', on: '2026-11-11', missing: ['申请人身份证明'] })).statusCode).toBe(200)
    const other = (await register(infoRequest, '2026-11-02')).json().trackingNo
    await extend(other, { on: '2026-11-10', days: 10, reason: '需要调取档案' })
    const late = await event(other, { type: 'request_correction', on: '2026-11-12', missing: ['申请人身份证明'] })
    expect(late.statusCode).toBe(409)
    expect(late.json().error.message).toBe('收到申请已超过7个工作日，且答复期限已经延长，不能再要求补正（《中华人民共和国政府信息公开条例》第三十条）。')
  })

  it('does not let the operators’ system token approve an extension: the approver is a named head (条例 第三十三条)', async () => {
    const no = (await register(infoRequest, '2026-11-20')).json().trackingNo
    await event(no, { type: 'extend', days: 10, reason: '需要调取档案' })
    const answer = await event(no, { type: 'approve_extension' })
    expect(answer.statusCode).toBe(403)
  })

  it('refuses an action the case’s step does not allow with 409', async () => {
    const no = (await register(complaint)).json().trackingNo
    const answer = await event(no, { type: 'reply', outcome: 'supported', text: '已办理' })
    expect(answer.statusCode).toBe(409)
    expect(answer.json().error.code).toBe('ACTION_NOT_ALLOWED')
  })

  it('refuses a reply outcome of the other law', async () => {
    const no = (await register(infoRequest)).json().trackingNo
    const answer = await event(no, { type: 'reply', outcome: 'supported', text: '已办理' })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields.outcome).toBe('答复结果与事项类型不符')
  })

  it('records the day the third party received the consultation letter, from which its 15 working days run (条例 第三十二条)', async () => {
    const no = (await register(infoRequest, '2026-11-02')).json().trackingNo
    const started = await event(no, { type: 'consultation_started', on: '2026-11-10', party: '某物业公司', letterReceivedOn: '2026-11-12' })
    expect(started.statusCode).toBe(200)
    expect(started.json().clock).toMatchObject({ paused: true })
    expect(started.json().clock.explanation.join('')).toContain('征求意见书于2026年11月12日送达，第15个工作日为2026年12月3日（星期四）')
    const early = await event(no, { type: 'consultation_started', on: '2026-11-10', letterReceivedOn: '2026-11-09' })
    expect(early.statusCode).toBe(400)
    expect(early.json().error.fields.letterReceivedOn).toBe('征求意见书送达日期应在发出之日和今天之间')
  })

  it('refuses an event dated before the case was received', async () => {
    const no = (await register(complaint)).json().trackingNo
    expect((await event(no, { type: 'accept', on: '2026-11-01' })).json().error.fields.on).toBe('办理日期不能早于收到日期')
  })

  it('shows the full identity number to staff only, and logs each such view', async () => {
    const no = (await register(infoRequest)).json().trackingNo
    const view = await h.app.inject({ method: 'GET', url: `/api/v1/staff/cases/${no}`, headers: staff })
    expect(view.json().applicantIdNumber).toBe(ID)
    const audit = await getDb().query<{ action: string }>('SELECT action FROM staff_audit WHERE tracking_no = $1 ORDER BY id', [no])
    expect(audit.map((a) => a.action)).toEqual(['register_case', 'view_case_with_id_number'])
  })

  it('records every action in the audit log with the day it happened and the day it was recorded', async () => {
    const no = (await register(complaint)).json().trackingNo
    await event(no, { type: 'accept', on: '2026-11-24' })
    const [row] = await getDb().query<{ action: string; detail: { on: string; recordedOn: string } }>(
      "SELECT action, detail FROM staff_audit WHERE action = 'accept'"
    )
    expect(row.detail).toMatchObject({ on: '2026-11-24', recordedOn: '2026-11-25' })
  })

  /** Uploads a reply file for the case, as the workbench does. */
  const uploadFor = (trackingNo: string, name: string, bytes: Buffer) => {
    const boundary = 'b0undary'
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`)
    ])
    return h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${trackingNo}/uploads`, headers: { ...staff, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })
  }

  it('attaches files to a reply, which the resident sees and downloads and no one else can', async () => {
    const resident = await h.signInWithConsent('13812345678')
    const submitted = await h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...resident, 'idempotency-key': 'reply-file-1' }, payload: infoRequest })
    const no = submitted.json().trackingNo
    const pdf = Buffer.from('%PDF-1.7\n改造计划\n')
    const uploaded = await uploadFor(no, '改造计划.pdf', pdf)
    expect(uploaded.statusCode).toBe(201)
    const file = uploaded.json().id
    expect((await event(no, { type: 'reply', outcome: 'disclosed', text: '见附件。', attachments: ['f'.repeat(32)] })).json().error.code).toBe('UPLOAD_NOT_FOR_CASE')
    expect((await event(no, { type: 'reply', outcome: 'disclosed', text: '见附件。', attachments: [file] })).statusCode).toBe(200)
    const detail = await h.app.inject({ method: 'GET', url: `/api/v1/cases/${no}`, headers: resident })
    expect(detail.json().timeline[1].attachments).toEqual([{ id: file, name: '改造计划.pdf', contentType: 'application/pdf', size: pdf.length }])
    const download = await h.app.inject({ method: 'GET', url: `/api/v1/uploads/${file}`, headers: resident })
    expect(download.rawPayload.equals(pdf)).toBe(true)
    expect((await h.app.inject({ method: 'GET', url: `/api/v1/uploads/${file}`, headers: await h.signIn('13912345678') })).statusCode).toBe(404)
  })

  it('lets a reply attach only the files uploaded for its own case, so no resident receives another’s documents', async () => {
    const first = (await register(infoRequest)).json().trackingNo
    const second = (await register(infoRequest)).json().trackingNo
    const forFirst = (await uploadFor(first, '第一件的材料.pdf', Buffer.from('%PDF-1.7\n甲\n'))).json().id
    const answer = await event(second, { type: 'reply', outcome: 'disclosed', text: '见附件。', attachments: [forFirst] })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error).toEqual({
      code: 'UPLOAD_NOT_FOR_CASE',
      message: '答复只能附上为本事项上传的文件，请在本事项中重新上传',
      fields: { attachments: '答复只能附上为本事项上传的文件，请在本事项中重新上传' }
    })
    expect((await uploadFor('QS-2026-999999', '无.pdf', Buffer.from('%PDF-1.7\n'))).statusCode).toBe(404)
  })

  it('answers 404 for an unknown tracking number', async () => {
    expect((await event('QS-2026-999999', { type: 'accept' })).statusCode).toBe(404)
  })
})

describeEachEngine('my data and my account', (getDb) => {
  let h: ResidentHarness
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
  })
  afterEach(async () => {
    await h.app.close()
  })

  it('serves the privacy notice with its version and records consent to it', async () => {
    const notice = (await h.app.inject({ method: 'GET', url: '/api/v1/privacy' })).json()
    expect(notice.text).toContain('公务档案')
    const resident = await h.signIn('13812345678')
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: resident })).json()).toMatchObject({ phoneMasked: '138****5678', privacyConsentCurrent: false })
    const stale = await h.app.inject({ method: 'POST', url: '/api/v1/me/consents', headers: resident, payload: { notice: 'privacy', version: '2000-01-01' } })
    expect(stale.statusCode).toBe(409)
    const given = await h.app.inject({ method: 'POST', url: '/api/v1/me/consents', headers: resident, payload: { notice: 'privacy', version: notice.version } })
    expect(given.statusCode).toBe(201)
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: resident })).json().privacyConsentCurrent).toBe(true)
  })

  it('exports my data and closes my account while my cases stay on record', async () => {
    const resident = await h.signIn('13812345678')
    await h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...resident, 'idempotency-key': 'export-test-1' }, payload: complaint })
    const exported = await h.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: resident })
    expect(exported.json()).toMatchObject({ account: { phone: '13812345678' }, cases: [{ title: '夜间施工噪音' }] })
    const upload = async () => {
      const boundary = 'b0undary'
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n`),
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
        Buffer.from(`\r\n--${boundary}--\r\n`)
      ])
      const headers = { ...resident, 'content-type': `multipart/form-data; boundary=${boundary}` }
      return (await h.app.inject({ method: 'POST', url: '/api/v1/uploads', headers, payload })).json().id as string
    }
    const attached = await upload()
    const loose = await upload()
    await h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...resident, 'idempotency-key': 'export-test-2' }, payload: { ...complaint, attachments: [attached] } })
    expect((await h.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: resident })).statusCode).toBe(204)
    expect((await getDb().query<{ id: string }>('SELECT id FROM uploads')).map((u) => u.id)).toEqual([attached])
    expect(loose).not.toBe(attached)
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/me', headers: resident })).statusCode).toBe(401)
    expect(await getDb().query('SELECT id FROM cases')).toHaveLength(2)
    expect(await getDb().query('SELECT id FROM notifications')).toHaveLength(0)
    const again = await h.signIn('13812345678')
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine', headers: again })).json().total).toBe(0)
  })
})

describeEachEngine('the OpenAPI document', (getDb) => {
  it('documents the residents’ and staff routes from their schemas', async () => {
    const h = await residentHarness(getDb())
    const doc = await h.app.inject({ method: 'GET', url: '/api/v1/docs' })
    await h.app.close()
    expect(doc.statusCode).toBe(200)
    expect(Object.keys(doc.json().paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/mine', '/api/v1/auth/sms', '/api/v1/uploads', '/api/v1/staff/cases/{trackingNo}/events'])
    )
  })
})
