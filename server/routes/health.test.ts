import type { FastifyInstance } from 'fastify'
import { HealthSchema } from '@/core/schemas/health'
import { buildApp } from '../app'
import { describeEachEngine } from '../../test/support/db'
import packageJson from '../../package.json'

describeEachEngine('GET /api/v1/health', (getDb) => {
  let app: FastifyInstance
  beforeAll(async () => {
    app = await buildApp({ db: getDb() })
  })
  afterAll(() => app.close())

  it('says ok, names the database engine and gives the version of package.json', async () => {
    const res = await app.inject({ url: '/api/v1/health' })
    expect(res.statusCode).toBe(200)
    expect(HealthSchema.parse(res.json())).toEqual({ status: 'ok', database: getDb().engine, version: packageJson.version })
  })

  it('answers 500 when the database does not answer', async () => {
    const broken = { ...getDb(), engine: getDb().engine, query: () => Promise.reject(new Error('database gone')) }
    const brokenApp = await buildApp({ db: broken as never, version: 'x' })
    const res = await brokenApp.inject({ url: '/api/v1/health' })
    expect(res.statusCode).toBe(500)
    expect(res.json().error.code).toBe('INTERNAL_ERROR')
    await brokenApp.close()
  })
})
