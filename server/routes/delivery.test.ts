import { describeEachEngine, truncateAll } from '../../test/support/db'
import { DeliveryError } from '../adapters/delivery'
import type { Notification } from '../adapters/notify'
import { deliveryWorker, type DeliveryWorker } from '../deliveries/worker'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

const suggestion = { kind: 'suggestion', title: '小区路灯不亮', content: '三号楼前的路灯坏了两周' }
const infoRequest = {
  kind: 'info_request',
  content: '请公开2025年本街道老旧小区改造的计划和资金安排',
  applicant: { name: '张三', idType: 'id_card', idNumber: '11010519491231002X', phone: '13812345678' },
  format: 'paper',
  delivery: 'pickup'
}

describeEachEngine('a notification that WeChat or the SMS gateway does not deliver', (getDb) => {
  let h: ResidentHarness
  let worker: DeliveryWorker
  let logged: { message: string; details: Record<string, unknown> }[]
  /** Resolves once the provider has been asked `n` times in all. */
  let providerAsked: (n: number) => Promise<void>
  let release: () => void
  /** From now on the provider does not answer until the test ends. */
  let hangProvider: () => void

  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    logged = []
    const waiting: { n: number; resolve: () => void }[] = []
    let asked = 0
    providerAsked = (n) => new Promise((resolve) => (asked >= n ? resolve() : waiting.push({ n, resolve })))
    let hang = false
    const hanging = new Promise<void>((resolve) => (release = resolve))
    h.services.notify = {
      async send(_n: Notification) {
        asked++
        for (const w of waiting.filter((w) => asked >= w.n)) w.resolve()
        if (hang) await hanging
        throw new DeliveryError('wechat', 'unavailable', '-1', 'system busy')
      }
    }
    hangProvider = () => void (hang = true)
    const log = (message: string, details: object) => void logged.push({ message, details: details as Record<string, unknown> })
    worker = deliveryWorker({ db: getDb(), services: h.services, log: { warn: (d, m) => log(m, d), error: (d, m) => log(m, d) }, pollMs: 3_600_000 })
    await worker.start()
  })
  afterEach(async () => {
    release()
    await worker.stop()
    await h.app.close()
  })

  const system = () => ({ authorization: `Bearer ${h.staffToken}` })
  const submit = (headers: object, key: string) => h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...headers, 'idempotency-key': key }, payload: suggestion })
  const pending = async () => (await getDb().query<{ state: string; failure: string | null }>('SELECT state, failure FROM deliveries ORDER BY id')).map((d) => `${d.state}:${d.failure}`)

  it('still answers 201 for the submission, keeps the case and the in-app notice, and keeps the message to try again', async () => {
    const headers = await h.signIn('13812345678')
    const answer = await submit(headers, 'delivery-fails-0001')
    expect(answer.statusCode).toBe(201)
    const trackingNo = answer.json().trackingNo
    const mine = await h.app.inject({ method: 'GET', url: '/api/v1/cases/mine', headers })
    expect(mine.json().items.map((c: { trackingNo: string }) => c.trackingNo)).toEqual([trackingNo])
    const notices = await h.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers })
    expect(notices.json().items[0]).toMatchObject({ trackingNo, text: `您的意见建议已提交，事项编号 ${trackingNo}` })
    await providerAsked(1)
    await worker.stop()
    expect(await pending()).toEqual(['pending:unavailable'])
  })

  it('logs the failure without the phone number or openid', async () => {
    const trackingNo = (await submit(await h.signIn('13812345678'), 'delivery-logs-0001')).json().trackingNo
    await providerAsked(1)
    await worker.stop()
    expect(logged).toEqual([
      { message: 'notification not delivered, will retry', details: expect.objectContaining({ trackingNo, provider: 'wechat', failure: 'unavailable', providerCode: '-1', attempts: 1 }) }
    ])
    expect(JSON.stringify(logged)).not.toContain('13812345678')
  })

  it('does not hold the answer while the provider hangs', async () => {
    hangProvider()
    const headers = await h.signIn('13812345678')
    expect((await submit(headers, 'delivery-hangs-0001')).statusCode).toBe(201)
    await providerAsked(1)
    expect((await submit(headers, 'delivery-hangs-0002')).statusCode).toBe(201)
  })

  it('still records a staff action and tells the resident in the app when the delivery fails', async () => {
    const headers = await h.signIn('13812345678')
    const trackingNo = (await submit(headers, 'delivery-staff-0001')).json().trackingNo
    const accepted = await h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${trackingNo}/events`, headers: system(), payload: { type: 'accept' } })
    expect(accepted.statusCode).toBe(200)
    const notices = await h.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers })
    expect(notices.json().items.map((n: { text: string }) => n.text)).toContain(`您的意见建议（${trackingNo}）已受理`)
    await providerAsked(2)
    await worker.stop()
    expect(await pending()).toEqual(['pending:unavailable', 'pending:unavailable'])
  })

  it('still runs the supervision reminders, and keeps their messages to try again', async () => {
    const clerk = await staffHeaders(h.app, getDb(), { phone: '13900000001', roles: ['clerk'], department: 'civil' })
    const registered = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/cases',
      headers: clerk,
      payload: { receivedOn: '2026-10-20', channel: 'post', residentPhone: '13700001111', residentName: '李四', case: infoRequest }
    })
    expect(registered.statusCode).toBe(201)
    const run = await h.app.inject({ method: 'POST', url: '/api/v1/staff/reminders/run', headers: system() })
    expect(run.statusCode).toBe(200)
    expect(run.json().sent).not.toEqual([])
    await providerAsked(1)
    await worker.stop()
    expect(await pending()).toContain('pending:unavailable')
  })
})
