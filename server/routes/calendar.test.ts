import type { FastifyInstance } from 'fastify'
import { createTestDb, type TestDb } from '../../test/support/db'
import { API_PREFIX, buildApp } from '../app'
import { CalendarSource } from '../repositories/calendar-repository'

let testDb: TestDb
let app: FastifyInstance
let calendar: CalendarSource

beforeAll(async () => {
  testDb = await createTestDb()
  calendar = new CalendarSource(testDb.db)
  app = await buildApp({ db: testDb.db, calendar })
}, 60_000)

afterAll(async () => {
  await app?.close()
  await testDb?.cleanup()
})

const get = (url: string) => app.inject({ method: 'GET', url: `${API_PREFIX}${url}` })

describe('GET /calendar/working-days', () => {
  it('answers the 20th working day after a receipt before the National Day holiday', async () => {
    const res = await get('/calendar/working-days?from=2025-09-26&add=20')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ date: '2025-10-30', provisional: false })
  })

  it('marks an answer that reaches into an unannounced year as provisional', async () => {
    expect((await get('/calendar/working-days?from=2026-12-20&add=20')).json()).toEqual({ date: '2027-01-18', provisional: true })
  })

  it.each([
    ['a day that does not exist', 'from=2025-02-30&add=1', 'from'],
    ['a date without leading zeros', 'from=2025-2-3&add=1', 'from'],
    ['a missing start date', 'add=1', 'from'],
    ['zero working days', 'from=2025-03-03&add=0', 'add'],
    ['more than 366 working days', 'from=2025-03-03&add=367', 'add'],
    ['a fraction of a day', 'from=2025-03-03&add=1.5', 'add'],
    ['a count that is not a number', 'from=2025-03-03&add=ten', 'add'],
    ['a missing count', 'from=2025-03-03', 'add']
  ])('refuses %s with 400 and a message in Chinese', async (_, query, field) => {
    const res = await get(`/calendar/working-days?${query}`)
    expect(res.statusCode).toBe(400)
    const { error } = res.json()
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(error.fields)).toContain(field)
    expect(error.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('says which message a missing count gets', async () => {
    expect((await get('/calendar/working-days?from=2025-03-03')).json().error.fields.add).toBe('请填写要推算的工作日天数')
  })

  it('refuses a count that runs past the calendar’s last year with 400, not a server error', async () => {
    const res = await get('/calendar/working-days?from=2100-12-01&add=100')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
  })
})

describe('GET /calendar/:year', () => {
  it('answers an announced year with its days off, make-up days and the notice it comes from', async () => {
    const res = await get('/calendar/2025')
    expect(res.statusCode).toBe(200)
    const year = res.json()
    expect(year).toMatchObject({
      year: 2025,
      provisional: false,
      source: { title: '国务院办公厅关于2025年部分节假日安排的通知', documentNumber: '国办发明电〔2024〕12号', publishedOn: '2024-11-12' }
    })
    expect(year.daysOff).toHaveLength(28)
    expect(year.makeUpWorkdays).toEqual([
      { date: '2025-01-26', holiday: '春节' },
      { date: '2025-02-08', holiday: '春节' },
      { date: '2025-04-27', holiday: '劳动节' },
      { date: '2025-09-28', holiday: '国庆节、中秋节' },
      { date: '2025-10-11', holiday: '国庆节、中秋节' }
    ])
  })

  it('answers an unannounced year as provisional, computed from the statutory holidays', async () => {
    const year = (await get('/calendar/2027')).json()
    expect(year.provisional).toBe(true)
    expect(year.makeUpWorkdays).toEqual([])
    expect(year.daysOff).toHaveLength(13)
    expect(year.source.title).toContain('全国年节及纪念日放假办法')
  })

  it.each([['1999'], ['2101'], ['abc']])('refuses the year %s with 400', async (year) => {
    const res = await get(`/calendar/${year}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('an imported year replaces the provisional one at once', async () => {
    await calendar.importYear({
      year: 2027,
      source: { title: '国务院办公厅关于2027年部分节假日安排的通知', publishedOn: '2026-11-20' },
      holidays: [{ name: '元旦', daysOff: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: [] }]
    })
    const year = (await get('/calendar/2027')).json()
    expect(year).toMatchObject({ provisional: false, source: { title: '国务院办公厅关于2027年部分节假日安排的通知' } })
    expect((await get('/calendar/working-days?from=2026-12-20&add=20')).json().provisional).toBe(false)
    // A server started afterwards loads the import from the database.
    const fresh = new CalendarSource(testDb.db)
    expect((await fresh.current()).announced.has(2027)).toBe(true)
  })
})

describe('the OpenAPI document', () => {
  it('describes both calendar routes with their parameters and answers', async () => {
    const res = await app.inject({ method: 'GET', url: `${API_PREFIX}/docs/json` })
    expect(res.statusCode).toBe(200)
    const { paths, components } = res.json()
    const workingDays = paths[`${API_PREFIX}/calendar/working-days`].get
    expect(workingDays.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['add', 'from'])
    expect(paths[`${API_PREFIX}/calendar/{year}`].get.parameters[0].name).toBe('year')
    expect(Object.keys(components.schemas)).toEqual(expect.arrayContaining(['WorkingDaysAnswer', 'CalendarYear']))
  })
})
