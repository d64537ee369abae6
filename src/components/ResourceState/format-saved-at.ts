const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * When cached content was saved, as residents read it (China time, which has no daylight saving).
 * @example formatSavedAt('2026-11-25T01:05:00Z') // '11月25日 09:05'
 */
export function formatSavedAt(iso: string): string {
  const t = new Date(Date.parse(iso) + CHINA_OFFSET_MS)
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}
