import fs from 'node:fs'
import { citation } from '../src/core/eligibility'
import { ParameterSetSchema, type ParameterSet } from '../src/core/schemas/eligibility'
import { ConfigError, loadConfig } from '../server/config'
import { DataDirInUseError } from '../server/db/lock'
import { migrate } from '../server/db/migrator'
import { openDb } from '../server/db/open'
import { ParameterVersionConflict, saveParameterVersion } from '../server/repositories/eligibility-parameters-repository'

/**
 * `npm run eligibility:import -- FILE`: validates a version of the local parameters of the benefit
 * self-check (the format of src/core/eligibility/README.md) and adds it to the kept history. A
 * version is never overwritten. On the embedded database it takes DATA_DIR's lock like the server, so
 * stop the server first (it reads the versions when it starts); on a PostgreSQL server restart it.
 */

class InputError extends Error {}

function readParameterFile(file: string): ParameterSet {
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new InputError(`无法读取 ${file}：${(error as Error).message}`)
  }
  const parsed = ParameterSetSchema.safeParse(data)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(文件)'}：${issue.message}`)
    throw new InputError(`${file} 不是有效的惠民政策参数：\n${lines.join('\n')}`)
  }
  return parsed.data
}

async function run(file: string | undefined): Promise<void> {
  if (!file) throw new InputError('用法 / usage: npm run eligibility:import -- 文件.json')
  const set = readParameterFile(file)
  const db = await openDb(loadConfig())
  let added: boolean
  try {
    await migrate(db)
    added = await saveParameterVersion(db, set)
  } finally {
    await db.close()
  }
  const v = set.values
  console.log(
    added
      ? `已导入参数版本 ${set.version} / imported${citation(set)}：城市低保标准 ${v.dibaoUrbanMonthly} 元，农村低保标准 ${v.dibaoRuralMonthly} 元（${set.source}）`
      : `参数版本 ${set.version} 已经导入过，内容相同，没有变化 / already imported, unchanged`
  )
}

run(process.argv[2]).catch((error: unknown) => {
  if (error instanceof InputError || error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof ParameterVersionConflict) console.error(error.message)
  else console.error('导入失败 / import failed:', error)
  process.exit(1)
})
