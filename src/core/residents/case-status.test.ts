import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { clockOfCase } from '../cases'
import type { CaseEvent, CaseKind } from '../schemas/clock'
import { canCompleteCorrection, canRate, canRequestReview, canWithdraw, ratesAgainAfterFollowUp, residentStatusLabel, residentStatusOf, statusLabelOf, type RecordedEvent } from './case-status'

const calendar = createCalendar(ANNOUNCED_SCHEDULES)
const received = (on = '2025-11-03'): RecordedEvent => ({ type: 'received', on })

function statusOf(kind: CaseKind, events: RecordedEvent[], asOf = '2025-11-10') {
  const clockEvents = events.filter((e) => e.type !== 'rated' && e.type !== 'review_requested' && e.type !== 'followed_up') as CaseEvent[]
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

  it('a review of a 信访 reply may be asked for up to the 30th day after the reply', () => {
    const events = [received(), { type: 'replied', on: '2025-11-03' }]
    expect(canRequestReview('complaint', events, '2025-12-03')).toBe(true)
    expect(canRequestReview('complaint', events, '2025-12-04')).toBe(false)
  })

  it('a review is asked for once, and never of an information request', () => {
    const events = [received(), { type: 'replied', on: '2025-11-03' }]
    expect(canRequestReview('complaint', [...events, { type: 'review_requested', on: '2025-11-05' }], '2025-11-06')).toBe(false)
    expect(canRequestReview('info_request', events, '2025-11-06')).toBe(false)
  })
})
