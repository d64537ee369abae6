import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { ReviewClockSchema } from '../schemas/cases'
import { REVIEW_CITATION, reviewClockOf, type ReviewEvent } from './review-clock'

const cal = createCalendar(ANNOUNCED_SCHEDULES)
const DISTRICT = '沧澜市望川区人民政府'
const replied = (on: string): ReviewEvent => ({ type: 'replied', on })
const review = (on: string): ReviewEvent => ({ type: 'review_requested', on })
const forwarded = (on: string): ReviewEvent => ({ type: 'review_forwarded', on, data: { to: DISTRICT } })
const opinion = (on: string): ReviewEvent => ({ type: 'review_answered', on, data: { by: DISTRICT } })

describe('复查 (信访工作条例 第三十五条: the body one level up answers within 30 days of receiving the request)', () => {
  it('there is no review clock before a review is asked for', () => {
    expect(reviewClockOf([replied('2025-09-10')], cal, '2025-09-20')).toBeNull()
  })

  it('the higher body’s 30 days do not start before the office forwards the request to it', () => {
    expect(reviewClockOf([replied('2025-09-10'), review('2025-09-16')], cal, '2025-09-20')).toBeNull()
  })

  it('the review is due on the 30th day after the higher body received it, that day not counted', () => {
    const clock = reviewClockOf([replied('2025-09-10'), review('2025-09-15'), forwarded('2025-09-16')], cal, '2025-09-16')
    expect(clock).toMatchObject({
      requestedOn: '2025-09-15',
      forwardedOn: '2025-09-16',
      forwardedTo: DISTRICT,
      dueDate: '2025-10-16',
      unit: 'days',
      remaining: 30,
      status: 'on_track',
      citation: REVIEW_CITATION
    })
    expect(ReviewClockSchema.parse(clock)).toEqual(clock)
    expect(clock?.explanation).toContain('复查请求于2025年9月16日（星期二）转送沧澜市望川区人民政府，当日不计入，自次日起按自然日计算30日。')
    expect(clock?.explanation.join('')).toContain('第30日为2025年10月16日（星期四），即复查意见的最后期限（含当日）')
  })

  it('a 30th day in the National Day holiday moves to the first working day after it (民法典 第二百零三条)', () => {
    const clock = reviewClockOf([replied('2025-08-25'), review('2025-08-29'), forwarded('2025-09-01')], cal, '2025-09-02')
    expect(clock?.dueDate).toBe('2025-10-09')
    expect(clock?.explanation.join('')).toContain('《中华人民共和国民法典》第二百零三条')
  })

  it('a 30th day on a Saturday moves to the Monday', () => {
    expect(reviewClockOf([replied('2025-11-01'), review('2025-11-05'), forwarded('2025-11-06')], cal, '2025-11-06')?.dueDate).toBe('2025-12-08')
  })

  it('three working days before the due date the review is due soon, and after it overdue', () => {
    const events = [replied('2025-09-10'), review('2025-09-15'), forwarded('2025-09-16')]
    expect(reviewClockOf(events, cal, '2025-10-13')?.status).toBe('due_soon')
    expect(reviewClockOf(events, cal, '2025-10-17')).toMatchObject({ status: 'overdue', remaining: -1 })
  })

  it('the higher body’s opinion answers the review, in time or late, and is named as that body’s', () => {
    const events = [replied('2025-09-10'), review('2025-09-15'), forwarded('2025-09-16')]
    expect(reviewClockOf([...events, opinion('2025-10-10')], cal, '2025-11-01')).toMatchObject({ status: 'answered_in_time', remaining: 6, answeredBy: DISTRICT })
    expect(reviewClockOf([...events, opinion('2025-10-20')], cal, '2025-11-01')).toMatchObject({ status: 'answered_late', remaining: -4 })
    expect(reviewClockOf([...events, opinion('2025-10-10')], cal, '2025-11-01')?.explanation.at(-1)).toBe('2025年10月10日收到沧澜市望川区人民政府的复查意见，在期限内。')
  })

  it('the office’s own new reply (重新办理) is never the 复查 answer', () => {
    const events = [replied('2025-09-10'), review('2025-09-15'), forwarded('2025-09-16'), { type: 'reopened', on: '2025-09-17' }, replied('2025-09-20')]
    expect(reviewClockOf(events, cal, '2025-09-22')).toMatchObject({ status: 'on_track' })
    expect(reviewClockOf(events, cal, '2025-09-22')?.answeredBy).toBeUndefined()
  })

  it('an opinion recorded after the day asked about has not happened yet', () => {
    const events = [replied('2025-09-10'), review('2025-09-15'), forwarded('2025-09-16'), opinion('2025-10-10')]
    expect(reviewClockOf(events, cal, '2025-10-01')?.status).toBe('on_track')
  })
})
