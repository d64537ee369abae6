import { describeEachEngine, truncateAll } from '../../test/support/db'
import { DeliveryError, type DeliveryFailure } from '../adapters/delivery'
import type { Notification } from '../adapters/notify'
import { claimDueDeliveries } from '../repositories/deliveries-repository'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { MAX_DELIVERY_ATTEMPTS } from './retry'
import { DELIVERY_LEASE_MS, deliveryWorker, type DeliveryWorker } from './worker'

const suggestion = { kind: 'suggestion', title: '小区路灯不亮', content: '三号楼前的路灯坏了两周' }
const quiet = { warn: () => undefined, error: () => undefined }
const failingWith = (failure: DeliveryFailure) => ({
  send: async (_n: Notification) => Promise.reject(new DeliveryError('aliyun-sms', failure, 'isv.TEST', `SendSms refused (${failure})`))
})

describeEachEngine('deliveries of notices by WeChat or SMS', (getDb) => {
  let h: ResidentHarness
  let resident: { authorization: string }
  const workers: DeliveryWorker[] = []
  let keys = 0

  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    resident = await h.signIn('13812345678')
  })
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()))
    await h.app.close()
  })

  const newWorker = (options: { pollMs?: number } = {}) => {
    const worker = deliveryWorker({ db: getDb(), services: h.services, log: quiet, ...options })
    workers.push(worker)
    return worker
  }
  const submit = async (key = `delivery-${++keys}-abcdef`): Promise<string> => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...resident, 'idempotency-key': key }, payload: suggestion })
    expect(answer.statusCode).toBe(201)
    return answer.json().trackingNo
  }
  const staffEvent = (trackingNo: string, payload: object) =>
    h.app.inject({ method: 'POST', url: `/api/v1/staff/cases/${trackingNo}/events`, headers: { authorization: `Bearer ${h.staffToken}` }, payload })
  const deliveries = () =>
    getDb().query<{ trackingNo: string; text: string; state: string; attempts: number; failure: string | null }>(
      'SELECT tracking_no AS "trackingNo", text, state, attempts, failure FROM deliveries ORDER BY id'
    )

  it('queues the notice of a submission with the case, and the worker sends it once', async () => {
    const no = await submit()
    const text = `您的意见建议已提交，事项编号 ${no}`
    expect(await deliveries()).toEqual([{ trackingNo: no, text, state: 'pending', attempts: 0, failure: null }])
    expect(h.notifications).toEqual([])
    expect(await h.deliver()).toBe(1)
    expect(h.notifications).toEqual([{ to: { phone: '13812345678' }, trackingNo: no, text, at: '2026-11-25T02:01:01.000Z' }])
    expect(await deliveries()).toEqual([expect.objectContaining({ state: 'sent', attempts: 1 })])
    expect(await h.deliver()).toBe(0)
    expect(h.notifications).toHaveLength(1)
  })

  it('queues no second notice when the phone resends the same submission', async () => {
    await submit('delivery-repeat-abcdef')
    await submit('delivery-repeat-abcdef')
    expect(await deliveries()).toHaveLength(1)
  })

  it('queues a notice of a staff action the resident is told about, and none of an internal note', async () => {
    const no = await submit()
    expect((await staffEvent(no, { type: 'note', text: '已电话联系物业' })).statusCode).toBe(200)
    expect((await staffEvent(no, { type: 'accept' })).statusCode).toBe(200)
    expect((await deliveries()).map((d) => d.text)).toEqual([`您的意见建议已提交，事项编号 ${no}`, `您的意见建议（${no}）已受理`])
  })

  it('queues nothing for a staff action that is refused', async () => {
    const no = await submit()
    await staffEvent(no, { type: 'accept' })
    expect((await staffEvent(no, { type: 'accept' })).statusCode).toBe(409)
    expect(await deliveries()).toHaveLength(2)
  })

  it('sends one resident’s notices in the order of their events', async () => {
    const no = await submit()
    await staffEvent(no, { type: 'accept' })
    await h.deliver()
    expect(h.notifications.map((n) => n.text)).toEqual([`您的意见建议已提交，事项编号 ${no}`, `您的意见建议（${no}）已受理`])
  })

  it('tries a message the provider could not take now again 30 seconds later, and then sends it', async () => {
    const no = await submit()
    const deliver = h.services.notify
    h.services.notify = failingWith('unavailable')
    expect(await h.deliver()).toBe(1)
    expect(await deliveries()).toEqual([expect.objectContaining({ state: 'pending', attempts: 1, failure: 'unavailable' })])
    h.services.notify = deliver
    h.advance(29_000)
    expect(await h.deliver()).toBe(0)
    h.advance(1_000)
    expect(await h.deliver()).toBe(1)
    expect(h.notifications.map((n) => n.trackingNo)).toEqual([no])
    expect(await deliveries()).toEqual([expect.objectContaining({ state: 'sent', attempts: 2, failure: null })])
  })

  it('tries a message again when the provider throttles the number', async () => {
    await submit()
    h.services.notify = failingWith('rate_limited')
    await h.deliver()
    expect(await deliveries()).toEqual([expect.objectContaining({ state: 'pending', failure: 'rate_limited' })])
  })

  it.each(['refused', 'bad_recipient', 'misconfigured'] as const)('does not try again a message that failed for good (%s)', async (failure) => {
    await submit()
    h.services.notify = failingWith(failure)
    expect(await h.deliver()).toBe(1)
    h.advance(24 * 3_600_000)
    expect(await h.deliver()).toBe(0)
    expect(await deliveries()).toEqual([expect.objectContaining({ state: 'failed', attempts: 1, failure })])
  })

  it('gives a message up after 10 attempts when the provider keeps failing', async () => {
    await submit()
    h.services.notify = failingWith('unavailable')
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS + 2; i++) {
      await h.deliver()
      h.advance(3_600_000)
    }
    expect(await deliveries()).toEqual([expect.objectContaining({ state: 'failed', attempts: MAX_DELIVERY_ATTEMPTS, failure: 'unavailable' })])
  })

  it('tries again what failed with an unexpected error, such as a full disk under the outbox', async () => {
    await submit()
    h.services.notify = { send: async () => Promise.reject(new Error('ENOSPC: no space left on device')) }
    await h.deliver()
    expect(await deliveries()).toEqual([expect.objectContaining({ state: 'pending', failure: 'unavailable' })])
  })

  it('after a restart sends at once what the dead worker had not claimed, and what it had claimed once its claim lapses', async () => {
    const claimedByTheDead = await submit()
    const waiting = await submit()
    // The dead worker claimed the first and died before marking it: it may or may not have gone out.
    expect((await claimDueDeliveries(getDb(), h.services.now(), new Date(h.services.now().getTime() + DELIVERY_LEASE_MS), 1)).map((d) => d.trackingNo)).toEqual([claimedByTheDead])
    const restarted = newWorker()
    expect(await restarted.drain()).toBe(1)
    expect(h.notifications.map((n) => n.trackingNo)).toEqual([waiting])
    h.advance(DELIVERY_LEASE_MS)
    expect(await restarted.drain()).toBe(1)
    expect(h.notifications.map((n) => n.trackingNo)).toEqual([waiting, claimedByTheDead])
    expect((await deliveries()).map((d) => [d.state, d.attempts])).toEqual([
      ['sent', 2],
      ['sent', 1]
    ])
  })

  it('as the only worker on the database (PGlite), sends at start what the dead process had claimed without waiting', async () => {
    const no = await submit()
    await claimDueDeliveries(getDb(), h.services.now(), new Date(h.services.now().getTime() + DELIVERY_LEASE_MS), 10)
    await newWorker({ pollMs: 3_600_000 }).start({ sole: true })
    expect(h.notifications.map((n) => n.trackingNo)).toEqual([no])
  })

  it('sends each message once when two workers send side by side', async () => {
    const numbers = []
    for (let i = 0; i < 25; i++) numbers.push(await submit())
    const [a, b] = [newWorker(), newWorker()]
    const [byA, byB] = await Promise.all([a.drain(), b.drain()])
    expect(byA + byB).toBe(25)
    expect(h.notifications.map((n) => n.trackingNo).sort()).toEqual([...numbers].sort())
    expect(new Set((await deliveries()).map((d) => `${d.state}:${d.attempts}`))).toEqual(new Set(['sent:1']))
  })

  it('sends at once after the commit, without waiting for its next look at the table', async () => {
    await newWorker({ pollMs: 3_600_000 }).start()
    const sent = new Promise<Notification>((resolve) => (h.services.notify = { send: async (n) => resolve(n) }))
    const no = await submit()
    expect((await sent).trackingNo).toBe(no)
  })

  it('answers the submission and the staff action as usual while the provider fails, and keeps the notices to try again', async () => {
    let calls = 0
    let twoTried: () => void = () => undefined
    const tried = new Promise<void>((resolve) => (twoTried = resolve))
    h.services.notify = {
      send: async () => {
        if (++calls === 2) twoTried()
        throw new DeliveryError('wechat', 'unavailable', '-1', 'system busy')
      }
    }
    await newWorker({ pollMs: 3_600_000 }).start()
    const no = await submit()
    expect((await staffEvent(no, { type: 'accept' })).statusCode).toBe(200)
    await tried
    await Promise.all(workers.splice(0).map((w) => w.stop()))
    expect((await deliveries()).map((d) => [d.state, d.failure])).toEqual([
      ['pending', 'unavailable'],
      ['pending', 'unavailable']
    ])
    const notices = await h.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: resident })
    expect(notices.json().total).toBe(2)
  })

  it('sends nothing more to an account that was closed, and keeps nothing of it queued', async () => {
    await submit()
    expect((await h.app.inject({ method: 'DELETE', url: '/api/v1/me', headers: resident })).statusCode).toBe(204)
    expect(await h.deliver()).toBe(0)
    expect(h.notifications).toEqual([])
    expect(await deliveries()).toEqual([])
  })
})
