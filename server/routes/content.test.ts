import type { FastifyInstance } from 'fastify'
import { createTestDb, type TestDb } from '../../test/support/db'
import { buildApp } from '../app'
import { bumpContentVersion } from '../cache/public-cache'
import { loadDemoContent } from '../demo/load-demo'
import { fixtureContent, PDF_BYTES, PNG_BYTES, PUBLISHED_COUNT, TITLES, WITHDRAW_SQL, writeFixtureFiles } from '../repositories/__fixtures__/content'
import { contentDisposition } from './attachments'

let testDb: TestDb
let cached: FastifyInstance
let uncached: FastifyInstance

beforeAll(async () => {
  testDb = await createTestDb()
  await loadDemoContent(testDb.db, fixtureContent, writeFixtureFiles())
  await testDb.db.query(WITHDRAW_SQL)
  cached = await buildApp({ db: testDb.db, publicCache: true })
  uncached = await buildApp({ db: testDb.db, publicCache: false })
}, 60_000)

afterAll(async () => {
  await cached?.close()
  await uncached?.close()
  await testDb?.cleanup()
})

const get = (url: string, headers: Record<string, string> = {}, app: FastifyInstance = cached) => app.inject({ method: 'GET', url: `/api/v1${url}`, headers })

async function idOfNotice(title: string): Promise<number> {
  const [row] = await testDb.db.query<{ id: number }>('SELECT id FROM notices WHERE title = $1', [title])
  return row.id
}

describe('GET /catalogue', () => {
  it('answers the catalogue tree with counts, guides counted under 办事指南', async () => {
    const res = await get('/catalogue')
    expect(res.statusCode).toBe(200)
    const { categories } = res.json()
    expect(categories.find((c: { id: string }) => c.id === 'gov').count).toBe(5)
    expect(categories.find((c: { id: string }) => c.id === 'guides').count).toBe(2)
  })
})

