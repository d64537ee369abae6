import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'

const ID = '11010519491231002X'
const suggestion = { kind: 'suggestion', title: '建议增设休息座椅', content: '社区公园步道旁缺少座椅，老人散步走累了没有地方休息。' }
const infoRequest = {
  kind: 'info_request',
  content: '请公开2025年本街道老旧小区改造的计划和资金安排',
  applicant: { name: '张三', idType: 'id_card', idNumber: ID, phone: '13812345678' },
  format: 'electronic',
  delivery: 'online'
}
let keys = 0
const newKey = () => `key-${process.pid}-${++keys}-abcdef`

describeEachEngine('submitting a case', (getDb) => {
  let h: ResidentHarness
  let resident: { authorization: string }
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    resident = await h.signIn('13812345678')
  })
  afterEach(async () => {
    await h.app.close()
  })

  const submit = (payload: object, headers: Record<string, string> = resident, key: string | null = newKey()) =>
    h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: key ? { ...headers, 'idempotency-key': key } : headers, payload })
  const countCases = async () => Number((await getDb().query<{ n: number }>('SELECT count(*) AS n FROM cases'))[0].n)

  it('accepts the minimal suggestion and answers its tracking number, status and clock', async () => {
    const answer = await submit(suggestion)
    expect(answer.statusCode).toBe(201)
    expect(answer.json()).toMatchObject({
      trackingNo: expect.stringMatching(/^QS-2026-\d{6}$/),
      kind: 'suggestion',
      status: 'awaiting_acceptance',
      receivedOn: '2026-11-25',
      clock: { step: 'accept', unit: 'days', status: 'on_track', policy: { id: 'petition-2022-proposals' } }
    })
    expect(answer.json().clock.dueDate).toMatch(/^2026-12-\d{2}$/)
  })

  it('takes the day of receipt in China time, whatever the server clock says', async () => {
    h.setNow('2026-11-25T17:30:00Z')
    expect((await submit(suggestion)).json().receivedOn).toBe('2026-11-26')
  })

  it('accepts the minimal information request from an account that has consented', async () => {
    const consenting = await h.signInWithConsent('13912345678')
    const answer = await submit(infoRequest, consenting)
    expect(answer.statusCode).toBe(201)
    expect(answer.json()).toMatchObject({ kind: 'info_request', status: 'in_progress', clock: { step: 'reply', unit: 'working_days', remaining: 20 } })
  })

  it('refuses an identity number from an account without consent', async () => {
    const answer = await submit(infoRequest)
    expect(answer.statusCode).toBe(422)
    expect(answer.json().error).toEqual({ code: 'CONSENT_REQUIRED', message: '提交身份证件号码前，请先阅读并同意个人信息保护说明' })
    expect(await countCases()).toBe(0)
  })

  it('asks for consent again after it is withdrawn, keeping the record of both', async () => {
    const consenting = await h.signInWithConsent('13912345678')
    const me = () => h.app.inject({ method: 'GET', url: '/api/v1/me', headers: consenting })
    const withdrawn = await h.app.inject({ method: 'DELETE', url: '/api/v1/me/consents/privacy', headers: consenting })
    expect(withdrawn.statusCode).toBe(204)
    expect((await me()).json()).toMatchObject({ privacyConsentCurrent: false, consents: [{ notice: 'privacy', withdrawnAt: expect.any(String) }] })
    const refused = await submit(infoRequest, consenting)
    expect(refused.statusCode).toBe(422)
    expect(refused.json().error.code).toBe('CONSENT_REQUIRED')
    const { version } = (await h.app.inject({ method: 'GET', url: '/api/v1/privacy' })).json()
    await h.app.inject({ method: 'POST', url: '/api/v1/me/consents', headers: consenting, payload: { notice: 'privacy', version } })
    const again = (await me()).json()
    expect(again.privacyConsentCurrent).toBe(true)
    expect(again.consents.map((c: { withdrawnAt?: string }) => c.withdrawnAt === undefined)).toEqual([false, true])
    expect((await submit(infoRequest, consenting)).statusCode).toBe(201)
  })

  it('withdraws consent only to the privacy notice', async () => {
    const answer = await h.app.inject({ method: 'DELETE', url: '/api/v1/me/consents/marketing', headers: resident })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.message).toContain('只能撤回对隐私政策（privacy）的同意')
  })

  it('keeps the identity number encrypted at rest and masked in every answer', async () => {
    const consenting = await h.signInWithConsent('13912345678')
    const { trackingNo } = (await submit(infoRequest, consenting)).json()
    const [row] = await getDb().query<{ body: unknown; id_number_enc: string }>('SELECT body, id_number_enc FROM cases')
    expect(JSON.stringify(row)).not.toContain(ID)
    expect(row.id_number_enc).toMatch(/^v1\./)
    const detail = await h.app.inject({ method: 'GET', url: `/api/v1/cases/${trackingNo}`, headers: consenting })
    expect(detail.body).not.toContain(ID)
    expect(detail.json().applicant).toMatchObject({ idNumberMasked: '1101**********002X', phoneMasked: '138****5678' })
  })

  it('needs an Idempotency-Key header', async () => {
    const answer = await submit(suggestion, resident, null)
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.message).toContain('Idempotency-Key')
  })

  it('needs a signed-in resident', async () => {
    const answer = await submit(suggestion, {})
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error.code).toBe('SESSION_REQUIRED')
  })

  it('answers a repeat with the same key with the first case, never a second one', async () => {
    const key = newKey()
    const first = await submit(suggestion, resident, key)
    const repeat = await submit(suggestion, resident, key)
    expect(repeat.statusCode).toBe(201)
    expect(repeat.json()).toEqual(first.json())
    expect(await countCases()).toBe(1)
  })

  it('creates one case from 20 parallel submissions with one key', async () => {
    const key = newKey()
    const answers = await Promise.all(Array.from({ length: 20 }, () => submit(suggestion, resident, key)))
    expect(new Set(answers.map((a) => a.statusCode))).toEqual(new Set([201]))
    expect(new Set(answers.map((a) => a.json().trackingNo)).size).toBe(1)
    expect(await countCases()).toBe(1)
  })

  it('refuses a key reused for a different body', async () => {
    const key = newKey()
    await submit(suggestion, resident, key)
    const other = await submit({ ...suggestion, title: '另一件事' }, resident, key)
    expect(other.statusCode).toBe(409)
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('keeps the keys of two residents apart', async () => {
    const key = newKey()
    const other = await h.signIn('13912345678')
    const a = await submit(suggestion, resident, key)
    const b = await submit(suggestion, other, key)
    expect(a.json().trackingNo).not.toBe(b.json().trackingNo)
  })

  it('gives every case its own tracking number', async () => {
    const numbers = await Promise.all(Array.from({ length: 5 }, () => submit(suggestion).then((a) => a.json().trackingNo)))
    expect(new Set(numbers).size).toBe(5)
  })

  it('refuses oversized content with the field and the limit', async () => {
    const answer = await submit({ ...suggestion, content: '字'.repeat(2001) })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { content: '内容最多 2000 个字，请精简后再提交' } })
  })

  it('refuses a contact phone that is not a mobile number', async () => {
    const answer = await submit({ ...suggestion, contactPhone: '0201234567' })
    expect(answer.json().error.fields.contactPhone).toContain('11 位数字')
  })

  it('refuses an identity card number with a wrong check character', async () => {
    const consenting = await h.signInWithConsent('13912345678')
    const answer = await submit({ ...infoRequest, applicant: { ...infoRequest.applicant, idNumber: '110105194912310021' } }, consenting)
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields['applicant.idNumber']).toContain('身份证号码不正确')
  })

  it('refuses ten attachments', async () => {
    const attachments = Array.from({ length: 10 }, (_, i) => i.toString(16).padStart(32, '0'))
    const answer = await submit({ ...suggestion, attachments })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields.attachments).toBe('最多上传 9 个附件（照片或 PDF 文件）')
  })

  it('refuses an attachment that is not the resident’s upload', async () => {
    const answer = await submit({ ...suggestion, attachments: ['0'.repeat(32)] })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.code).toBe('UPLOAD_NOT_FOUND')
  })
})

