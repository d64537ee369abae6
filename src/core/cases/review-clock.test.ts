import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { ReviewClockSchema } from '../schemas/cases'
import { REVIEW_CITATION, reviewClockOf, type ReviewEvent } from './review-clock'

const cal = createCalendar(ANNOUNCED_SCHEDULES)
const replied = (on: string): ReviewEvent => ({ type: 'replied', on })
const review = (on: string): ReviewEvent => ({ type: 'review_requested', on })

describe('复查 (信访工作条例 第三十五条: answered within 30 days of the request)', () => {
  it('there is no review clock before a review is asked for', () => {
    expect(reviewClockOf([replied('2025-09-10')], cal, '2025-09-20')).toBeNull()
  })

  it('the review is due on the 30th day after the request, the request day not counted', () => {
    const clock = reviewClockOf([replied('2025-09-10'), review('2025-09-16')], cal, '2025-09-16')
    expect(clock).toMatchObject({ requestedOn: '2025-09-16', dueDate: '2025-10-16', unit: 'days', remaining: 30, status: 'on_track', citation: REVIEW_CITATION })
    expect(ReviewClockSchema.parse(clock)).toEqual(clock)
    expect(clock?.explanation.join('')).toContain('第30日为2025年10月16日')
  })

  it('a 30th day in the National Day holiday moves to the first working day after it (民法典 第二百零三条)', () => {
    const clock = reviewClockOf([replied('2025-08-25'), review('2025-09-01')], cal, '2025-09-02')
    expect(clock?.dueDate).toBe('2025-10-09')
    expect(clock?.explanation.join('')).toContain('《中华人民共和国民法典》第二百零三条')
  })

  it('a 30th day on a Saturday moves to the Monday', () => {
    expect(reviewClockOf([replied('2025-11-01'), review('2025-11-06')], cal, '2025-11-06')?.dueDate).toBe('2025-12-08')
  })

  it('three working days before the due date the review is due soon, and after it overdue', () => {
    const events = [replied('2025-09-10'), review('2025-09-16')]
    expect(reviewClockOf(events, cal, '2025-10-13')?.status).toBe('due_soon')
    expect(reviewClockOf(events, cal, '2025-10-17')).toMatchObject({ status: 'overdue', remaining: -1 })
  })

  it('the first reply after the request answers the review, in time or late', () => {
    const events = [replied('2025-09-10'), review('2025-09-16')]
    expect(reviewClockOf([...events, replied('2025-10-10')], cal, '2025-11-01')).toMatchObject({ status: 'answered_in_time', remaining: 6 })
    expect(reviewClockOf([...events, replied('2025-10-20')], cal, '2025-11-01')).toMatchObject({ status: 'answered_late', remaining: -4 })
  })

  it('a reply recorded after the day asked about has not happened yet', () => {
    const events = [replied('2025-09-10'), review('2025-09-16'), replied('2025-10-10')]
    expect(reviewClockOf(events, cal, '2025-10-01')?.status).toBe('on_track')
  })
})
