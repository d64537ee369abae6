import type { FastifyInstance } from 'fastify'
import { describeEachEngine, truncateAll } from '../../test/support/db'
import { DeliveryError } from '../adapters/delivery'
import type { Notification } from '../adapters/notify'
import { buildApp } from '../app'
import { residentHarness, type ResidentHarness } from '../residents/testing'

const suggestion = { kind: 'suggestion', title: '小区路灯不亮', content: '三号楼前的路灯坏了两周' }

describeEachEngine('a notification that WeChat or the SMS gateway does not deliver', (getDb) => {
  let h: ResidentHarness
  let app: FastifyInstance
  let logged: { msg: string; trackingNo?: string; failure?: string }[]
  let nextLog: Promise<void>
  let onLog: () => void

  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    logged = []
    nextLog = new Promise((resolve) => (onLog = resolve))
    const stream = {
      write(line: string) {
        logged.push(JSON.parse(line) as (typeof logged)[number])
        onLog()
      }
    }
    app = await buildApp({ db: getDb(), residents: h.services, logger: { level: 'warn', stream } })
  })
  afterEach(async () => {
    await app.close()
    await h.app.close()
  })

  const failing = { send: async (_n: Notification) => Promise.reject(new DeliveryError('wechat', 'unavailable', '-1', 'system busy')) }
  const submit = (headers: object, key: string) => app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...headers, 'idempotency-key': key }, payload: suggestion })

  it('still answers 201 for the submission, keeps the case and the in-app notice, and logs the failure', async () => {
    const headers = await h.signIn('13812345678')
    h.services.notify = failing
    const answer = await submit(headers, 'delivery-fails-0001')
    expect(answer.statusCode).toBe(201)
    const trackingNo = answer.json().trackingNo
    const mine = await app.inject({ method: 'GET', url: '/api/v1/cases/mine', headers })
    expect(mine.json().items.map((c: { trackingNo: string }) => c.trackingNo)).toEqual([trackingNo])
    const notices = await app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers })
    expect(notices.json().items[0]).toMatchObject({ trackingNo, text: `您的意见建议已提交，事项编号 ${trackingNo}` })
    await nextLog
    expect(logged).toEqual([expect.objectContaining({ msg: 'notification not delivered', trackingNo, failure: 'unavailable' })])
  })

  it('does not hold the answer while the provider hangs', async () => {
    const headers = await h.signIn('13812345678')
    h.services.notify = { send: () => new Promise<void>(() => undefined) }
    expect((await submit(headers, 'delivery-hangs-0001')).statusCode).toBe(201)
  })

  it('still records a staff action and tells the resident in the app when the delivery fails', async () => {
    const headers = await h.signIn('13812345678')
    const trackingNo = (await submit(headers, 'delivery-staff-0001')).json().trackingNo
    h.services.notify = failing
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/v1/staff/cases/${trackingNo}/events`,
      headers: { authorization: `Bearer ${h.staffToken}` },
      payload: { type: 'accept' }
    })
    expect(accepted.statusCode).toBe(200)
    const notices = await app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers })
    expect(notices.json().items.map((n: { text: string }) => n.text)).toContain(`您的意见建议（${trackingNo}）已受理`)
    await nextLog
    expect(logged[0]).toMatchObject({ msg: 'notification not delivered', trackingNo })
  })
})
