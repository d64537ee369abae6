import { DEMO_PARAMETERS } from '@/core/eligibility'
import { ParameterSetSchema, type ParameterSet } from '@/core/schemas/eligibility'
import type { Queryable } from '../db/db'

/** The versions imported so far, newest first. Each was validated on import and is checked again. */
export async function findParameterVersions(db: Queryable): Promise<ParameterSet[]> {
  const rows = await db.query<{ parameters: unknown }>('SELECT parameters FROM eligibility_parameter_versions ORDER BY effective_from DESC')
  return rows.map((row) => ParameterSetSchema.parse(row.parameters))
}

/** Why an import was refused: the history is kept, so a version is never overwritten. */
export class ParameterVersionConflict extends Error {
  override name = 'ParameterVersionConflict'
}

/**
 * Stores a new version. Importing the same file again changes nothing; a different file under a
 * version name or an effective date already used is refused, so that past answers stay explicable.
 * Returns whether a row was added.
 */
export async function saveParameterVersion(db: Queryable, set: ParameterSet): Promise<boolean> {
  const existing = await db.query<{ version: string; effective_from: string; parameters: unknown }>(
    `SELECT version, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, parameters
       FROM eligibility_parameter_versions WHERE version = $1 OR effective_from = $2::date`,
    [set.version, set.effectiveFrom]
  )
  for (const row of existing) {
    if (row.version === set.version && JSON.stringify(ParameterSetSchema.parse(row.parameters)) === JSON.stringify(set)) return false
    throw new ParameterVersionConflict(
      row.version === set.version
        ? `版本 ${set.version} 已经导入过，内容不同；请换一个版本号`
        : `${set.effectiveFrom} 起执行的参数已经有版本 ${row.version}；每个执行日期只能有一个版本`
    )
  }
  await db.query('INSERT INTO eligibility_parameter_versions (version, effective_from, parameters) VALUES ($1, $2::date, $3::jsonb)', [
    set.version,
    set.effectiveFrom,
    JSON.stringify(set)
  ])
  return true
}

/** The history the engine uses: the office's imported versions, or the demo versions until there are any. */
export async function loadParameterHistory(db: Queryable): Promise<readonly ParameterSet[]> {
  const imported = await findParameterVersions(db)
  return imported.length > 0 ? imported : [...DEMO_PARAMETERS].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))
}

/** The parameter history the routes compute with, read once and again after an import through it. */
export class EligibilityParametersSource {
  private history: Promise<readonly ParameterSet[]> | undefined

  constructor(private readonly db: Queryable) {}

  current(): Promise<readonly ParameterSet[]> {
    if (this.history) return this.history
    const loading = loadParameterHistory(this.db)
    this.history = loading
    // A failed load (database down) is retried on the next request rather than kept.
    loading.catch(() => {
      if (this.history === loading) this.history = undefined
    })
    return loading
  }

  /** Stores a version and reads the history again. */
  async importVersion(set: ParameterSet): Promise<boolean> {
    const added = await saveParameterVersion(this.db, set)
    this.history = undefined
    return added
  }
}
