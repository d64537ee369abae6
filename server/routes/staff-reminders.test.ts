import { describeEachEngine, truncateAll } from '../../test/support/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

const infoRequest = {
  kind: 'info_request',
  content: '请公开2025年本街道老旧小区改造的计划和资金安排',
  applicant: { name: '张三', idType: 'id_card', idNumber: '11010519491231002X', phone: '13812345678' },
  format: 'paper',
  delivery: 'pickup'
}

describeEachEngine('supervision reminders', (getDb) => {
  let h: ResidentHarness
  let clerk: { authorization: string }
  let leader: { authorization: string }
  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    clerk = await staffHeaders(h.app, getDb(), { phone: '13900000001', roles: ['clerk'], department: 'civil' })
    await staffHeaders(h.app, getDb(), { phone: '13900000002', roles: ['head'], department: 'civil' })
    await staffHeaders(h.app, getDb(), { phone: '13900000003', roles: ['head'], department: 'urban' })
    leader = await staffHeaders(h.app, getDb(), { phone: '13900000004', roles: ['leader'] })
  })
  afterEach(async () => {
    await h.app.close()
  })

  const register = (receivedOn: string) =>
    h.app.inject({ method: 'POST', url: '/api/v1/staff/cases', headers: clerk, payload: { receivedOn, channel: 'post', residentPhone: '13700001111', residentName: '李四', case: infoRequest } })
  const run = () => h.app.inject({ method: 'POST', url: '/api/v1/staff/reminders/run', headers: leader })
  /** The reminders of cases' replies a run sent (on 2026-11-25 the one to import 2027's holidays goes too). */
  const ofReplies = (sent: { subject: string; level: string; recipients: number }[]) => sent.filter((r) => r.subject === 'reply')

  it('reminds the clerk, the head and the leader of an overdue case, each by their phone', async () => {
    const no = (await register('2026-10-20')).json().trackingNo
    const answer = await run()
    expect(answer.statusCode).toBe(200)
    expect(ofReplies(answer.json().sent).map((r) => [r.level, r.recipients])).toEqual([
      ['handler', 1],
      ['head', 1],
      ['leader', 1]
    ])
    await h.deliver()
    expect(h.notifications.filter((n) => n.trackingNo === no).map((n) => n.to.phone)).toEqual(['13900000001', '13900000002', '13900000004'])
    expect(h.notifications[0].text).toContain('已超过答复期限')
  })

  it('sends each reminder once, however often it runs', async () => {
    await register('2026-10-20')
    await run()
    expect((await run()).json().sent).toEqual([])
    await h.deliver()
    expect(h.notifications).toHaveLength(3)
  })

  it('does not send a reminder to someone whose account was disabled before it went out', async () => {
    await register('2026-10-20')
    await run()
    await getDb().query("UPDATE staff_accounts SET disabled_at = now() WHERE phone = '13900000002'")
    await h.deliver()
    expect(h.notifications.map((n) => n.to.phone)).toEqual(['13900000001', '13900000004'])
  })

  it('reminds only the handler of a case due in 3 working days', async () => {
    // 20 working days from 2026-10-30 end on 2026-11-27, two working days after 2026-11-25.
    await register('2026-10-30')
    expect(ofReplies((await run()).json().sent).map((r) => r.level)).toEqual(['handler'])
  })

  it('reminds the disclosure office once, from 1 November, to import next year’s holiday schedule while it is not imported', async () => {
    await staffHeaders(h.app, getDb(), { phone: '13900000005', roles: ['disclosure'] })
    const sent = (await run()).json().sent
    expect(sent.filter((r: { subject: string }) => r.subject === 'calendar')).toEqual([
      expect.objectContaining({ trackingNo: '2027年节假日安排', level: 'handler', dueDate: '2027-01-01', recipients: 1 })
    ])
    expect((await run()).json().sent).toEqual([])
    await h.deliver()
    expect(h.notifications.map((n) => [n.to.phone, n.text])).toEqual([['13900000005', expect.stringContaining('【督办】2027年节假日安排尚未导入')]])
  })

  it('reminds the departments’ heads, not the disclosure office, of an overdue complaint no department has yet', async () => {
    await staffHeaders(h.app, getDb(), { phone: '13900000005', roles: ['disclosure'] })
    const complaint = { kind: 'complaint', title: '夜间施工噪音', content: '工地每晚十一点后仍在施工' }
    const registered = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/cases',
      headers: { authorization: `Bearer ${h.staffToken}` },
      payload: { receivedOn: '2026-08-03', channel: 'post', residentPhone: '13700001111', residentName: '李四', case: complaint }
    })
    const no = registered.json().trackingNo
    expect((await run()).statusCode).toBe(200)
    await h.deliver()
    const reached = h.notifications.filter((n) => n.trackingNo === no).map((n) => n.to.phone)
    expect(reached).not.toContain('13900000005')
    expect([...new Set(reached)].sort()).toEqual(['13900000002', '13900000003', '13900000004'])
  })

  it('refuses a clerk the running of reminders', async () => {
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/staff/reminders/run', headers: clerk })).statusCode).toBe(403)
  })
})
