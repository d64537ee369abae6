const CHINA_OFFSET_MS = 8 * 3600 * 1000

/**
 * The calendar date in China (UTC+8, no daylight saving) at an instant, whatever the server's TZ.
 * @example chinaDateOf(new Date('2026-11-25T17:30:00Z')) // '2026-11-26'
 */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * The instant a China calendar day begins.
 * @example startOfChinaDay('2026-11-26').toISOString() // '2026-11-25T16:00:00.000Z'
 */
export function startOfChinaDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`)
}
