import { YearScheduleFileSchema, type YearScheduleFile } from '../schemas/calendar'
import y2024 from './data/2024.json'
import y2025 from './data/2025.json'
import y2026 from './data/2026.json'

/**
 * The schedules the State Council has announced, as bundled with the app. Staff import later years
 * (`npm run calendar:import`) without a code change; an imported year overrides the bundled one.
 * Parsed through the same schema as an imported file, so a typo in the data fails at start-up.
 */
export const ANNOUNCED_SCHEDULES: readonly YearScheduleFile[] = [y2024, y2025, y2026].map((data) =>
  YearScheduleFileSchema.parse(data)
)