describe('GET /notices', () => {
  it('answers a page of published notices', async () => {
    const res = await get('/notices?pageSize=5')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ total: PUBLISHED_COUNT, page: 1, pageSize: 5 })
    expect(res.json().items).toHaveLength(5)
  })

  it('finds every notice mentioning 低保, a title match first', async () => {
    const res = await get(`/notices?q=${encodeURIComponent('低保')}`)
    expect(res.json().items.map((n: { title: string }) => n.title)).toEqual([
      TITLES.standard,
      TITLES.thriceInBody,
      TITLES.onceInBodyNewer,
      TITLES.onceInBodyOlder
    ])
  })

  it('lists everything for a blank search', async () => {
    const res = await get('/notices?q=%20%20')
    expect(res.statusCode).toBe(200)
    expect(res.json().total).toBe(PUBLISHED_COUNT)
  })

  it('refuses a NUL character in the search box with 400 and a Chinese message, as in any text (issue 11)', async () => {
    const res = await get(`/notices?q=${encodeURIComponent('低\u0000保')}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields.q).toBe('含有无法保存的字符（空字符或残缺的表情符号），请删除后再试')
  })

  it('rejects an unknown category with 400 and says so in Chinese', async () => {
    const res = await get('/notices?category=weather')
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({ error: { code: 'VALIDATION_FAILED', message: '没有这个公开类别', fields: { category: '没有这个公开类别' } } })
  })

  it('rejects a page that is not a number with 400', async () => {
    const res = await get('/notices?page=abc')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields).toEqual({ page: '页码必须是数字' })
  })

  it('rejects page 0 with 400', async () => {
    const res = await get('/notices?page=0')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields).toEqual({ page: '页码从 1 开始' })
  })

  it('rejects more than 50 notices per page with 400', async () => {
    const res = await get('/notices?pageSize=51')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields).toEqual({ pageSize: '每页最多 50 条' })
  })

  it('rejects a search of more than 100 characters with 400', async () => {
    const res = await get(`/notices?q=${encodeURIComponent('低'.repeat(101))}`)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields).toEqual({ q: '搜索词最多 100 个字' })
  })
})

describe('GET /notices/:id', () => {
  it('answers a published notice with its attachments', async () => {
    const res = await get(`/notices/${await idOfNotice(TITLES.standard)}`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ title: TITLES.standard, attachmentCount: 2 })
  })

  it('answers 404 for a notice that does not exist', async () => {
    const res = await get('/notices/999999')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'NOTICE_NOT_FOUND', message: '未找到该公告，可能已撤下' } })
  })

  it('answers 404 for a withdrawn notice', async () => {
    const res = await get(`/notices/${await idOfNotice(TITLES.withdrawn)}`)
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('NOTICE_NOT_FOUND')
  })

  it('answers 404 for an id beyond any stored notice', async () => {
    const res = await get('/notices/2147483647')
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('NOTICE_NOT_FOUND')
  })

  it('answers 400 for an id no notice can have (beyond 2^31−1, what an integer column holds)', async () => {
    const res = await get('/notices/99999999999')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('answers 400 for an id that is not a number', async () => {
    const res = await get('/notices/abc')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields).toEqual({ id: '编号必须是数字' })
  })
})

describe('GET /guides', () => {
  it('answers a page of service guides', async () => {
    const res = await get('/guides')
    expect(res.statusCode).toBe(200)
    expect(res.json().total).toBe(2)
  })

  it('rejects a search of more than 100 characters with 400', async () => {
    const res = await get(`/guides?q=${encodeURIComponent('低'.repeat(101))}`)
    expect(res.statusCode).toBe(400)
  })

  it('answers a guide with its eight disclosures', async () => {
    const { items } = (await get('/guides')).json()
    const res = await get(`/guides/${items[0].id}`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toHaveProperty('materials')
    expect(res.json()).toHaveProperty('department.phone')
  })

  it('answers 404 for a guide that does not exist', async () => {
    const res = await get('/guides/999999')
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('GUIDE_NOT_FOUND')
  })
})

describe('GET /contacts', () => {
  it('answers the office, hotlines, leaders, departments and reception days', async () => {
    const res = await get('/contacts')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ dutyPhone: fixtureContent.dutyPhone, supervisionHotline: fixtureContent.supervisionHotline })
    expect(res.json().leaders).toHaveLength(2)
  })

  it('links a leader photo that answers the image', async () => {
    const { leaders } = (await get('/contacts')).json()
    const res = await cached.inject({ method: 'GET', url: leaders[0].photoUrl })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
    expect(res.rawPayload.equals(PNG_BYTES)).toBe(true)
  })

  it('answers 404 for the photo of a leader who published none', async () => {
    const { leaders } = (await get('/contacts')).json()
    const res = await get(`/leaders/${leaders[1].id}/photo`)
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('NOT_FOUND')
  })
})

describe('GET /attachments/:id', () => {
  it('answers the file with its type, length and Chinese file name', async () => {
    const notice = (await get(`/notices/${await idOfNotice(TITLES.standard)}`)).json()
    const res = await cached.inject({ method: 'GET', url: notice.attachments[0].url })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-length']).toBe(String(PDF_BYTES.length))
    expect(res.headers['content-disposition']).toBe(contentDisposition('2026年低保标准.pdf'))
    expect(res.rawPayload.equals(PDF_BYTES)).toBe(true)
  })

  it('answers the same file, type and name again from the cache', async () => {
    const notice = (await get(`/notices/${await idOfNotice(TITLES.standard)}`)).json()
    const first = await cached.inject({ method: 'GET', url: notice.attachments[1].url })
    const again = await cached.inject({ method: 'GET', url: notice.attachments[1].url })
    expect(again.rawPayload.equals(PNG_BYTES)).toBe(true)
    for (const header of ['content-type', 'content-length', 'content-disposition', 'etag']) {
      expect(again.headers[header]).toBe(first.headers[header])
    }
    expect(again.headers['content-disposition']).toContain(encodeURIComponent('标准对比图.png'))
  })

  it('answers 404 for an attachment that does not exist', async () => {
    const res = await get('/attachments/999999')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'ATTACHMENT_NOT_FOUND', message: '未找到该附件，可能已撤下' } })
  })
})

describe('GET /contacts before the office is described', () => {
  let empty: TestDb
  let app: FastifyInstance

  beforeAll(async () => {
    empty = await createTestDb()
    app = await buildApp({ db: empty.db, publicCache: true })
  }, 60_000)

  afterAll(async () => {
    await app?.close()
    await empty?.cleanup()
  })

  it('answers 404 and says the contacts are not published yet', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/contacts' })
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: '街道的联系方式还没有公布' } })
  })
})

describe('the file name of a download', () => {
  it('is given in UTF-8 with an ASCII stand-in for old clients', () => {
    expect(contentDisposition('2026年预算.pdf')).toBe(
      `inline; filename="2026_.pdf"; filename*=UTF-8''2026%E5%B9%B4%E9%A2%84%E7%AE%97.pdf`
    )
  })

  it('escapes quotes and the characters RFC 5987 reserves', () => {
    expect(contentDisposition(`a"b'(1)*.pdf`)).toBe(`inline; filename="a_b'(1)*.pdf"; filename*=UTF-8''a%22b%27%281%29%2A.pdf`)
  })
})

