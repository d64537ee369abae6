import fs from 'node:fs'
import { citation, PARAMETER_LABELS } from '../src/core/eligibility'
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
  const unset = PROPERTY_RULES.filter((name) => v[name] === undefined).map((name) => PARAMETER_LABELS[name])
  if (added && unset.length > 0) console.log(`本版本没有规定：${unset.join('；')}。自测遇到这些情况时回答“还需确认”，请居民到窗口询问 / local property rules not set`)
  if (added && v.applyAtResidenceWithPermit === undefined) console.log('本版本没有规定持居住证在居住地申请：户口不在本街道的，自测请居民到户口所在地申请 / residence-permit rule not set')
}

/** Property rules the national ones leave to the provinces; a version without them makes the self-check say 还需确认. */
const PROPERTY_RULES = ['vehicleDisqualifies', 'extraHousingDisqualifies'] as const

run(process.argv[2]).catch((error: unknown) => {
  if (error instanceof InputError || error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof ParameterVersionConflict) console.error(error.message)
  else console.error('导入失败 / import failed:', error)
  process.exit(1)
})
