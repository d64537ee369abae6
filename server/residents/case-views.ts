import type { WorkingDayCalendar } from '@/core/calendar'
import { clockOfCase, reviewClockOf } from '@/core/cases'
import { followUpClockOf, followUpsOf } from '@/core/staff/follow-up'
import {
  canCompleteCorrection,
  canRate,
  canRequestReview,
  canWithdraw,
  residentStatusOf,
  reviewRequestDeadline,
  statusLabelOf,
  suggestsReview,
  type RecordedEvent
} from '@/core/residents/case-status'
import {
  RATING_LABELS,
  REPLY_OUTCOME_LABELS,
  type CaseDetail,
  type CaseSummary,
  type Rating,
  type ReplyOutcome,
  type TimelineEntry
} from '@/core/schemas/cases'
import type { CaseEvent, Clock } from '@/core/schemas/clock'
import type { CaseRecord, StoredEvent } from '../repositories/cases-repository'
import type { UploadMeta } from '../repositories/uploads-repository'

/**
 * What a resident sees of a case: computed from its recorded events, the calendar and the day, with
 * identity numbers and phones masked. Nothing here is stored.
 */

const CLOCK_TYPES = new Set([
  'received',
  'correction_requested',
  'correction_received',
  'consultation_started',
  'consultation_ended',
  'accepted',
  'not_accepted',
  'extended',
  'replied',
  'withdrawn'
])

/** The events the statutory clock reads; ratings, reviews, notes and follow-ups do not move it. */
export function clockEventsOf(events: readonly StoredEvent[]): CaseEvent[] {
  return events
    .filter((e) => CLOCK_TYPES.has(e.type))
    .map((e) => ({ ...pick(e.data, ['correctionDueOn', 'party', 'letterReceivedOn', 'days', 'reason', 'approved', 'approvedBy']), type: e.type, on: e.on }) as CaseEvent)
}

function pick(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (data[k] !== undefined) out[k] = data[k]
  return out
}

/** The events as the resident predicates read them. */
export const recorded = (events: readonly StoredEvent[]): RecordedEvent[] =>
  events.map((e) => ({ type: e.type, on: e.on, rating: e.data.rating as Rating | undefined }))

export function clockOfRecord(c: CaseRecord, calendar: WorkingDayCalendar, asOf: string): Clock {
  return clockOfCase(c.kind, clockEventsOf(c.events), calendar, asOf)
}

export function toCaseSummary(c: CaseRecord, calendar: WorkingDayCalendar, asOf: string): CaseSummary {
  const clock = clockOfRecord(c, calendar, asOf)
  const { status, waitingOn } = residentStatusOf(recorded(c.events), clock)
  return { trackingNo: c.trackingNo, kind: c.kind, title: c.title, status, statusLabel: statusLabelOf({ status, waitingOn }), waitingOn, receivedOn: c.receivedOn, clock }
}

/** Ids of every file the resident may see on a case: their own attachments and the reply's. */
export function attachmentIdsOf(c: CaseRecord): string[] {
  const ids = [...((c.body.attachments as string[] | undefined) ?? [])]
  for (const e of c.events) ids.push(...((e.data.attachments as string[] | undefined) ?? []))
  return ids
}

/** `reviewBody`: the office's 复查 body (a setting), named to a resident who may ask for 复查. */
export function toCaseDetail(c: CaseRecord, calendar: WorkingDayCalendar, asOf: string, uploads: readonly UploadMeta[], reviewBody?: string): CaseDetail {
  const summary = toCaseSummary(c, calendar, asOf)
  const files = new Map(uploads.map((u) => [u.id, u]))
  const filesOf = (ids: unknown) => ((ids as string[] | undefined) ?? []).flatMap((id) => (files.get(id) ? [files.get(id) as UploadMeta] : []))
  const b = c.body
  const unit = summary.clock.unit === 'working_days' ? '个工作日' : '天'
  return {
    ...summary,
    content: b.content as string,
    department: b.department as string | undefined,
    topic: b.topic as string | undefined,
    location: b.location as CaseDetail['location'],
    attachments: filesOf(b.attachments),
    contactPhoneMasked: b.contactPhoneMasked as string | undefined,
    publishReply: Boolean(b.publishReply),
    applicant: b.applicant as CaseDetail['applicant'],
    format: b.format as CaseDetail['format'],
    delivery: b.delivery as CaseDetail['delivery'],
    citation: summary.clock.policy.citation,
    timeline: c.events.flatMap((e) => timelineEntry(e, unit, filesOf)),
    canWithdraw: canWithdraw(summary.status),
    canRate: canRate(recorded(c.events)),
    ...reviewOffer(c, calendar, asOf, reviewBody),
    canCompleteCorrection: canCompleteCorrection(summary.status),
    review: reviewClockOf(c.events, calendar, asOf) ?? undefined,
    followUp: followUpOf(c, calendar, asOf)
  }
}

