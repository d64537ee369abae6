import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { clockOfCase } from '../cases'
import type { CaseEvent, CaseKind } from '../schemas/clock'
import {
  canCompleteCorrection,
  canRate,
  canRequestReview,
  canWithdraw,
  ratesAgainAfterFollowUp,
  replyDeliveredOn,
  residentStatusLabel,
  residentStatusOf,
  reviewRequestDeadline,
  statusLabelOf,
  suggestsReview,
  type RecordedEvent
} from './case-status'

const calendar = createCalendar(ANNOUNCED_SCHEDULES)
const received = (on = '2025-11-03'): RecordedEvent => ({ type: 'received', on })

function statusOf(kind: CaseKind, events: RecordedEvent[], asOf = '2025-11-10') {
  const clockEvents = events.filter((e) => !['rated', 'review_requested', 'review_forwarded', 'review_answered', 'followed_up'].includes(e.type)) as CaseEvent[]
  return residentStatusOf(events, clockOfCase(kind, clockEvents, calendar, asOf))
}

describe('residentStatusOf', () => {
  it('a new complaint waits on the office to decide whether to accept it', () => {
    expect(statusOf('complaint', [received()])).toEqual({ status: 'awaiting_acceptance', waitingOn: 'office' })
  })

  it('a new information request is being handled by the office', () => {
    expect(statusOf('info_request', [received()])).toEqual({ status: 'in_progress', waitingOn: 'office' })
  })

  it('a correction request makes the case wait on the resident', () => {
    const events = [received(), { type: 'correction_requested', on: '2025-11-05' }]
    expect(statusOf('info_request', events)).toEqual({ status: 'awaiting_your_correction', waitingOn: 'resident' })
  })

  it('a consultation makes the case wait on a third party', () => {
    const events = [received(), { type: 'consultation_started', on: '2025-11-05' }]
    expect(statusOf('info_request', events)).toEqual({ status: 'awaiting_third_party', waitingOn: 'third_party' })
  })

  it('a reply is shown as replied, and a review request after it as under review', () => {
    const replied = [received(), { type: 'replied', on: '2025-11-07' }]
    expect(statusOf('info_request', replied).status).toBe('replied')
    const complaint = [received(), { type: 'accepted', on: '2025-11-04' }, { type: 'replied', on: '2025-11-07' }, { type: 'review_requested', on: '2025-11-08' }]
    expect(statusOf('complaint', complaint)).toEqual({ status: 'under_review', waitingOn: 'office' })
    expect(statusLabelOf(statusOf('complaint', complaint))).toBe('已申请复查，等待街道转送上一级机关')
  })

  it('a forwarded 复查 waits on the body one level up, and its opinion ends the wait (信访工作条例 第三十五条)', () => {
    const asked = [received(), { type: 'accepted', on: '2025-11-04' }, { type: 'replied', on: '2025-11-07' }, { type: 'review_requested', on: '2025-11-08' }]
    const forwarded = [...asked, { type: 'review_forwarded', on: '2025-11-10' }]
    expect(statusOf('complaint', forwarded, '2025-11-12')).toEqual({ status: 'under_review', waitingOn: 'third_party' })
    expect(statusLabelOf(statusOf('complaint', forwarded, '2025-11-12'))).toBe('已申请复查，等待上一级机关答复')
    expect(statusOf('complaint', [...forwarded, { type: 'review_answered', on: '2025-11-20' }], '2025-11-21')).toEqual({ status: 'replied', waitingOn: 'nobody' })
  })

  it('the office’s new reply after 重新办理 does not end a 复查 still before the higher body', () => {
    const events = [
      received(),
      { type: 'accepted', on: '2025-11-04' },
      { type: 'replied', on: '2025-11-07' },
      { type: 'review_requested', on: '2025-11-08' },
      { type: 'review_forwarded', on: '2025-11-10' },
      { type: 'reopened', on: '2025-11-11' },
      { type: 'replied', on: '2025-11-12' }
    ]
    expect(statusOf('complaint', events, '2025-11-13').status).toBe('under_review')
  })

  it('a refusal to accept is shown as not accepted', () => {
    expect(statusOf('complaint', [received(), { type: 'not_accepted', on: '2025-11-04' }]).status).toBe('not_accepted')
  })

  it('a withdrawn case is withdrawn', () => {
    expect(statusOf('complaint', [received(), { type: 'withdrawn', on: '2025-11-04' }]).status).toBe('withdrawn')
  })

  it('every status has a plain label', () => {
    expect(residentStatusLabel('awaiting_your_correction')).toContain('补正')
  })
})

