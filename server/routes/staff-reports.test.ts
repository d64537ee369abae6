import { inflateRawSync } from 'node:zlib'
import { describeEachEngine, truncateAll } from '../../test/support/db'
import type { Db } from '../db/db'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'

/** A case put straight into the tables, with its events: the reports read nothing else. */
async function seedCase(
  db: Db,
  c: { no: string; kind: string; receivedOn: string; department: string | null; applicant?: object; events?: { type: string; on: string; data?: object }[] }
): Promise<void> {
  const [{ id }] = await db.query<{ id: number }>(
    `INSERT INTO cases (tracking_no, kind, title, body, received_on, department) VALUES ($1, $2, '测试事项', $3::jsonb, $4, $5) RETURNING id`,
    [c.no, c.kind, JSON.stringify(c.applicant ? { applicant: c.applicant } : {}), c.receivedOn, c.department]
  )
  for (const e of [{ type: 'received', on: c.receivedOn }, ...(c.events ?? [])]) {
    await db.query(`INSERT INTO case_events (case_id, type, on_date, data, actor) VALUES ($1, $2, $3, $4::jsonb, 'test')`, [id, e.type, e.on, JSON.stringify('data' in e ? e.data : {})])
  }
}

describeEachEngine('the staff reports API', (getDb) => {
  let h: ResidentHarness
  let office: { authorization: string }
  beforeEach(async () => {
    await truncateAll(getDb())
    // Wednesday 2026-11-25, 10:00 China time.
    h = await residentHarness(getDb(), '2026-11-25T02:00:00Z')
    office = await staffHeaders(h.app, getDb(), { phone: '13900000001', roles: ['disclosure'] })
    // Replied on the day of receipt (0 working days), 满意.
    await seedCase(getDb(), {
      no: 'QS-2026-000001',
      kind: 'info_request',
      receivedOn: '2026-11-02',
      department: 'civil',
      applicant: { type: 'organisation', organisationKind: 'legal_service' },
      events: [
        { type: 'replied', on: '2026-11-02', data: { outcome: 'partly_disclosed' } },
        { type: 'rated', on: '2026-11-03', data: { rating: 'satisfied' } }
      ]
    })
    // Accepted the next day, replied after 5 working days, 一般.
    await seedCase(getDb(), {
      no: 'QS-2026-000002',
      kind: 'complaint',
      receivedOn: '2026-11-03',
      department: 'urban',
      events: [
        { type: 'accepted', on: '2026-11-04' },
        { type: 'replied', on: '2026-11-10', data: { outcome: 'supported' } },
        { type: 'rated', on: '2026-11-11', data: { rating: 'average' } }
      ]
    })
    // Never accepted: the 15 days ran out on 2026-11-17.
    await seedCase(getDb(), { no: 'QS-2026-000003', kind: 'suggestion', receivedOn: '2026-11-02', department: 'civil' })
  })
  afterEach(async () => {
    await h.app.close()
  })

  const get = (url: string, headers = office) => h.app.inject({ method: 'GET', url: `/api/v1/staff/reports/${url}`, headers })

  it('computes the dashboard of November for the whole office, by hand', async () => {
    const answer = await get('dashboard?from=2026-11-01&to=2026-11-30')
    expect(answer.statusCode).toBe(200)
    expect(answer.json()).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      department: null,
      asOf: '2026-11-25',
      received: 3,
      closed: 2,
      completionRate: 0.6667,
      replied: 2,
      repliedOnTime: 2,
      onTimeRate: 1,
      averageWorkingDays: 2.5,
      onTheSpot: 1,
      onTheSpotRate: 0.5,
      ratings: { satisfied: 1, basically_satisfied: 0, average: 1, dissatisfied: 0, unknown: 0 },
      satisfactionRate: 0.5,
      appraisalScore: 85,
      overdueNow: 1
    })
  })

  it('counts one department when asked', async () => {
    const answer = await get('dashboard?from=2026-11-01&to=2026-11-30&department=civil')
    expect(answer.json()).toMatchObject({ department: 'civil', received: 2, closed: 1, appraisalScore: 100, overdueNow: 1 })
  })

  it('gives a clerk the figures of their own department and refuses another’s with 403', async () => {
    const clerk = await staffHeaders(h.app, getDb(), { phone: '13900000002', roles: ['clerk'], department: 'urban' })
    expect((await get('dashboard?from=2026-11-01&to=2026-11-30', clerk)).json()).toMatchObject({ department: 'urban', received: 1 })
    const refused = await get('dashboard?from=2026-11-01&to=2026-11-30&department=civil', clerk)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('FORBIDDEN')
  })

  it('refuses a request without a staff session with 401', async () => {
    const answer = await get('dashboard?from=2026-11-01&to=2026-11-30', { authorization: '' })
    expect(answer.statusCode).toBe(401)
    expect(answer.json().error.code).toBe('SESSION_REQUIRED')
  })

  it('refuses a period that ends before it starts with 400 and says why', async () => {
    const answer = await get('dashboard?from=2026-11-30&to=2026-11-01')
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: '开始日期不能晚于结束日期' })
  })

  it('exports the dashboard as CSV with a byte order mark for Excel', async () => {
    const answer = await get('dashboard?from=2026-11-01&to=2026-11-30&format=csv')
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(answer.headers['content-disposition']).toBe('attachment; filename="dashboard-2026-11-01-2026-11-30.csv"')
    expect([...answer.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(answer.rawPayload.toString('utf8')).toContain('\r\n评议得分,85\r\n')
  })

  it('writes a department asked for as text a spreadsheet will not run, not as a formula', async () => {
    const department = '=HYPERLINK("http://evil.example","点此")'
    const answer = await get(`dashboard?from=2026-11-01&to=2026-11-30&format=csv&department=${encodeURIComponent(department)}`)
    expect(answer.statusCode).toBe(200)
    const text = answer.rawPayload.toString('utf8')
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点此"")"`)
    expect(text).not.toMatch(/(^|[,\n])"?=HYPERLINK/)
  })

  it('answers the monthly trend for the charts', async () => {
    const answer = await get('trend?year=2026')
    expect(answer.statusCode).toBe(200)
    expect(answer.json().months[10]).toEqual({ month: '2026-11', received: 3, replied: 2, repliedOnTime: 2, onTimeRate: 1 })
  })

  it('counts a partly disclosed request of a law firm in its cell of the yearly table', async () => {
    const answer = await get('annual-disclosure?year=2026')
    expect(answer.statusCode).toBe(200)
    const rows = answer.json().rows as { key: string; counts: Record<string, number> | null }[]
    expect(rows.find((r) => r.key === 'partly_disclosed')?.counts).toEqual({ citizen: 0, commercial: 0, research: 0, social_welfare: 0, legal_service: 1, other: 0, total: 1 })
    expect(rows.find((r) => r.key === 'new')?.counts?.total).toBe(1)
  })

  it('exports the yearly table as an XLSX workbook whose sheet holds the template’s rows', async () => {
    const answer = await get('annual-disclosure?year=2026&format=xlsx')
    expect(answer.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const zip = answer.rawPayload
    expect(zip.readUInt32LE(0)).toBe(0x04034b50)
    const sheetAt = zip.indexOf('xl/worksheets/sheet1.xml')
    const local = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), sheetAt)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const xml = inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(local + 18))).toString('utf8')
    expect(xml).toContain('（二）部分公开')
    expect(xml).toContain('法人或其他组织：法律服务机构')
  })

  it('keeps the yearly table to the disclosure office, leaders and administrators', async () => {
    const head = await staffHeaders(h.app, getDb(), { phone: '13900000003', roles: ['head'], department: 'civil' })
    expect((await get('annual-disclosure?year=2026', head)).statusCode).toBe(403)
  })

  it('writes each report request to the audit log', async () => {
    await get('annual-disclosure?year=2026&format=csv')
    const rows = await getDb().query<{ action: string; detail: { report: string; format: string } }>('SELECT action, detail FROM staff_audit')
    expect(rows).toEqual([{ action: 'view_report', detail: expect.objectContaining({ report: 'annual-disclosure', format: 'csv' }) }])
  })
})