describeEachEngine('following my cases', (getDb) => {
  let h: ResidentHarness
  let resident: { authorization: string }
  let staff: { authorization: string }
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    resident = await h.signInWithConsent('13812345678')
    staff = { authorization: `Bearer ${h.staffToken}` }
  })
  afterEach(async () => {
    await h.app.close()
  })

  const submit = async (payload: object, headers = resident): Promise<string> => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...headers, 'idempotency-key': newKey() }, payload })
    if (answer.statusCode !== 201) throw new Error(answer.body)
    return answer.json().trackingNo
  }
  const detail = (trackingNo: string, headers = resident) => h.app.inject({ method: 'GET', url: `/api/v1/cases/${trackingNo}`, headers })
  const act = (trackingNo: string, path: string, payload: object, headers = resident) =>
    h.app.inject({ method: 'POST', url: `/api/v1/cases/${trackingNo}/${path}`, headers, payload })
  const staffEvent = (trackingNo: string, payload: object) =>
    h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${trackingNo}/events`, headers: staff, payload })

  it('lists only my own cases, newest first, a page at a time', async () => {
    const first = await submit(suggestion)
    const second = await submit({ ...suggestion, title: '第二件' })
    await submit(suggestion, await h.signIn('13912345678'))
    const page = await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine?pageSize=1', headers: resident })
    expect(page.json()).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ trackingNo: second, title: '第二件', statusLabel: '已提交，等待街道决定是否受理', waitingOn: 'office' }] })
    const next = await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine?page=2&pageSize=1', headers: resident })
    expect(next.json().items[0].trackingNo).toBe(first)
  })

  it('answers 404 for another resident’s tracking number', async () => {
    const theirs = await submit(suggestion, await h.signIn('13912345678'))
    const answer = await detail(theirs)
    expect(answer.statusCode).toBe(404)
    expect(answer.json().error.code).toBe('CASE_NOT_FOUND')
    expect((await act(theirs, 'withdraw', {})).statusCode).toBe(404)
  })

  it('shows the clock, the citation and a timeline of the events meant for me', async () => {
    const no = await submit(infoRequest)
    await staffEvent(no, { type: 'note', text: '内部备注：先查档案' })
    const answer = await detail(no)
    expect(answer.statusCode).toBe(200)
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(answer.json()).toMatchObject({
      trackingNo: no,
      status: 'in_progress',
      citation: expect.stringContaining('第三十三条'),
      timeline: [{ type: 'received', on: '2026-11-25', label: '街道已收到您的事项' }],
      canWithdraw: true,
      canRate: false
    })
    expect(answer.body).not.toContain('内部备注')
  })

  it('follows a correction: the list of what is missing, then the 20 working days restart from the completed application', async () => {
    const no = await submit(infoRequest)
    const asked = await staffEvent(no, { type: 'request_correction', missing: ['请写明文件名称或文号', '请说明所需年份'], periodDays: 10 })
    expect(asked.statusCode).toBe(200)
    const waiting = (await detail(no)).json()
    expect(waiting).toMatchObject({ status: 'awaiting_your_correction', waitingOn: 'resident', canCompleteCorrection: true, clock: { dueDate: null } })
    expect(waiting.timeline[1]).toMatchObject({ type: 'correction_requested', missing: ['请写明文件名称或文号', '请说明所需年份'] })
    h.setNow('2026-11-30T02:00:00Z')
    const completed = await act(no, 'correction', { content: '文件为《2025年老旧小区改造实施方案》' })
    expect(completed.statusCode).toBe(200)
    expect(completed.json()).toMatchObject({ status: 'in_progress', clock: { step: 'reply', remaining: 20 } })
    expect((await act(no, 'correction', { content: '再补充' })).statusCode).toBe(409)
  })

  it('takes a correction with a photo of the missing document', async () => {
    const no = await submit(infoRequest)
    await staffEvent(no, { type: 'request_correction', missing: ['请提供身份证件复印件'] })
    const boundary = 'b0undary'
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="证件.jpg"\r\n\r\n`),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
      Buffer.from(`\r\n--${boundary}--\r\n`)
    ])
    const uploaded = await h.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...resident, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })
    const completed = await act(no, 'correction', { content: '补交证件照片', attachments: [uploaded.json().id] })
    expect(completed.statusCode).toBe(200)
    expect(completed.json().timeline[2]).toMatchObject({ type: 'correction_received', attachments: [{ name: '证件.jpg', contentType: 'image/jpeg' }] })
  })

  it('shows the reply with its statutory outcome, then lets me rate it once', async () => {
    const no = await submit(infoRequest)
    await staffEvent(no, { type: 'reply', outcome: 'partly_disclosed', text: '现将可以公开的部分提供给您。' })
    const replied = (await detail(no)).json()
    expect(replied).toMatchObject({ status: 'replied', canRate: true, canWithdraw: false })
    expect(replied.timeline[1]).toMatchObject({ type: 'replied', label: '已答复：部分公开' })
    // A disclosure reply carries its legal basis and the applicant's remedies (server/routes/staff-cases.ts).
    expect(replied.timeline[1].text).toBe(
      '现将可以公开的部分提供给您。\n\n依据：《中华人民共和国政府信息公开条例》第三十七条。\n' +
        '对本答复中不予公开的部分不服的，应当自收到本答复之日起 60 日内依法先向沧澜市望川区人民政府申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起 15 日内依法向人民法院提起行政诉讼。' +
        '依据《中华人民共和国行政复议法》第二十三条，对不予公开政府信息不服的，须先申请行政复议，不能直接提起行政诉讼。' +
        '对本答复其他内容不服的，可以自收到本答复之日起 60 日内依法向沧澜市望川区人民政府申请行政复议，或者自收到本答复之日起 6 个月内依法向人民法院提起行政诉讼。'
    )
    const rated = await act(no, 'rating', { rating: 'basically_satisfied', comment: '很及时' })
    expect(rated.json()).toMatchObject({ canRate: false })
    expect((await act(no, 'rating', { rating: 'satisfied' })).json().error.code).toBe('ACTION_NOT_ALLOWED')
    expect((await act(no, 'rating', { rating: 'basically_satisfied', comment: '很及时' })).statusCode).toBe(200)
  })

  it('exports my data with the address of each file I uploaded, where its contents can be downloaded', async () => {
    const boundary = 'b0undary'
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="门口.jpg"\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`)
    ])
    const { id } = (await h.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...resident, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload })).json()
    const exported = await h.app.inject({ method: 'GET', url: '/api/v1/me/export', headers: resident })
    expect(exported.statusCode).toBe(200)
    const [file] = exported.json().uploads
    expect(file).toMatchObject({ id, name: '门口.jpg', contentType: 'image/jpeg', size: bytes.length, url: `/api/v1/uploads/${id}` })
    const downloaded = await h.app.inject({ method: 'GET', url: file.url, headers: resident })
    expect(downloaded.rawPayload.equals(bytes)).toBe(true)
  })

  it('lets me withdraw a case still being handled, once', async () => {
    const no = await submit(suggestion)
    const withdrawn = await act(no, 'withdraw', { reason: '问题已经解决' })
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回', canWithdraw: false })
    expect((await act(no, 'withdraw', { reason: '另一个理由' })).statusCode).toBe(409)
  })

  it('answers a resent action with the case as it stands, recording it once', async () => {
    const no = await submit(suggestion)
    await act(no, 'withdraw', { reason: '问题已经解决' })
    const again = await act(no, 'withdraw', { reason: '问题已经解决' })
    expect(again.statusCode).toBe(200)
    expect(again.json().timeline.filter((t: { type: string }) => t.type === 'withdrawn')).toHaveLength(1)
  })

  it('refuses withdrawing a replied case', async () => {
    const no = await submit(infoRequest)
    await staffEvent(no, { type: 'reply', outcome: 'disclosed', text: '见附件。' })
    const answer = await act(no, 'withdraw', {})
    expect(answer.statusCode).toBe(409)
    expect(answer.json().error).toEqual({ code: 'ACTION_NOT_ALLOWED', message: '该事项已办结或已撤回，不能再撤回' })
  })

  it('lets me ask for review of a 信访 reply within 30 days, which waits on the office', async () => {
    const no = await submit(suggestion)
    await staffEvent(no, { type: 'accept' })
    await staffEvent(no, { type: 'reply', outcome: 'explained', text: '已协调园林部门，明年春季增设座椅。' })
    h.setNow('2026-12-20T02:00:00Z')
    const review = await act(no, 'review', { reason: '答复没有说明具体位置' })
    expect(review.json()).toMatchObject({ status: 'under_review', waitingOn: 'office', canRequestReview: false })
    expect((await staffEvent(no, { type: 'reopen' })).statusCode).toBe(200)
  })

  it('forwards a 复查 to the body one level up, whose 30 days run from its receipt, and records its opinion as its answer (信访工作条例 第三十五条)', async () => {
    const no = await submit(suggestion)
    await staffEvent(no, { type: 'accept' })
    await staffEvent(no, { type: 'reply', outcome: 'explained', text: '已协调园林部门，明年春季增设座椅。' })
    const offered = (await detail(no)).json()
    expect(offered).toMatchObject({ canRequestReview: true, reviewDeadline: '2026-12-25', reviewBody: '沧澜市望川区人民政府', suggestsReview: true })
    expect(offered.review).toBeUndefined()
    h.setNow('2026-12-20T02:00:00Z')
    const asked = (await act(no, 'review', { reason: '答复没有说明具体位置' })).json()
    expect(asked).toMatchObject({ status: 'under_review', waitingOn: 'office', statusLabel: '已申请复查，等待街道转送上一级机关' })
    expect(asked.review).toBeUndefined()
    expect((await staffEvent(no, { type: 'record_review_opinion', text: '维持。' })).statusCode).toBe(409)
    h.setNow('2026-12-21T02:00:00Z')
    expect((await staffEvent(no, { type: 'forward_review' })).statusCode).toBe(200)
    const forwarded = (await detail(no)).json()
    expect(forwarded).toMatchObject({ status: 'under_review', waitingOn: 'third_party', statusLabel: '已申请复查，等待上一级机关答复' })
    expect(forwarded.review).toMatchObject({ requestedOn: '2026-12-20', forwardedOn: '2026-12-21', forwardedTo: '沧澜市望川区人民政府', dueDate: '2027-01-20', unit: 'days', status: 'on_track' })
    expect(forwarded.review.citation).toContain('《信访工作条例》第三十五条')
    expect(forwarded.timeline.at(-1)).toMatchObject({ type: 'review_forwarded', body: '沧澜市望川区人民政府' })
    await staffEvent(no, { type: 'reopen' })
    await staffEvent(no, { type: 'reply', outcome: 'explained', text: '街道重新办理：座椅设在中心花园东侧。' })
    expect((await detail(no)).json().review).toMatchObject({ status: 'on_track' })
    h.setNow('2027-01-10T02:00:00Z')
    resident = await h.signIn('13812345678')
    expect((await staffEvent(no, { type: 'record_review_opinion', text: '经复查，维持街道的处理意见。' })).statusCode).toBe(200)
    const answered = (await detail(no)).json()
    expect(answered.review).toMatchObject({ status: 'answered_in_time', answeredBy: '沧澜市望川区人民政府' })
    expect(answered.timeline.at(-1)).toMatchObject({ type: 'review_answered', label: '沧澜市望川区人民政府的复查意见', text: '经复查，维持街道的处理意见。' })
    expect(answered.status).toBe('replied')
  })

  it('a reply handed over later is challenged within 30 days of that day (第三十五条: 收到书面答复之日)', async () => {
    const no = await submit(suggestion)
    await staffEvent(no, { type: 'accept' })
    await staffEvent(no, { type: 'reply', outcome: 'supported', text: '已办理。' })
    h.setNow('2026-12-01T02:00:00Z')
    expect((await staffEvent(no, { type: 'record_delivery', means: 'post', on: '2026-11-30' })).statusCode).toBe(200)
    h.setNow('2026-12-28T02:00:00Z')
    resident = await h.signIn('13812345678')
    expect((await detail(no)).json()).toMatchObject({ canRequestReview: true, reviewDeadline: '2026-12-30' })
  })

  it('refuses a review after 30 days and of an information request', async () => {
    const no = await submit(suggestion)
    await staffEvent(no, { type: 'accept' })
    await staffEvent(no, { type: 'reply', outcome: 'supported', text: '已办理。' })
    h.setNow('2026-12-26T02:00:00Z')
    resident = await h.signIn('13812345678')
    expect((await act(no, 'review', { reason: '不满意' })).json().error.message).toBe('只能在收到答复之日起 30 日内申请复查，每次答复一次')
    const info = await submit(infoRequest)
    await staffEvent(info, { type: 'reply', outcome: 'disclosed', text: '见附件。' })
    expect((await act(info, 'review', { reason: '不满意' })).json().error.message).toContain('行政复议')
  })

  it('shows a case staff registered for my phone once I verify that number', async () => {
    const registered = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/cases',
      headers: staff,
      payload: { receivedOn: '2026-11-20', channel: 'window', residentPhone: '13700001111', residentName: '李四', case: suggestion }
    })
    expect(registered.statusCode).toBe(201)
    const me = await h.signIn('13700001111')
    const mine = await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine', headers: me })
    expect(mine.json().items).toEqual([expect.objectContaining({ trackingNo: registered.json().trackingNo, receivedOn: '2026-11-20' })])
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine', headers: resident })).json().total).toBe(0)
  })

  it('notifies me of each step and counts what I have not read', async () => {
    const no = await submit(suggestion)
    await staffEvent(no, { type: 'accept' })
    const list = await h.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: resident })
    expect(list.json()).toMatchObject({ total: 2, unread: 2, items: [{ trackingNo: no, text: expect.stringContaining('已受理'), read: false }, {}] })
    await h.deliver()
    expect(h.notifications.map((n) => n.trackingNo)).toEqual([no, no])
    const read = await h.app.inject({ method: 'POST', url: '/api/v1/me/notifications/read', headers: resident, payload: {} })
    expect(read.json()).toEqual({ unread: 0 })
  })
})
