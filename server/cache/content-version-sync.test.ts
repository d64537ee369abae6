import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describePostgres } from '../../test/support/db'
import { spawnServer, waitForUrl, type ServerProcess } from '../../test/support/server-process'
import { migrate } from '../db/migrator'
import { PostgresDb } from '../db/postgres'
import { loadDemoContent } from '../demo/load-demo'

const databaseUrl = process.env.DATABASE_URL

interface Leader {
  id: number
  name: string
  post: string
  duties: string
  phone: string
}

describePostgres('two servers on one PostgreSQL database', () => {
  const schema = `test_cvs_${process.pid}_${randomBytes(3).toString('hex')}`
  const token = randomBytes(32).toString('base64url')
  const servers: ServerProcess[] = []
  const dirs: string[] = []

  beforeAll(async () => {
    if (!databaseUrl) throw new Error('REQUIRE_POSTGRES=1 but DATABASE_URL is not set')
    const db = await PostgresDb.open({ connectionString: databaseUrl, schema })
    try {
      await migrate(db)
      await loadDemoContent(db)
    } finally {
      await db.close()
    }
  }, 60_000)

  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGTERM')
    await Promise.all(servers.map((s) => s.exited))
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
    if (!databaseUrl) return
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await client.end()
  })

  const start = async (): Promise<string> => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiefang-cvs-'))
    dirs.push(dataDir)
    const server = spawnServer({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', DB_SCHEMA: schema, STAFF_TOKEN: token })
    servers.push(server)
    return waitForUrl(server)
  }

  it('serves a change made through server A from server B at once, though B had the old answer cached', async () => {
    const [a, b] = await Promise.all([start(), start()])
    const leadersOn = async (url: string) => ((await (await fetch(`${url}/api/v1/contacts`)).json()) as { leaders: Leader[] }).leaders
    const [leader] = await leadersOn(b)
    // B keeps its answer in its public cache; without word from A it would serve it for another minute.
    expect((await leadersOn(b))[0].duties).toBe(leader.duties)

    const duties = `${leader.duties}（已调整）`
    const { id, ...fields } = leader
    const changed = await fetch(`${a}/api/v1/staff/content/leaders/${id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...fields, duties })
    })
    expect(changed.status).toBe(200)

    let seen = ''
    for (let waited = 0; waited < 3_000 && seen !== duties; waited += 50) {
      seen = (await leadersOn(b)).find((l) => l.id === id)?.duties ?? ''
      if (seen !== duties) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(seen).toBe(duties)
  }, 120_000)
})
