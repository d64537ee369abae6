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

/**
 * The calendar the server computes with, built once at start and again after an import through it.
 * Routes that need dates (calendar, cases) share one source.
 */
export class CalendarSource {
  private loaded: Promise<{ calendar: WorkingDayCalendar; schedules: YearScheduleFile[] }> | undefined

  constructor(private readonly db: Queryable) {}

  current(): Promise<WorkingDayCalendar> {
    return this.load().then((l) => l.calendar)
  }

  /** Every schedule the calendar is built from, bundled then imported (an import of a year wins). */
  schedules(): Promise<YearScheduleFile[]> {
    return this.load().then((l) => l.schedules)
  }

  /** Stores a year's schedule and rebuilds the calendar with it. */
  async importYear(schedule: YearScheduleFile): Promise<WorkingDayCalendar> {
    await saveImportedSchedule(this.db, schedule)
    this.loaded = undefined
    return this.current()
  }

  private load(): Promise<{ calendar: WorkingDayCalendar; schedules: YearScheduleFile[] }> {
    if (this.loaded) return this.loaded
    const loading = findImportedSchedules(this.db).then((imported) => {
      const schedules = [...ANNOUNCED_SCHEDULES, ...imported]
      return { calendar: createCalendar(schedules), schedules }
    })
    this.loaded = loading
    // A failed load (database down) is retried on the next request rather than kept.
    loading.catch(() => {
      if (this.loaded === loading) this.loaded = undefined
    })
    return loading
  }
}
