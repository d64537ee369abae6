import { createTestDb, type Engine } from '../support/db'
import { formatReport, fuzz } from './fuzzer'
import { operationsOf } from './openapi'
import { inProcessTarget } from './target'

/**
 * `npm run fuzz [-- --requests 25000 --seed 7 --engine pglite|postgres]`: the long round. The app runs
 * in this process (app.inject) on a fresh database with the demo content; PostgreSQL needs
 * DATABASE_URL. Prints requests sent, answers by status, 5xx count and the failing operations, and
 * exits 1 on any failure.
 */
function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

async function main(): Promise<void> {
  const requests = Number(option('requests', '25000'))
  const seed = Number(option('seed', String(Date.now() % 1_000_000)))
  const engine = option('engine', process.env.DATABASE_URL ? 'postgres' : 'pglite') as Engine
  const testDb = await createTestDb(engine)
  try {
    const { target, doc, harness } = await inProcessTarget(testDb.db)
    const operations = operationsOf(doc)
    console.log(`fuzzing ${operations.length} operations on ${engine}: ${requests} requests, seed ${seed}`)
    const started = Date.now()
    const report = await fuzz(doc, target, operations, {
      seed,
      requests,
      slowMs: 2_000,
      progress: (sent) => sent % 5_000 === 0 && console.log(`  ${sent} sent (${Math.round((Date.now() - started) / 1000)} s)`)
    })
    console.log(formatReport(report))
    console.log(`took ${Math.round((Date.now() - started) / 1000)} s`)
    await harness.app.close()
    process.exitCode = report.failures.length === 0 ? 0 : 1
  } finally {
    await testDb.cleanup()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
