import { ConfigError, loadConfig } from '../server/config'
import { DataDirInUseError } from '../server/db/lock'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'

/**
 * `npm run db:migrate`: applies pending migrations without starting the server. On the embedded
 * database it takes DATA_DIR's lock like the server does, so it refuses to run while a server is up
 * (the server migrates at start-up anyway).
 */
async function run(): Promise<void> {
  const db = await openDb(loadConfig())
  try {
    const applied = await migrate(db)
    console.log(applied.length > 0 ? `已应用迁移 / applied: ${applied.join(', ')}` : '数据库已是最新 / already up to date')
  } finally {
    await db.close()
  }
}

run().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) console.error(error.message)
  else console.error('迁移失败 / migration failed:', error)
  process.exit(1)
})
