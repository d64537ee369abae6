import { INT4_MAX, UNSTORABLE_TEXT_MESSAGE } from '@/core/schemas/primitives'
import { describeEachEngine, truncateAll } from '../../test/support/db'
import { operationKey, operationsOf, PUBLIC_OPERATIONS, type OpenApiDocument } from '../../test/fuzz/openapi'
import { residentHarness, type ResidentHarness } from '../residents/testing'
import { staffHeaders } from '../staff/testing'
import { ERROR_LIMITS } from './errors'

type Headers = Record<string, string>

/** A year's schedule with `count` holidays, each wrong in three ways: ~500 KB at 20,000. */
const hostileSchedule = (count: number) => ({
  year: 2027,
  source: { title: '通知' },
  holidays: Array.from({ length: count }, () => ({ name: 7, daysOff: ['2027-02-30'], makeUpWorkdays: 'x' }))
})

const complaint = (over: object = {}) => ({ kind: 'complaint', title: '路灯不亮', content: '青石路 12 号门口的路灯坏了一周', ...over })

describeEachEngine('what an attacker sends', (getDb) => {
  let h: ResidentHarness
  let admin: Headers
  let resident: Headers

  beforeEach(async () => {
    await truncateAll(getDb())
    h = await residentHarness(getDb())
    admin = await staffHeaders(h.app, getDb(), { phone: '13900000001', roles: ['admin', 'disclosure'] })
    resident = await h.signInWithConsent('13800000001')
  }, 30_000)
  afterEach(async () => {
    await h.app.close()
  })

  describe('signed-in routes check the session before the body', () => {
    it('refuses a 500 KB calendar without a session with 401 and a short answer', async () => {
      const payload = JSON.stringify(hostileSchedule(20_000))
      expect(payload.length).toBeGreaterThan(500_000)
      const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/calendar/years', payload, headers: { 'content-type': 'application/json' } })
      expect(answer.statusCode).toBe(401)
      expect(answer.json()).toEqual({ error: { code: 'SESSION_REQUIRED', message: '请先登录工作台' } })
    })

    it('refuses a resident’s case without a session with 401, even when the body is not JSON at all', async () => {
      const answer = await h.app.inject({ method: 'POST', url: '/api/v1/cases', payload: '{"kind":', headers: { 'content-type': 'application/json', 'idempotency-key': 'k'.repeat(20) } })
      expect(answer.statusCode).toBe(401)
      expect(answer.json().error.code).toBe('SESSION_REQUIRED')
    })

    it('answers 401 on every signed-in operation to a request without a session, whatever its body and path', async () => {
      const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/docs' })).json<OpenApiDocument>()
      const signedIn = operationsOf(doc).filter((op) => !PUBLIC_OPERATIONS.has(operationKey(op)))
      expect(signedIn.length).toBeGreaterThan(50)
      const wrong: string[] = []
      for (const op of signedIn) {
        const url = op.path.replace(/\{[^}]+\}/g, 'not-an-id')
        const withBody = op.method !== 'GET' && op.method !== 'DELETE'
        const answer = await h.app.inject({
          method: op.method as 'POST',
          url: `${url}?page=-1&from=x`,
          ...(withBody ? { payload: '{"broken":', headers: { 'content-type': 'application/json' } } : {})
        })
        if (answer.statusCode !== 401) wrong.push(`${operationKey(op)} answered ${answer.statusCode}`)
      }
      expect(wrong).toEqual([])
    })
  })

  it('names at most 20 fields of an invalid body, in a few kilobytes', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/calendar/years', headers: admin, payload: hostileSchedule(5_000) })
    expect(answer.statusCode).toBe(400)
    const { error } = answer.json()
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(error.fields).length).toBeLessThanOrEqual(ERROR_LIMITS.fields)
    expect(answer.body.length).toBeLessThan(8_000)
  })

  it('answers an upload without a multipart boundary with 400, not 500', async () => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/uploads', headers: { ...resident, 'content-type': 'multipart/form-data' }, payload: 'no boundary here' })
    expect(answer.statusCode).toBe(400)
    expect(answer.json().error.code).toBe('INVALID_BODY')
  })

  describe('text the database cannot store', () => {
    const refusedField = async (answer: { statusCode: number; json(): { error: { code: string; fields?: Record<string, string> } } }, field: string) => {
      expect(answer.statusCode).toBe(400)
      expect(answer.json().error.code).toBe('VALIDATION_FAILED')
      expect(answer.json().error.fields?.[field]).toBe(UNSTORABLE_TEXT_MESSAGE)
    }

    it('refuses a NUL character in a resident’s case with 400 and says why in Chinese', async () => {
      const answer = await h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...resident, 'idempotency-key': 'nul-in-case-1' }, payload: complaint({ content: '路灯坏了\u0000一周' }) })
      await refusedField(answer, 'content')
    })

    it('refuses half of a surrogate pair in a case staff register at the window', async () => {
      const answer = await h.app.inject({
        method: 'POST',
        url: '/api/v1/staff/cases',
        headers: admin,
        payload: { receivedOn: '2026-11-24', channel: 'window', residentPhone: '13800000002', residentName: '张\uD83D', case: complaint() }
      })
      await refusedField(answer, 'residentName')
    })

    it('refuses a NUL character in a service guide and a lone low surrogate in a reception day', async () => {
      const guide = await h.app.inject({ method: 'POST', url: '/api/v1/staff/guides', headers: admin, payload: { name: '低保\u0000申请' } })
      expect(guide.json().error.fields.name).toBe(UNSTORABLE_TEXT_MESSAGE)
      const reception = await h.app.inject({ method: 'POST', url: '/api/v1/staff/content/receptions', headers: admin, payload: { leaderId: 1, schedule: '每周三', place: '一楼\uDE00', topics: '民生' } })
      await refusedField(reception, 'place')
    })

    it('refuses a NUL character in a query string (department=%00)', async () => {
      const answer = await h.app.inject({ method: 'GET', url: '/api/v1/staff/timeliness?department=%00', headers: admin })
      await refusedField(answer, 'department')
    })

    it('keeps whole emoji, which the database stores', async () => {
      const answer = await h.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...resident, 'idempotency-key': 'emoji-in-case' }, payload: complaint({ content: '路灯坏了一周 😀' }) })
      expect(answer.statusCode).toBe(201)
    })
  })

  describe('numbers beyond an integer column', () => {
    const beyond = INT4_MAX + 1

    it('refuses a notification id above 2^31−1 with 400', async () => {
      const answer = await h.app.inject({ method: 'POST', url: '/api/v1/me/notifications/read', headers: resident, payload: { ids: [beyond] } })
      expect(answer.statusCode).toBe(400)
      expect(answer.json().error.code).toBe('VALIDATION_FAILED')
    })

    it('refuses account, notice and department ids above 2^31−1 in a path with 400', async () => {
      for (const url of [`/api/v1/staff/accounts/${beyond}/disable`, `/api/v1/staff/notices/${beyond}`, `/api/v1/notices/${beyond}`]) {
        const answer = await h.app.inject({ method: url.endsWith('disable') ? 'POST' : 'GET', url, headers: admin })
        expect([url, answer.statusCode]).toEqual([url, 400])
      }
      const department = await h.app.inject({
        method: 'PUT',
        url: '/api/v1/staff/content/departments/99999999999',
        headers: admin,
        payload: { name: '民政办', duties: '低保', phone: '021-1', address: '一楼', hours: '工作日' }
      })
      expect(department.statusCode).toBe(400)
    })

    it('refuses a handler id and a department id above 2^31−1 in a body with 400', async () => {
      const assign = await h.app.inject({ method: 'POST', url: '/api/v1/staff/cases/QS-2026-000001/events', headers: admin, payload: { type: 'assign', department: 'civil', handlerId: beyond } })
      expect(assign.statusCode).toBe(400)
      expect(assign.json().error.fields).toHaveProperty('handlerId')
      const notice = await h.app.inject({ method: 'POST', url: '/api/v1/staff/notices', headers: admin, payload: { title: '通知', category: 'policy', departmentId: beyond, timeliness: 'fixed', body: '正文' } })
      expect(notice.statusCode).toBe(400)
      expect(notice.json().error.fields).toHaveProperty('departmentId')
    })
  })
})