/** Whether the resident may ask for 复查 now, until which day, to which body, and whether the page offers it up front. */
function reviewOffer(c: CaseRecord, calendar: WorkingDayCalendar, asOf: string, reviewBody?: string): Pick<CaseDetail, 'canRequestReview' | 'reviewDeadline' | 'reviewBody' | 'suggestsReview'> {
  const events = recorded(c.events)
  const can = canRequestReview(c.kind, events, asOf, calendar)
  return {
    canRequestReview: can,
    ...(can ? { reviewDeadline: reviewRequestDeadline(events, calendar) } : {}),
    ...(can && reviewBody ? { reviewBody } : {}),
    suggestsReview: suggestsReview(events)
  }
}

/** The latest follow-up (回访) owed or made after a 不满意 rating: when the office promised to call back. */
function followUpOf(c: CaseRecord, calendar: WorkingDayCalendar, asOf: string): CaseDetail['followUp'] {
  const latest = followUpsOf(recorded(c.events), asOf).at(-1)
  return latest ? followUpClockOf(latest, calendar, asOf) : undefined
}

function timelineEntry(e: StoredEvent, unit: string, filesOf: (ids: unknown) => UploadMeta[]): TimelineEntry[] {
  const d = e.data
  const at = { on: e.on }
  switch (e.type) {
    case 'received':
      return [{ type: 'received', ...at, label: '街道已收到您的事项' }]
    case 'accepted':
      return [{ type: 'accepted', ...at, label: '已受理，正在办理' }]
    case 'not_accepted':
      return [{ type: 'not_accepted', ...at, label: '不予受理', reason: d.reason as string }]
    case 'correction_requested':
      return [
        {
          type: 'correction_requested',
          ...at,
          label: '需要您补正以下材料（一次性告知），补正后重新计算答复期限',
          missing: d.missing as string[],
          correctionDueOn: d.correctionDueOn as string | undefined
        }
      ]
    case 'correction_received':
      return [{ type: 'correction_received', ...at, label: '已收到补正材料，答复期限从这一天重新计算', text: d.content as string | undefined, attachments: filesOf(d.attachments) }]
    case 'consultation_started':
      return [{ type: 'consultation_started', ...at, label: '正在征求有关方面意见，这段时间不计入答复期限' }]
    case 'consultation_ended':
      return [{ type: 'consultation_ended', ...at, label: '征求意见结束，继续计算答复期限' }]
    case 'extended':
      return [{ type: 'extended', ...at, label: `经批准，答复期限延长 ${String(d.days)} ${unit}`, reason: d.reason as string, days: d.days as number }]
    case 'replied': {
      const outcome = d.outcome as ReplyOutcome
      return [{ type: 'replied', ...at, label: `已答复：${REPLY_OUTCOME_LABELS[outcome]}`, outcome, text: d.text as string, attachments: filesOf(d.attachments) }]
    }
    case 'withdrawn':
      return [{ type: 'withdrawn', ...at, label: '您已撤回该事项', reason: d.reason as string | undefined }]
    case 'rated': {
      const rating = d.rating as Rating
      return [{ type: 'rated', ...at, label: `您的评价：${RATING_LABELS[rating]}`, rating, text: d.comment as string | undefined }]
    }
    case 'reply_delivered':
      return [{ type: 'reply_delivered', ...at, label: d.means === 'post' ? '您已签收邮寄的书面答复' : '书面答复已当面交给您' }]
    case 'review_requested':
      return [{ type: 'review_requested', ...at, label: '您已申请复查，街道将把复查请求转送上一级机关', reason: d.reason as string }]
    case 'review_forwarded':
      return [
        {
          type: 'review_forwarded',
          ...at,
          label: `街道已将您的复查请求转送${String(d.to)}，由该机关自收到之日起 30 日内提出复查意见并书面答复您`,
          body: d.to as string
        }
      ]
    case 'review_answered':
      return [{ type: 'review_answered', ...at, label: `${String(d.by)}的复查意见`, body: d.by as string, text: d.text as string }]
    case 'reopened':
      // The office's own re-handling: never the 复查, which is the higher body's.
      return [{ type: 'reopened', ...at, label: '街道重新办理您的事项' }]
    case 'followed_up':
      // What the office wrote of the call is its own; the resident sees that the call was made.
      return [{ type: 'followed_up', ...at, label: '街道已回访，听取了您的意见' }]
    default:
      // Internal notes are the office's own.
      return []
  }
}
