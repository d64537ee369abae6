import type { FastifyInstance } from 'fastify'
import { createTestDb, type TestDb } from '../../test/support/db'
import { buildApp } from '../app'
import { demoContent } from '../demo/content'
import { loadDemoContent } from '../demo/load-demo'

/**
 * The demo office served through the real routes: every answer must pass its response schema (a
 * mismatch would be a 500), so this checks the demo content and the repositories against the contract.
 */
let testDb: TestDb
let app: FastifyInstance

beforeAll(async () => {
  testDb = await createTestDb()
  await loadDemoContent(testDb.db)
  app = await buildApp({ db: testDb.db, publicCache: true })
}, 60_000)

afterAll(async () => {
  await app?.close()
  await testDb?.cleanup()
})

const get = (url: string) => app.inject({ method: 'GET', url })

describe('the demo office', () => {
  it('lists every notice across the pages of the list', async () => {
    const seen: number[] = []
    for (let page = 1; seen.length < demoContent.notices.length; page++) {
      const res = await get(`/api/v1/notices?pageSize=50&page=${page}`)
      expect(res.statusCode).toBe(200)
      if (res.json().items.length === 0) break
      seen.push(...res.json().items.map((n: { id: number }) => n.id))
    }
    expect(new Set(seen).size).toBe(demoContent.notices.length)
  })

  it('answers every notice, and every attachment with the bytes of its file', async () => {
    const ids = (await testDb.db.query<{ id: number }>('SELECT id FROM notices ORDER BY id')).map((r) => r.id)
    expect(ids).toHaveLength(demoContent.notices.length)
    for (const id of ids) {
      const res = await get(`/api/v1/notices/${id}`)
      expect(res.statusCode).toBe(200)
      for (const attachment of res.json().attachments) {
        const file = await get(attachment.url)
        expect(file.statusCode).toBe(200)
        expect(file.rawPayload.length).toBe(attachment.size)
      }
    }
  })

  it('answers every guide with its eight disclosures', async () => {
    const { items, total } = (await get('/api/v1/guides?pageSize=50')).json()
    expect(total).toBe(demoContent.guides.length)
    for (const guide of items) expect((await get(`/api/v1/guides/${guide.id}`)).statusCode).toBe(200)
  })

  it('answers the contacts page with a photo for each leader who has one', async () => {
    const res = await get('/api/v1/contacts')
    expect(res.statusCode).toBe(200)
    for (const leader of res.json().leaders.filter((l: { photoUrl: string | null }) => l.photoUrl)) {
      const photo = await get(leader.photoUrl)
      expect(photo.statusCode).toBe(200)
      expect(photo.headers['content-type']).toMatch(/^image\//)
    }
  })

  it('counts in the catalogue exactly the notices and guides it holds', async () => {
    const { categories } = (await get('/api/v1/catalogue')).json()
    const total = categories.reduce((sum: number, c: { count: number }) => sum + c.count, 0)
    expect(total).toBe(demoContent.notices.length + demoContent.guides.length)
  })
})
