import { addCalendarDays, LAST_DAY_RULE_CITATION, workingDaysBetweenDays, type WorkingDayCalendar } from '../calendar/calendar'
import { dayNumber, formatChineseDate, formatChineseDayOf } from '../calendar/dates'
import type { ReviewClock } from '../schemas/cases'
import { DUE_SOON_WORKING_DAYS } from './clock'

/** 信访工作条例 第三十五条: the body asked for review answers within 30 days of receiving the request. */
export const REVIEW_ANSWER_DAYS = 30
export const REVIEW_CITATION =
  '《信访工作条例》第三十五条：收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复'

/** The events the review clock reads: the request, its forwarding (to whom) and the higher body's opinion. */
export interface ReviewEvent {
  type: string
  on: string
  data?: Record<string, unknown>
}

const nameIn = (e: ReviewEvent | undefined, key: string): string | undefined => {
  const value = e?.data?.[key]
  return typeof value === 'string' && value ? value : undefined
}

/**
 * The clock of a 复查 as of a day. The 复查 is decided by the body one level up (信访工作条例
 * 第三十五条), so its 30 calendar days run from the day that body received the request: the day the
 * office recorded forwarding it. That day not counted, a last day on a rest day moved to the next
 * working day (民法典 第二百零三条). Only that body's opinion (`review_answered`) answers it; the office's
 * own 重新办理 or 回访 never does. Null while no request was forwarded.
 * @example reviewClockOf([{ type: 'review_requested', on: '2025-11-06' }, { type: 'review_forwarded', on: '2025-11-08', data: { to: '某区人民政府' } }], cal, '2025-11-10')?.dueDate // '2025-12-08'
 */
export function reviewClockOf(events: readonly ReviewEvent[], cal: WorkingDayCalendar, asOf: string): ReviewClock | null {
  const happened = events.filter((e) => e.on <= asOf)
  const requestAt = happened.map((e) => e.type).lastIndexOf('review_requested')
  if (requestAt < 0) return null
  const requestedOn = happened[requestAt].on
  const after = happened.slice(requestAt + 1)
  const forwarded = after.find((e) => e.type === 'review_forwarded')
  if (!forwarded) return null
  const forwardedTo = nameIn(forwarded, 'to') ?? '上一级机关'
  const answered = after.find((e) => e.type === 'review_answered')
  const answer = addCalendarDays(cal, forwarded.on, REVIEW_ANSWER_DAYS)
  const due = dayNumber(answer.date)
  const lines = [
    `依据${REVIEW_CITATION}。`,
    `复查请求于${formatChineseDate(forwarded.on)}转送${forwardedTo}，当日不计入，自次日起按自然日计算${REVIEW_ANSWER_DAYS}日。`,
    answer.movedFrom
      ? `第${REVIEW_ANSWER_DAYS}日为${formatChineseDate(answer.movedFrom)}，是休息日，依据${LAST_DAY_RULE_CITATION}，以休假日结束的次日即${formatChineseDate(answer.date)}为复查意见的最后期限（含当日）。`
      : `第${REVIEW_ANSWER_DAYS}日为${formatChineseDate(answer.date)}，即复查意见的最后期限（含当日）。`
  ]
  if (answer.provisional) lines.push('有关年份的放假安排国务院尚未公布，期限暂按法定节假日推算，公布后可能调整。')
  const base = { requestedOn, forwardedOn: forwarded.on, forwardedTo, dueDate: answer.date, unit: 'days' as const, provisional: answer.provisional, citation: REVIEW_CITATION }
  if (answered !== undefined) {
    const on = dayNumber(answered.on)
    const by = nameIn(answered, 'by') ?? forwardedTo
    lines.push(`${formatChineseDayOf(on)}收到${by}的复查意见，${on <= due ? '在期限内' : '超过期限'}。`)
    return { ...base, answeredBy: by, remaining: due - on, status: on <= due ? 'answered_in_time' : 'answered_late', explanation: lines }
  }
  const today = dayNumber(asOf)
  const status = today > due ? 'overdue' : workingDaysBetweenDays(cal, today, due) <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track'
  return { ...base, remaining: due - today, status, explanation: lines }
}
