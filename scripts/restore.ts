import { BackupError } from '../server/backup/backup-file'
import { restore } from '../server/backup/operations'
import { ConfigError, loadConfig } from '../server/config'
import { DataDirInUseError } from '../server/db/lock'

/**
 * `npm run restore -- FILE`: a backup of `npm run backup` into an empty database of the same engine
 * (an empty DATA_DIR with no server running, or a PostgreSQL database without the backup's schema),
 * with its secrets.json. Start the server afterwards: it applies newer migrations as usual.
 */
async function run(argv: string[]): Promise<void> {
  const [file] = argv
  if (!file || file === '--help') throw new BackupError('用法 / usage: npm run restore -- 备份文件路径 (FILE)')
  const began = Date.now()
  const manifest = await restore(loadConfig(), file)
  console.log(`已恢复 / restored: ${file} (${manifest.engine}, taken ${manifest.createdAt}, ${((Date.now() - began) / 1000).toFixed(1)} s)`)
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof BackupError || error instanceof DataDirInUseError) console.error(error.message)
  else console.error('恢复失败 / restore failed:', error)
  process.exit(1)
})
