import type { FastifyInstance } from 'fastify'
import { DEMO_PARAMETERS, evaluateEligibility } from '@/core/eligibility'
import type { Household, ParameterSet } from '@/core/schemas/eligibility'
import { createTestDb, type TestDb } from '../../test/support/db'
import { API_PREFIX, buildApp } from '../app'
import { EligibilityParametersSource, ParameterVersionConflict } from '../repositories/eligibility-parameters-repository'
import { eligibilityRoutes } from './eligibility'

let testDb: TestDb
let app: FastifyInstance
let source: EligibilityParametersSource

const TODAY = '2026-03-01'
const ISOLATED = `${API_PREFIX}/isolated`

beforeAll(async () => {
  testDb = await createTestDb()
  source = new EligibilityParametersSource(testDb.db)
  app = await buildApp({ db: testDb.db, publicCache: true })
  await app.register(eligibilityRoutes, { prefix: ISOLATED, db: testDb.db, parameters: source, today: () => TODAY })
}, 60_000)

afterAll(async () => {
  await app?.close()
  await testDb?.cleanup()
})

const household: Household = {
  area: 'urban',
  perCapitaMonthlyIncome: 1200,
  financialAssetsPerCapita: 8000,
  ownsExtraHousing: false,
  ownsVehicle: false,
  existingStatus: 'dibao',
  members: [
    { id: 'me', relation: 'self', age: 56, localHukou: true, canWork: true },
    { id: 'ma', relation: 'parent', age: 83, localHukou: true, hasDisability: true, disabilityCertificate: true, disabilityGrade: 1, disabilityCategory: 'visual', needsLongTermCare: true }
  ]
}

const check = (body: unknown, prefix = ISOLATED) => app.inject({ method: 'POST', url: `${prefix}/eligibility/check`, payload: body as object })

describe('POST /eligibility/check', () => {
  it('gives exactly the answer the app’s engine gives for the same household and day', async () => {
    const res = await check({ household, asOf: '2026-03-01' })
    expect(res.statusCode).toBe(200)
    const expected = JSON.parse(JSON.stringify(evaluateEligibility(household, DEMO_PARAMETERS, '2026-03-01')))
    expect(res.json()).toEqual(expected)
  })

  it('answers for today in China when no day is given', async () => {
    expect((await check({ household })).json().parameters.version).toBe('canglan-2026')
  })

  it('answers for a past day with the standard of that day', async () => {
    expect((await check({ household, asOf: '2025-06-01' })).json().parameters.version).toBe('canglan-2025')
  })

  it('is never cached: a household is personal data', async () => {
    const res = await check({ household, asOf: '2026-03-01' })
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers.etag).toBeUndefined()
  })

  it('is registered on the API', async () => {
    expect((await check({ household, asOf: '2026-03-01' }, API_PREFIX)).statusCode).toBe(200)
  })

  it.each([
    ['a negative age', { members: [{ id: 'me', relation: 'self', age: -1 }] }, 'household.members.0.age', '年龄不能小于 0'],
    ['an age in words', { members: [{ id: 'me', relation: 'self', age: '八十' }] }, 'household.members.0.age', '年龄必须是数字'],
    ['a grade 五级', { members: [{ id: 'me', relation: 'self', disabilityGrade: 5 }] }, 'household.members.0.disabilityGrade', '残疾等级必须是 1 到 4 的数字（一级到四级）'],
    ['an unknown relation', { members: [{ id: 'me', relation: 'cousin' }] }, 'household.members.0.relation', '家庭成员关系只能是：本人、配偶、子女、父母、祖父母、孙子女、兄弟姐妹或其他'],
    ['no members', { members: [] }, 'household.members', '至少要有一位家庭成员'],
    ['two members with one id', { members: [{ id: 'a', relation: 'self' }, { id: 'a', relation: 'spouse' }] }, 'household.members', '家庭成员编号不能重复'],
    ['a negative income', { members: [{ id: 'me', relation: 'self' }], perCapitaMonthlyIncome: -10 }, 'household.perCapitaMonthlyIncome', '家庭人均月收入不能是负数']
  ])('refuses %s with 400 and says why in Chinese', async (_, bad, field, message) => {
    const res = await check({ household: bad, asOf: '2026-03-01' })
    expect(res.statusCode).toBe(400)
    const { error } = res.json()
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.fields[field]).toBe(message)
  })

  it('refuses a day that does not exist with 400', async () => {
    const res = await check({ household, asOf: '2026-02-30' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields.asOf).toMatch(/真实存在的日期/)
  })

  it('refuses a day before any standard took effect with 422, not a server error', async () => {
    const res = await check({ household, asOf: '2020-01-01' })
    expect(res.statusCode).toBe(422)
    expect(res.json().error).toMatchObject({ code: 'RULE_VIOLATION', message: '2020-01-01 还没有生效的惠民政策标准，无法自测；请选择较晚的日期' })
  })
})

