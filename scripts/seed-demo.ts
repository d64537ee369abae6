import { ConfigError, loadConfig } from '../server/config'
import { DataDirInUseError } from '../server/db/lock'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'
import { clearContent, isContentEmpty, loadDemoContent } from '../server/demo/load-demo'

/**
 * `npm run seed:demo [-- --force]`: loads the demo office's content into the database of DATA_DIR or
 * DATABASE_URL. A database that already holds content is left alone unless --force is given, which
 * first removes all public content. On the embedded database it takes DATA_DIR's lock like the server,
 * so it refuses to run while a server is up (`npm start` loads the demo into an empty database itself).
 */
async function run(args: string[]): Promise<number> {
  const force = args.includes('--force')
  const db = await openDb(loadConfig())
  try {
    await migrate(db)
    if (!(await isContentEmpty(db))) {
      if (!force) {
        console.error('数据库中已有公开内容，未导入演示数据。确需覆盖，请加 --force / The database already holds content; nothing loaded. Use --force to replace it.')
        return 1
      }
      await clearContent(db)
      console.log('已清除原有公开内容 / existing content removed')
    }
    const started = performance.now()
    await loadDemoContent(db)
    console.log(`已导入演示数据（${Math.round(performance.now() - started)} 毫秒）/ demo content loaded`)
    return 0
  } finally {
    await db.close()
  }
}

run(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirInUseError) console.error(error.message)
    else console.error('导入演示数据失败 / loading the demo content failed:', error)
    process.exit(1)
  })