describe('caching of public answers', () => {
  it('tags every answer with a strong ETag and lets it be kept for a minute', async () => {
    for (const url of ['/catalogue', '/notices', '/guides', '/contacts']) {
      const res = await get(url)
      expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
      expect(res.headers['cache-control']).toBe('public, max-age=60')
    }
  })

  it('answers 304 without a body when the client already holds the answer', async () => {
    const first = await get('/notices')
    const again = await get('/notices', { 'if-none-match': first.headers.etag as string })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.etag).toBe(first.headers.etag)
  })

  it('answers 304 for a file the client already holds', async () => {
    const notice = (await get(`/notices/${await idOfNotice(TITLES.standard)}`)).json()
    const first = await cached.inject({ method: 'GET', url: notice.attachments[0].url })
    const again = await cached.inject({ method: 'GET', url: notice.attachments[0].url, headers: { 'if-none-match': first.headers.etag as string } })
    expect(again.statusCode).toBe(304)
    expect(again.rawPayload.length).toBe(0)
  })

  it('answers in full when the client holds an older answer', async () => {
    const res = await get('/notices', { 'if-none-match': '"an-older-answer"' })
    expect(res.statusCode).toBe(200)
    expect(res.json().total).toBe(PUBLISHED_COUNT)
  })

  it('gives the same answer and tag with the cache as without it', async () => {
    const url = `/notices?q=${encodeURIComponent('低保')}&pageSize=3`
    await get(url)
    const fromCache = await get(url)
    const fromDatabase = await get(url, {}, uncached)
    expect(fromCache.body).toBe(fromDatabase.body)
    expect(fromCache.headers.etag).toBe(fromDatabase.headers.etag)
    expect(fromCache.headers['content-type']).toBe(fromDatabase.headers['content-type'])
  })

  it('shows a newly published notice once the content version is bumped', async () => {
    const before = await get('/notices?category=party-goals')
    expect(before.json().total).toBe(0)
    await testDb.db.query(
      `INSERT INTO notices (title, category, department_id, published_at, timeliness, body)
       SELECT '2026年党建工作目标', 'party-goals', id, '2026-03-02', 'fixed', '全年目标。' FROM departments ORDER BY id LIMIT 1`
    )
    // Published behind the cache's back: the kept answer stands until the version moves.
    expect((await get('/notices?category=party-goals')).json().total).toBe(0)
    bumpContentVersion()
    const after = await get('/notices?category=party-goals', { 'if-none-match': before.headers.etag as string })
    expect(after.statusCode).toBe(200)
    expect(after.json().items.map((n: { title: string }) => n.title)).toEqual(['2026年党建工作目标'])
    expect(after.headers.etag).not.toBe(before.headers.etag)
  })

  it('without the cache reads the database on every request', async () => {
    expect((await get('/notices?category=party-dues', {}, uncached)).json().total).toBe(0)
    await testDb.db.query(
      `INSERT INTO notices (title, category, department_id, published_at, timeliness, body)
       SELECT '党费收缴情况', 'party-dues', id, '2026-03-03', 'periodic', '本季度党费。' FROM departments ORDER BY id LIMIT 1`
    )
    expect((await get('/notices?category=party-dues', {}, uncached)).json().total).toBe(1)
    bumpContentVersion()
  })

  it('never keeps an error answer', async () => {
    const res = await get('/notices/999999')
    expect(res.headers.etag).toBeUndefined()
    expect(res.headers['cache-control']).toBeUndefined()
  })
})