describe('GET /eligibility/rules', () => {
  it('gives the version in force today, every version newest first, and the programmes', async () => {
    const res = await app.inject({ method: 'GET', url: `${ISOLATED}/eligibility/rules` })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.asOf).toBe(TODAY)
    expect(body.inForce.version).toBe('canglan-2026')
    expect(body.history.map((v: ParameterSet) => v.version)).toEqual(['canglan-2026', 'canglan-2025'])
    expect(body.programmes.map((p: { guideName: string }) => p.guideName)).toContain('重度残疾人护理补贴申请')
  })

  it('is public content: an ETag, and 304 when the app already holds it', async () => {
    const first = await app.inject({ method: 'GET', url: `${API_PREFIX}/eligibility/rules` })
    expect(first.statusCode).toBe(200)
    expect(first.headers['cache-control']).toBe('public, max-age=60')
    const again = await app.inject({ method: 'GET', url: `${API_PREFIX}/eligibility/rules`, headers: { 'if-none-match': String(first.headers.etag) } })
    expect(again.statusCode).toBe(304)
  })
})

describe('importing parameter versions', () => {
  const [demo2025, demo2026] = [...DEMO_PARAMETERS]
  const office2026: ParameterSet = {
    ...demo2026,
    version: 'office-2026',
    source: '某区民政局关于调整城乡低保标准的通知',
    example: false,
    values: { ...demo2026.values, dibaoUrbanMonthly: 1500 }
  }

  it('an imported version replaces the demo versions and is used from its effective date', async () => {
    expect(await source.importVersion(office2026)).toBe(true)
    const rules = (await app.inject({ method: 'GET', url: `${ISOLATED}/eligibility/rules` })).json()
    expect(rules.history.map((v: ParameterSet) => v.version)).toEqual(['office-2026'])
    const res = await check({ household: { ...household, perCapitaMonthlyIncome: 1460 }, asOf: '2026-03-01' })
    expect(res.json().programmes[0]).toMatchObject({ id: 'dibao', status: 'eligible' })
    expect(res.json().parameters).toMatchObject({ version: 'office-2026', example: false })
  })

  it('keeps the history: an earlier version still answers for its own days', async () => {
    await source.importVersion({ ...demo2025, version: 'office-2025', example: false, source: '某区民政局关于公布城乡低保标准的通知' })
    expect((await check({ household, asOf: '2025-06-01' })).json().parameters.version).toBe('office-2025')
    expect((await check({ household, asOf: '2026-06-01' })).json().parameters.version).toBe('office-2026')
  })

  it('importing the same file again changes nothing', async () => {
    expect(await source.importVersion(office2026)).toBe(false)
  })

  it('refuses to overwrite a version with different values', async () => {
    await expect(source.importVersion({ ...office2026, values: { ...office2026.values, dibaoUrbanMonthly: 1600 } })).rejects.toThrow(ParameterVersionConflict)
  })

  it('refuses a second version for the same effective date', async () => {
    await expect(source.importVersion({ ...office2026, version: 'office-2026b' })).rejects.toThrow('2026-01-01 起执行的参数已经有版本 office-2026')
  })
})