describe('what the resident may do', () => {
  it('a replied case rated 不满意 waits on the office until its follow-up, and says so', () => {
    const rated: RecordedEvent[] = [received(), { type: 'replied', on: '2025-11-07' }, { type: 'rated', on: '2025-11-08', rating: 'dissatisfied' }]
    const waiting = statusOf('info_request', rated)
    expect(waiting).toEqual({ status: 'replied', waitingOn: 'office' })
    expect(statusLabelOf(waiting)).toBe('已答复，等待街道回访')
    const called = statusOf('info_request', [...rated, { type: 'followed_up', on: '2025-11-10' }])
    expect(called).toEqual({ status: 'replied', waitingOn: 'nobody' })
    expect(statusLabelOf(called)).toBe('已答复')
  })

  it('a case still being handled can be withdrawn; a replied one cannot', () => {
    expect(canWithdraw('in_progress')).toBe(true)
    expect(canWithdraw('awaiting_your_correction')).toBe(true)
    expect(canWithdraw('replied')).toBe(false)
    expect(canWithdraw('withdrawn')).toBe(false)
  })

  it('a correction can be completed only while one is owed', () => {
    expect(canCompleteCorrection('awaiting_your_correction')).toBe(true)
    expect(canCompleteCorrection('in_progress')).toBe(false)
  })

  it('a reply can be rated once', () => {
    const replied = [received(), { type: 'replied', on: '2025-11-07' }]
    expect(canRate([received()])).toBe(false)
    expect(canRate(replied)).toBe(true)
    expect(canRate([...replied, { type: 'rated', on: '2025-11-08', rating: 'satisfied' }])).toBe(false)
  })

  it('a 不满意 rating may be given again once after the follow-up', () => {
    const rated: RecordedEvent[] = [received(), { type: 'replied', on: '2025-11-07' }, { type: 'rated', on: '2025-11-08', rating: 'dissatisfied' }]
    expect(canRate(rated)).toBe(false)
    const followed = [...rated, { type: 'followed_up', on: '2025-11-12' }]
    expect(canRate(followed)).toBe(true)
    expect(canRate([...followed, { type: 'rated', on: '2025-11-13', rating: 'average' }])).toBe(false)
  })

  it('a follow-up after the first 不满意 rating brings a second rating, after the second none', () => {
    const rated: RecordedEvent[] = [received(), { type: 'replied', on: '2025-11-07' }, { type: 'rated', on: '2025-11-08', rating: 'dissatisfied' }]
    expect(ratesAgainAfterFollowUp(rated)).toBe(true)
    const again = [...rated, { type: 'followed_up', on: '2025-11-12' }, { type: 'rated', on: '2025-11-13', rating: 'dissatisfied' as const }]
    expect(ratesAgainAfterFollowUp(again)).toBe(false)
  })

  it('a review of a 信访 reply may be asked for up to the 30th day after the reply (信访工作条例 第三十五条)', () => {
    const events = [received(), { type: 'replied', on: '2025-11-03' }]
    expect(canRequestReview('complaint', events, '2025-12-03', calendar)).toBe(true)
    expect(canRequestReview('complaint', events, '2025-12-04', calendar)).toBe(false)
  })

  it('a reply on 2026-09-01 can still be challenged on 2026-10-08: the 30th day falls in the National Day holiday (民法典 第二百零三条)', () => {
    const events = [received('2026-08-03'), { type: 'replied', on: '2026-09-01' }]
    expect(reviewRequestDeadline(events, calendar)).toBe('2026-10-08')
    expect(canRequestReview('complaint', events, '2026-10-08', calendar)).toBe(true)
    expect(canRequestReview('complaint', events, '2026-10-09', calendar)).toBe(false)
  })

  it('the 30 days run from the day a reply handed over or posted was received, as staff recorded it (第三十五条: 收到书面答复之日)', () => {
    const events = [received(), { type: 'replied', on: '2025-11-03' }, { type: 'reply_delivered', on: '2025-11-10' }]
    expect(replyDeliveredOn(events)).toBe('2025-11-10')
    expect(canRequestReview('complaint', events, '2025-12-10', calendar)).toBe(true)
  })

  it('a reply shown in the app is received the day it appears there', () => {
    expect(replyDeliveredOn([received(), { type: 'replied', on: '2025-11-03' }])).toBe('2025-11-03')
  })

  it('a review is asked for once per reply, and never of an information request', () => {
    const events = [received(), { type: 'replied', on: '2025-11-03' }]
    expect(canRequestReview('complaint', [...events, { type: 'review_requested', on: '2025-11-05' }], '2025-11-06', calendar)).toBe(false)
    expect(canRequestReview('info_request', events, '2025-11-06', calendar)).toBe(false)
  })

  it('the right to 复查 does not depend on the rating, but the page does not press it on a resident who rated the reply 满意', () => {
    const satisfied: RecordedEvent[] = [received(), { type: 'replied', on: '2025-11-03' }, { type: 'rated', on: '2025-11-04', rating: 'satisfied' }]
    expect(canRequestReview('complaint', satisfied, '2025-11-06', calendar)).toBe(true)
    expect(suggestsReview(satisfied)).toBe(false)
    expect(suggestsReview([...satisfied.slice(0, 2), { type: 'rated', on: '2025-11-04', rating: 'average' }])).toBe(true)
    expect(suggestsReview(satisfied.slice(0, 2))).toBe(true)
  })
})
