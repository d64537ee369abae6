import { ANNOUNCED_SCHEDULES, createCalendar, type WorkingDayCalendar } from '@/core/calendar'
import { YearScheduleFileSchema, type YearScheduleFile } from '@/core/schemas/calendar'
import type { Queryable } from '../db/db'

/** The imported year schedules, oldest year first. Each was validated on import and is checked again. */
export async function findImportedSchedules(db: Queryable): Promise<YearScheduleFile[]> {
  const rows = await db.query<{ schedule: unknown }>('SELECT schedule FROM calendar_years ORDER BY year')
  return rows.map((row) => YearScheduleFileSchema.parse(row.schedule))
}

/** Stores a year's schedule, replacing an earlier import of the same year. */
export async function saveImportedSchedule(db: Queryable, schedule: YearScheduleFile): Promise<void> {
  await db.query(
    `INSERT INTO calendar_years (year, schedule) VALUES ($1, $2::jsonb)
     ON CONFLICT (year) DO UPDATE SET schedule = EXCLUDED.schedule, imported_at = now()`,
    [schedule.year, JSON.stringify(schedule)]
  )
}

/** The calendar of the bundled years with the imported ones on top (an import wins). */
export async function loadCalendar(db: Queryable): Promise<WorkingDayCalendar> {
  return createCalendar([...ANNOUNCED_SCHEDULES, ...(await findImportedSchedules(db))])
}

/**
 * The calendar the server computes with, built once at start and again after an import through it.
 * Routes that need dates (calendar, cases) share one source.
 */
export class CalendarSource {
  private calendar: Promise<WorkingDayCalendar> | undefined

  constructor(private readonly db: Queryable) {}

  current(): Promise<WorkingDayCalendar> {
    if (this.calendar) return this.calendar
    const loading = loadCalendar(this.db)
    this.calendar = loading
    // A failed load (database down) is retried on the next request rather than kept.
    loading.catch(() => {
      if (this.calendar === loading) this.calendar = undefined
    })
    return loading
  }

  /** Stores a year's schedule and rebuilds the calendar with it. */
  async importYear(schedule: YearScheduleFile): Promise<WorkingDayCalendar> {
    await saveImportedSchedule(this.db, schedule)
    this.calendar = undefined
    return this.current()
  }
}
