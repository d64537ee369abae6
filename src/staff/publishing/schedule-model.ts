import { addDays } from '@/core/calendar/dates'
import { isCalendarDate } from '@/core/schemas/common'

/**
 * Publishing at a set time (定时发布). Officials think in China time whatever their device says, so
 * the date and time they type are China time and the instant sent carries +08:00.
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * An instant as a China-time date and time to the minute.
 * @example chinaDateTime('2026-12-01T01:00:00Z') // '2026-12-01 09:00'
 */
export function chinaDateTime(instant: string): string {
  const china = new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString()
  return `${china.slice(0, 10)} ${china.slice(11, 16)}`
}

/**
 * How an item's state reads in a list: an approved item set for later says when it goes out.
 * @example statusWords({ status: 'approved', statusLabel: '领导已审批', scheduledAt: '2026-12-01T01:00:00Z' }) // '待发布（定时 2026-12-01 09:00）'
 */
export function statusWords(item: { status: string; statusLabel: string; scheduledAt: string | null }): string {
  return item.status === 'approved' && item.scheduledAt ? `待发布（定时 ${chinaDateTime(item.scheduledAt)}）` : item.statusLabel
}

/**
 * What the 定时发布 fields start with: tomorrow, 9 in the morning, China time.
 * @example defaultSchedule(new Date('2026-11-25T10:00:00Z')) // { date: '2026-11-26', time: '09:00' }
 */
export function defaultSchedule(now: Date): { date: string; time: string } {
  return { date: addDays(chinaDateTime(now.toISOString()).slice(0, 10), 1), time: '09:00' }
}

export type ScheduleCheck = { ok: true; publishAt: string } | { ok: false; errors: { date?: string; time?: string } }

/**
 * The instant to send for a date and time typed in China time, or what is wrong with them.
 * @example publishAtOf('2026-12-01', '9:00', new Date('2026-11-25T02:00:00Z')) // { ok: true, publishAt: '2026-12-01T09:00:00+08:00' }
 */
export function publishAtOf(date: string, time: string, now: Date): ScheduleCheck {
  const d = date.trim()
  const t = /^([01]?\d|2[0-3])[:：]([0-5]\d)$/.exec(time.trim())
  const errors: { date?: string; time?: string } = {}
  if (!isCalendarDate(d)) errors.date = '日期格式应为“年-月-日”，例如 2026-12-01'
  if (!t) errors.time = '时间格式应为“时:分”，例如 09:00'
  if (errors.date || errors.time || !t) return { ok: false, errors }
  const publishAt = `${d}T${t[1].padStart(2, '0')}:${t[2]}:00+08:00`
  if (Date.parse(publishAt) <= now.getTime()) return { ok: false, errors: { time: '定时发布的时间应晚于现在；要马上发布请选“立即发布”' } }
  return { ok: true, publishAt }
}
