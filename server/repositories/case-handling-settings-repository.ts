import { CaseHandlingSettingsSchema, type CaseHandlingSettings } from '@/core/schemas/staff'
import type { Queryable } from '../db/db'

/** The settings an office has not changed; the bodies its replies name have no default (an office's own district). */
export const DEFAULT_CASE_HANDLING_SETTINGS: CaseHandlingSettings = { replyApproval: { kinds: [] }, reconsiderationBody: null, reviewBody: null }

/** The office's settings, the defaults where none was saved; each stored value is checked again. */
export async function findCaseHandlingSettings(db: Queryable): Promise<CaseHandlingSettings> {
  const rows = await db.query<{ key: string; value: unknown }>('SELECT key, value FROM case_handling_settings')
  const saved = Object.fromEntries(rows.map((r) => [r.key, r.value]))
  return CaseHandlingSettingsSchema.parse({ ...DEFAULT_CASE_HANDLING_SETTINGS, ...saved })
}

/** Saves one setting, replacing what was there. */
export async function saveCaseHandlingSetting<K extends keyof CaseHandlingSettings>(db: Queryable, key: K, value: CaseHandlingSettings[K]): Promise<void> {
  await db.query(
    `INSERT INTO case_handling_settings (key, value) VALUES ($1, $2::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, JSON.stringify(value)]
  )
}
