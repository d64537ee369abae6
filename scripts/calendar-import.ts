import fs from 'node:fs'
import { calendarYear, createCalendar } from '../src/core/calendar'
import { YearScheduleFileSchema, type YearScheduleFile } from '../src/core/schemas/calendar'
import { ConfigError, loadConfig } from '../server/config'
import { DataDirInUseError } from '../server/db/lock'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'
import { saveImportedSchedule } from '../server/repositories/calendar-repository'

/**
 * `npm run calendar:import -- FILE`: validates a year's schedule (the format of
 * src/core/calendar/README.md) and stores it, replacing the bundled or provisional year. On the
 * embedded database it takes DATA_DIR's lock like the server, so stop the server first (it loads
 * the imported years when it starts); on a PostgreSQL server restart the server after the import.
 */

class InputError extends Error {}

function readScheduleFile(file: string): YearScheduleFile {
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new InputError(`无法读取 ${file}：${(error as Error).message}`)
  }
  const parsed = YearScheduleFileSchema.safeParse(data)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(文件)'}：${issue.message}`)
    throw new InputError(`${file} 不是有效的放假安排：\n${lines.join('\n')}`)
  }
  return parsed.data
}

async function run(file: string | undefined): Promise<void> {
  if (!file) throw new InputError('用法 / usage: npm run calendar:import -- 文件.json')
  const schedule = readScheduleFile(file)
  const db = await openDb(loadConfig())
  try {
    await migrate(db)
    await saveImportedSchedule(db, schedule)
  } finally {
    await db.close()
  }
  const year = calendarYear(createCalendar([schedule]), schedule.year)
  console.log(
    `已导入 ${schedule.year} 年放假安排 / imported: ${year.daysOff.length} 天放假，${year.makeUpWorkdays.length} 个调休上班日（${schedule.source.title}）`
  )
}

run(process.argv[2]).catch((error: unknown) => {
  if (error instanceof InputError || error instanceof ConfigError || error instanceof DataDirInUseError) console.error(error.message)
  else console.error('导入失败 / import failed:', error)
  process.exit(1)
})
