import { commentDaysLeft, isCommentOpen } from './comment-period'

const consultation = (commentUntil: string | null) => ({ commentUntil })

describe('isCommentOpen', () => {
  it('is open before the last day', () => {
    expect(isCommentOpen(consultation('2025-03-31'), '2025-03-10')).toBe(true)
  })

  it('is still open on the last day itself', () => {
    expect(isCommentOpen(consultation('2025-03-31'), '2025-03-31')).toBe(true)
  })

  it('is closed the day after the last day', () => {
    expect(isCommentOpen(consultation('2025-03-31'), '2025-04-01')).toBe(false)
  })

  it('is closed across a year boundary', () => {
    expect(isCommentOpen(consultation('2024-12-31'), '2025-01-01')).toBe(false)
  })

  it('is never open for a notice without a comment period', () => {
    expect(isCommentOpen(consultation(null), '2025-03-10')).toBe(false)
  })
})

describe('commentDaysLeft', () => {
  it('counts today and the last day', () => {
    expect(commentDaysLeft(consultation('2025-03-31'), '2025-03-29')).toBe(3)
  })

  it('is 1 on the last day', () => {
    expect(commentDaysLeft(consultation('2025-03-31'), '2025-03-31')).toBe(1)
  })

  it('counts across the end of February in a leap year', () => {
    expect(commentDaysLeft(consultation('2024-03-01'), '2024-02-28')).toBe(3)
  })

  it('is 0 once the period is over and for notices without one', () => {
    expect(commentDaysLeft(consultation('2025-03-31'), '2025-04-02')).toBe(0)
    expect(commentDaysLeft(consultation(null), '2025-03-31')).toBe(0)
  })
})
