import { BackupError } from '../server/backup/backup-file'
import { backUp } from '../server/backup/operations'
import { ConfigError, loadConfig } from '../server/config'

/**
 * `npm run backup -- FILE`: the database (pg_dump of the schema on a PostgreSQL server; PGlite's
 * data directory, through the running server when one holds DATA_DIR) and DATA_DIR/secrets.json, in
 * one file readable by its owner only. Safe while servers run. See server/backup/operations.ts.
 */
async function run(argv: string[]): Promise<void> {
  const [file] = argv
  if (!file || file === '--help') throw new BackupError('用法 / usage: npm run backup -- 备份文件路径 (FILE)')
  const began = Date.now()
  const manifest = await backUp(loadConfig(), file)
  const mb = (manifest.databaseBytes / 1_048_576).toFixed(1)
  console.log(`已备份 / backed up: ${file} (${manifest.engine}, migration ${manifest.migration}, ${mb} MB, ${((Date.now() - began) / 1000).toFixed(1)} s)`)
  if (!manifest.secrets) console.log('注意：DATA_DIR 中没有 secrets.json，备份不含密钥；若身份证号密钥来自 ID_ENCRYPTION_KEY，请另行保管 / note: no DATA_DIR/secrets.json, so the backup holds no secrets')
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof BackupError) console.error(error.message)
  else console.error('备份失败 / backup failed:', error)
  process.exit(1)
})
