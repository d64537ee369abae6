import type { FastifyInstance } from 'fastify'
import { buildApp } from '../app'
import { describeEachEngine, truncateAll } from '../../test/support/db'

const TOKEN = 'metrics-token-0123456789abcdef-0123'

describeEachEngine('GET /metrics', (getDb) => {
  let app: FastifyInstance
  beforeEach(async () => {
    await truncateAll(getDb())
    app = await buildApp({ db: getDb(), metrics: { token: TOKEN }, residents: undefined })
  })
  afterEach(() => app.close())

  it('counts requests by route pattern and status, and gives their latency', async () => {
    await app.inject({ url: '/api/v1/notices/1' })
    await app.inject({ url: '/api/v1/notices/2' })
    await app.inject({ url: '/api/v1/health' })
    const res = await app.inject({ url: '/metrics' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/plain/)
    expect(res.body).toContain('jiefang_http_requests_total{method="GET",route="/api/v1/notices/:id",status="404"} 2')
    expect(res.body).toContain('jiefang_http_requests_total{method="GET",route="/api/v1/health",status="200"} 1')
    expect(res.body).toMatch(/jiefang_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health"\} 1/)
    expect(res.body).toContain('jiefang_nodejs_eventloop_lag_seconds')
  })

  it('gives the delivery queue by state and the cases overdue today by their kept keys', async () => {
    const db = getDb()
    await db.query(
      `INSERT INTO cases (id, tracking_no, kind, phone, title, body, received_on, channel)
       VALUES (1, 'QS-2020-000001', 'complaint', '13800000001', '路灯', '{}'::jsonb, '2020-01-02', 'online'),
              (2, 'QS-2020-000002', 'complaint', '13800000002', '路灯', '{}'::jsonb, '2020-01-02', 'online')`
    )
    await db.query(`UPDATE cases SET queue_stale = false, queue_step = 'handling', queue_due_date = '2020-03-01' WHERE id = 1`)
    await db.query(`UPDATE cases SET queue_stale = false, queue_step = 'done', queue_status = 'replied', queue_due_date = NULL WHERE id = 2`)
    const res = await app.inject({ url: '/metrics' })
    expect(res.body).toMatch(/^jiefang_cases_overdue 1$/m)
    expect(res.body).toMatch(/^jiefang_deliveries\{state="pending"\} 0$/m)
    expect(res.body).toMatch(/^jiefang_deliveries\{state="failed"\} 0$/m)
  })

  it('is not found through the proxy or from another machine without the token, and found with it', async () => {
    const proxied = await app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } })
    expect(proxied.statusCode).toBe(404)
    expect(proxied.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到该页面或接口' } })
    const remote = await app.inject({ url: '/metrics', remoteAddress: '192.0.2.10' })
    expect(remote.statusCode).toBe(404)
    const wrong = await app.inject({ url: '/metrics', remoteAddress: '192.0.2.10', headers: { authorization: 'Bearer not-the-token' } })
    expect(wrong.statusCode).toBe(404)
    const scraper = await app.inject({ url: '/metrics', remoteAddress: '192.0.2.10', headers: { authorization: `Bearer ${TOKEN}` } })
    expect(scraper.statusCode).toBe(200)
  })
})

describeEachEngine('an app built without metrics', (getDb) => {
  it('has no /metrics', async () => {
    const app = await buildApp({ db: getDb() })
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404)
    await app.close()
  })
})
