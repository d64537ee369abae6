import type { FastifyInstance } from 'fastify'
import { HealthSchema, ReadinessSchema } from '@/core/schemas/health'
import { buildApp } from '../app'
import { readMigrations } from '../db/migrator'
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

  it('answers liveness without the database: a server whose database hangs is still alive', async () => {
    const hanging = { ...getDb(), engine: getDb().engine, query: () => new Promise<never>(() => undefined) }
    const hangingApp = await buildApp({ db: hanging as never, version: 'x' })
    const res = await hangingApp.inject({ url: '/api/v1/health' })
    expect(res.statusCode).toBe(200)
    await hangingApp.close()
  })
})

describeEachEngine('GET /api/v1/ready', (getDb) => {
  it('is ready when the database answers and has every migration of this version', async () => {
    const app = await buildApp({ db: getDb() })
    const res = await app.inject({ url: '/api/v1/ready' })
    expect(res.statusCode).toBe(200)
    expect(ReadinessSchema.parse(res.json())).toEqual({ status: 'ready', database: getDb().engine, migration: readMigrations().at(-1)?.version })
    await app.close()
  })

  it('answers 503 NOT_READY when the database does not answer', async () => {
    const broken = { ...getDb(), engine: getDb().engine, query: () => Promise.reject(new Error('database gone')) }
    const brokenApp = await buildApp({ db: broken as never, version: 'x' })
    const res = await brokenApp.inject({ url: '/api/v1/ready' })
    expect(res.statusCode).toBe(503)
    expect(res.json()).toEqual({ error: { code: 'NOT_READY', message: '数据库暂时无法访问' } })
    await brokenApp.close()
  })

  it('answers 503 NOT_READY naming the migrations a database still lacks', async () => {
    const behind = { ...getDb(), engine: getDb().engine, query: async () => [{ version: '001' }] }
    const behindApp = await buildApp({ db: behind as never, version: 'x' })
    const res = await behindApp.inject({ url: '/api/v1/ready' })
    expect(res.statusCode).toBe(503)
    expect(res.json().error.message).toContain('002')
    await behindApp.close()
  })
})
