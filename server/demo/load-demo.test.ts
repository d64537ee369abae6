import { createTestDb, truncateAll, type TestDb } from '../../test/support/db'
import { currentContentVersion } from '../cache/public-cache'
import { fixtureContent, writeFixtureFiles } from '../repositories/__fixtures__/content'
import { demoContent } from './content'
import { clearContent, isContentEmpty, loadDemoContent } from './load-demo'

let testDb: TestDb

beforeAll(async () => {
  testDb = await createTestDb()
}, 60_000)

afterAll(async () => {
  await testDb?.cleanup()
})

beforeEach(async () => {
  await truncateAll(testDb.db)
})

const count = async (table: string): Promise<number> =>
  (await testDb.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n

describe('loading the demo content', () => {
  it('finds a fresh database empty of content', async () => {
    expect(await isContentEmpty(testDb.db)).toBe(true)
  })

  it('loads every department, leader, reception day, notice, attachment and guide of the demo office within two seconds', async () => {
    const started = performance.now()
    await loadDemoContent(testDb.db)
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(2000)
    expect(await count('departments')).toBe(demoContent.departments.length)
    expect(await count('leaders')).toBe(demoContent.leaders.length)
    expect(await count('receptions')).toBe(demoContent.receptions.length)
    expect(await count('notices')).toBe(demoContent.notices.length)
    expect(await count('attachments')).toBe(demoContent.notices.reduce((n, notice) => n + notice.attachments.length, 0))
    expect(await count('guides')).toBe(demoContent.guides.length)
    expect(await count('office_settings')).toBe(3)
    expect(await isContentEmpty(testDb.db)).toBe(false)
  })

  it('keeps each department’s key, so that staff accounts of that department can draft for it', async () => {
    await loadDemoContent(testDb.db)
    const rows = await testDb.db.query<{ key: string }>('SELECT key FROM departments ORDER BY sort_order')
    expect(rows.map((r) => r.key)).toEqual(demoContent.departments.map((d) => d.key))
  })

  it('stores each leader photo that the demo names', async () => {
    await loadDemoContent(testDb.db)
    const withPhoto = demoContent.leaders.filter((l) => l.photo !== null).length
    const [row] = await testDb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM leaders WHERE photo IS NOT NULL')
    expect(row.n).toBe(withPhoto)
  })

  it('makes every cached public answer stale', async () => {
    const before = currentContentVersion()
    await loadDemoContent(testDb.db, fixtureContent, writeFixtureFiles())
    expect(currentContentVersion()).toBeGreaterThan(before)
  })

  it('changes nothing when a notice names a department that does not exist', async () => {
    const broken = { ...fixtureContent, notices: [{ ...fixtureContent.notices[0], departmentKey: 'no-such-office' }] }
    await expect(loadDemoContent(testDb.db, broken, writeFixtureFiles())).rejects.toThrow('no-such-office')
    expect(await isContentEmpty(testDb.db)).toBe(true)
    expect(await count('office_settings')).toBe(0)
  })

  it('changes nothing when a reception day names a leader who does not exist', async () => {
    const broken = { ...fixtureContent, receptions: [{ ...fixtureContent.receptions[0], leaderName: '张三' }] }
    await expect(loadDemoContent(testDb.db, broken, writeFixtureFiles())).rejects.toThrow('张三')
    expect(await isContentEmpty(testDb.db)).toBe(true)
  })

  it('refuses content that names a file which is missing, before writing anything', async () => {
    const broken = {
      ...fixtureContent,
      notices: [{ ...fixtureContent.notices[0], attachments: [{ name: '缺失.pdf', file: 'notices/missing.pdf', mimeType: 'application/pdf' }] }]
    }
    await expect(loadDemoContent(testDb.db, broken, writeFixtureFiles())).rejects.toThrow('notices/missing.pdf')
    expect(await isContentEmpty(testDb.db)).toBe(true)
  })
})

describe('clearing the content', () => {
  it('leaves the database empty of content, ready to load again', async () => {
    await loadDemoContent(testDb.db, fixtureContent, writeFixtureFiles())
    await clearContent(testDb.db)
    expect(await isContentEmpty(testDb.db)).toBe(true)
    expect(await count('attachments')).toBe(0)
    expect(await count('office_settings')).toBe(0)
    await loadDemoContent(testDb.db, fixtureContent, writeFixtureFiles())
    expect(await count('notices')).toBe(fixtureContent.notices.length)
  })
})
