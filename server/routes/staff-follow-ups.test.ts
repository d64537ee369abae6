import { randomBytes } from 'node:crypto'
import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

const complaint = { kind: 'complaint', title: '楼道堆物无人清理', content: '3号楼楼道里堆满杂物，影响消防通道，请尽快清理。', contactPhone: '13812345678' }

type Headers = { authorization: string }

describeEachEngine('follow-ups (回访) after a 不满意 rating', (getDb) => {
  let h: ResidentHarness
  let resident: Headers
  let system: Headers
  let clerk: Headers
  let leaderHeaders: Headers | undefined
  let disclosure: Headers
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    resident = await h.signInWithConsent('13812345678')
    system = { authorization: `Bearer ${h.staffToken}` }
    clerk = await staffHeaders(h.app, getDb(), { phone: '13900000001', roles: ['clerk'], department: 'civil', name: '李文' })
    leaderHeaders = undefined
    disclosure = await staffHeaders(h.app, getDb(), { phone: '13900000006', roles: ['disclosure'], name: '钱公开' })
  })
  afterEach(async () => {
    await h.app.close()
  })

  /** The leader in charge, who sees every follow-up; made when a test needs one, as each leader is reminded too. */
  const leader = async (): Promise<Headers> => (leaderHeaders ??= await staffHeaders(h.app, getDb(), { phone: '13900000005', roles: ['leader'], name: '赵敏' }))
  const staffEvent = (no: string, payload: object, headers: Headers = system) =>
    h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${no}/events`, headers, payload })
  const rate = (no: string, rating: string, comment?: string) =>
    h.app.inject({ method: 'POST', url: `/api/v1/cases/${no}/rating`, headers: resident, payload: comment ? { rating, comment } : { rating } })
  const followUps = (headers: Headers, query = '') => h.app.inject({ method: 'GET', url: `/api/v1/staff/follow-ups${query}`, headers })
  const detail = (no: string) => h.app.inject({ method: 'GET', url: `/api/v1/cases/${no}`, headers: resident })

  /** A complaint submitted, accepted and answered on `day` (China time), optionally given to a department. */
  async function replied(day: string, department?: string, title = complaint.title): Promise<string> {
    h.setNow(`${day}T02:00:00Z`)
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...resident, 'idempotency-key': randomBytes(8).toString('hex') }, payload: { ...complaint, title } })
    const no: string = answer.json().trackingNo
    if (department) await staffEvent(no, { type: 'assign', department })
    await staffEvent(no, { type: 'accept' })
    const reply = await staffEvent(no, { type: 'reply', outcome: 'explained', text: '已通知物业限期清理。' })
    if (reply.statusCode !== 200) throw new Error(reply.body)
    return no
  }

  /** A complaint answered and rated 不满意 on `day`; the clock then returns to 2026-11-25. */
  async function ratedDissatisfied(day: string, department?: string, title?: string): Promise<string> {
    const no = await replied(day, department, title)
    expect((await rate(no, 'dissatisfied', '物业只清了一半')).statusCode).toBe(200)
    h.setNow('2026-11-25T02:00:00Z')
    return no
  }

  it('lists a follow-up for each 不满意 rating, the soonest promised date first, with who owes it and the number to call', async () => {
    const later = await ratedDissatisfied('2026-11-25', 'civil', '噪音扰民')
    const overdue = await ratedDissatisfied('2026-11-16')
    const answer = await followUps(await leader())
    expect(answer.statusCode).toBe(200)
    expect(answer.json()).toMatchObject({ total: 2, page: 1, counts: { open: 2, overdue: 1, done: 0 } })
    const [first, second] = answer.json().items
    // 5 working days after Monday 16 November is Monday 23 November; two working days have passed since.
    expect(first).toMatchObject({
      trackingNo: overdue,
      owner: 'intake',
      department: null,
      phone: '13812345678',
      ratingComment: '物业只清了一半',
      clock: { ratedOn: '2026-11-16', dueDate: '2026-11-23', unit: 'working_days', remaining: -2, status: 'overdue', followedUpOn: null },
      due: 'overdue',
      escalation: 'leader',
      result: null
    })
    expect(first.clock.basis).toContain('不是法定期限')
    expect(second).toMatchObject({ trackingNo: later, owner: 'department', department: 'civil', clock: { dueDate: '2026-12-02', remaining: 5, status: 'on_track' }, escalation: null })
  })

  it('owes no follow-up after any other rating', async () => {
    const no = await replied('2026-11-25')
    await rate(no, 'average')
    expect((await followUps(await leader())).json()).toMatchObject({ total: 0, counts: { open: 0 } })
  })

  it('shows a clerk their department’s follow-ups and the intake queue’s, not another department’s', async () => {
    const civil = await ratedDissatisfied('2026-11-20', 'civil')
    const intake = await ratedDissatisfied('2026-11-20')
    await ratedDissatisfied('2026-11-20', 'urban')
    expect((await followUps(clerk)).json().items.map((i: { trackingNo: string }) => i.trackingNo).sort()).toEqual([civil, intake].sort())
    expect((await followUps(await leader())).json().total).toBe(3)
    // 信访 matters are not the disclosure office's (permissions.ts), nor are their follow-ups.
    expect((await followUps(disclosure)).json().total).toBe(0)
  })

  it('narrows the list to overdue follow-ups and pages through it', async () => {
    await ratedDissatisfied('2026-11-16')
    await ratedDissatisfied('2026-11-17')
    await ratedDissatisfied('2026-11-25')
    expect((await followUps(await leader(), '?due=overdue')).json()).toMatchObject({ total: 2 })
    expect((await followUps(await leader(), '?due=overdue&page=2&pageSize=1')).json()).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ clock: { ratedOn: '2026-11-17' } }] })
  })

  it('records the follow-up with what the resident said and whether it is solved, closes the task and logs it', async () => {
    const no = await ratedDissatisfied('2026-11-20', 'civil')
    const recorded = await staffEvent(no, { type: 'follow_up', residentSaid: '杂物已经清走了，但希望以后定期检查', solved: true, note: '已请物业每周巡查' }, clerk)
    expect(recorded.statusCode).toBe(200)
    expect(recorded.json().events.at(-1)).toMatchObject({ type: 'followed_up', on: '2026-11-25', data: { residentSaid: '杂物已经清走了，但希望以后定期检查', solved: true, note: '已请物业每周巡查' } })
    expect((await followUps(clerk)).json()).toMatchObject({ total: 0, counts: { open: 0, done: 1 } })
    const [done] = (await followUps(clerk, '?state=done')).json().items
    expect(done).toMatchObject({
      trackingNo: no,
      clock: { followedUpOn: '2026-11-25', status: 'answered_in_time' },
      due: null,
      result: { residentSaid: '杂物已经清走了，但希望以后定期检查', solved: true, note: '已请物业每周巡查', actorName: '李文' }
    })
    const audit = (await h.app.inject({ method: 'GET', url: `/api/v1/staff/audit?trackingNo=${no}`, headers: system })).json().items
    expect(audit.find((e: { action: string }) => e.action === 'follow_up')).toMatchObject({ actorName: '李文', detail: { residentSaid: '杂物已经清走了，但希望以后定期检查', solved: true, recordedAs: 'followed_up' } })
  })

  it('tells the resident when the office will call back, and after the call lets them rate once more', async () => {
    const no = await ratedDissatisfied('2026-11-20')
    const owed = (await detail(no)).json()
    expect(owed).toMatchObject({
      status: 'replied',
      waitingOn: 'office',
      statusLabel: '已答复，等待街道回访',
      canRate: false,
      followUp: { ratedOn: '2026-11-20', dueDate: '2026-11-27', followedUpOn: null, label: '不满意评价后5个工作日内回访' }
    })
    await staffEvent(no, { type: 'follow_up', residentSaid: '还是没解决', solved: false })
    const after = (await detail(no)).json()
    expect(after).toMatchObject({ waitingOn: 'nobody', statusLabel: '已答复', canRate: true, followUp: { followedUpOn: '2026-11-25', status: 'answered_in_time' } })
    expect(after.timeline.at(-1)).toMatchObject({ type: 'followed_up', label: '街道已回访，听取了您的意见' })
    expect(JSON.stringify(after)).not.toContain('还是没解决')
    await h.deliver()
    expect(h.notifications.at(-1)?.text).toContain('街道已回访')
  })

  it('owes a second follow-up when the resident, called back, rates 不满意 again, and then no more ratings', async () => {
    const no = await ratedDissatisfied('2026-11-20')
    await staffEvent(no, { type: 'follow_up', residentSaid: '还是没解决', solved: false })
    expect((await rate(no, 'dissatisfied')).json()).toMatchObject({ canRate: false, followUp: { ratedOn: '2026-11-25', dueDate: '2026-12-02', followedUpOn: null } })
    expect((await followUps(await leader())).json().items).toMatchObject([{ trackingNo: no, clock: { ratedOn: '2026-11-25' } }])
    await staffEvent(no, { type: 'follow_up', residentSaid: '理解了，暂时这样', solved: false })
    expect((await detail(no)).json().canRate).toBe(false)
  })

  it('refuses a follow-up that no 不满意 rating is waiting for (409)', async () => {
    const no = await ratedDissatisfied('2026-11-20')
    await staffEvent(no, { type: 'follow_up', residentSaid: '好的', solved: true })
    const again = await staffEvent(no, { type: 'follow_up', residentSaid: '好的', solved: true })
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', message: '只有评价为“不满意”且尚未回访的事项需要回访' })
  })

  it('refuses a follow-up without what the resident said or whether it is solved (400)', async () => {
    const no = await ratedDissatisfied('2026-11-20')
    const answer = await staffEvent(no, { type: 'follow_up', residentSaid: ' ' })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields).toMatchObject({ residentSaid: '请填写群众的意见', solved: '请选择问题是否已经解决' })
  })

  it('refuses a follow-up dated before the rating (400)', async () => {
    const no = await replied('2026-11-18')
    h.setNow('2026-11-20T02:00:00Z')
    await rate(no, 'dissatisfied')
    h.setNow('2026-11-25T02:00:00Z')
    const answer = await staffEvent(no, { type: 'follow_up', on: '2026-11-19', residentSaid: '好的', solved: true })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields).toEqual({ on: '回访日期不能早于群众评价的日期' })
  })

  it('refuses a follow-up to a clerk of another department (403)', async () => {
    const no = await ratedDissatisfied('2026-11-20', 'urban')
    expect((await staffEvent(no, { type: 'follow_up', residentSaid: '好的', solved: true }, clerk)).statusCode).toBe(403)
  })

  it('writes who looked at the list, with its residents’ numbers, to the audit log', async () => {
    const no = await ratedDissatisfied('2026-11-20')
    await followUps(await leader())
    const audit = (await h.app.inject({ method: 'GET', url: '/api/v1/staff/audit?action=view_follow_ups', headers: system })).json().items
    expect(audit[0]).toMatchObject({ actorName: '赵敏', detail: { state: 'open', trackingNos: [no] } })
  })

  it('refuses the list to an administrator, who handles no case (403), and to a visitor without a session (401)', async () => {
    const admin = await staffHeaders(h.app, getDb(), { phone: '13900000009', roles: ['admin'] })
    expect((await followUps(admin)).statusCode).toBe(403)
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/staff/follow-ups' })).statusCode).toBe(401)
  })

  it('answers 400 with the field for an unknown state', async () => {
    const answer = await followUps(await leader(), '?state=closed')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.fields.state).toBe('回访状态只能是 open（待回访）或 done（已回访）')
  })

  it('reminds about an overdue follow-up once per level, marked as a follow-up’s, and not again', async () => {
    const no = await ratedDissatisfied('2026-11-16', 'civil')
    await staffHeaders(h.app, getDb(), { phone: '13900000002', roles: ['head'], department: 'civil' })
    await staffHeaders(h.app, getDb(), { phone: '13900000004', roles: ['leader'] })
    const run = () => h.app.inject({ method: 'POST', url: '/api/v1/staff/reminders/run', headers: system })
    const first = await run()
    expect(first.statusCode).toBe(200)
    const sent = first.json().sent.filter((r: { subject: string }) => r.subject === 'follow_up')
    expect(sent.map((r: { trackingNo: string; level: string; dueDate: string; recipients: number }) => [r.trackingNo, r.level, r.dueDate, r.recipients])).toEqual([
      [no, 'handler', '2026-11-23', 1],
      [no, 'head', '2026-11-23', 1],
      [no, 'leader', '2026-11-23', 1]
    ])
    await h.deliver()
    expect(h.notifications.filter((n) => n.text.includes('请及时回访')).map((n) => n.to.phone)).toEqual(['13900000001', '13900000002', '13900000004'])
    expect((await run()).json().sent.filter((r: { subject: string }) => r.subject === 'follow_up')).toEqual([])
  })

  it('reminds the others of an overdue follow-up, and finishes the run, when the message to one of them cannot be delivered', async () => {
    const no = await ratedDissatisfied('2026-11-16', 'civil')
    await staffHeaders(h.app, getDb(), { phone: '13900000002', roles: ['head'], department: 'civil' })
    const deliver = h.services.notify.send
    h.services.notify.send = async (n) => {
      if (n.to.phone === '13900000001') throw new Error('SMS gateway did not answer')
      await deliver(n)
    }
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/reminders/run', headers: system })
    expect(answer.statusCode).toBe(200)
    const sent = answer.json().sent.filter((r: { subject: string }) => r.subject === 'follow_up')
    expect(sent.map((r: { trackingNo: string; level: string }) => [r.trackingNo, r.level])).toEqual([
      [no, 'handler'],
      [no, 'head'],
      [no, 'leader']
    ])
    await h.deliver()
    expect(h.notifications.filter((n) => n.text.includes('请及时回访')).map((n) => n.to.phone)).toEqual(['13900000002'])
  })

  it('reminds nobody of a follow-up already made', async () => {
    const no = await ratedDissatisfied('2026-11-16', 'civil')
    await staffEvent(no, { type: 'follow_up', residentSaid: '好的', solved: true })
    const sent = (await h.app.inject({ method: 'POST', url: '/api/v1/staff/reminders/run', headers: system })).json().sent
    expect(sent.filter((r: { subject: string }) => r.subject === 'follow_up')).toEqual([])
  })
})
