import { calendarDateInChina, formatChineseDate } from './dates'

describe('formatChineseDate', () => {
  it('writes year, month and day without leading zeros', () => {
    expect(formatChineseDate('2025-03-01')).toBe('2025年3月1日')
  })

  it('keeps two-digit months and days', () => {
    expect(formatChineseDate('2024-12-31')).toBe('2024年12月31日')
  })
})

describe('calendarDateInChina', () => {
  it('is already the next day in China after 16:00 UTC', () => {
    expect(calendarDateInChina(new Date('2025-03-31T16:30:00Z'))).toBe('2025-04-01')
  })

  it('is the same day in China before 16:00 UTC', () => {
    expect(calendarDateInChina(new Date('2025-03-31T15:59:59Z'))).toBe('2025-03-31')
  })

  it('ignores the offset the instant was written with', () => {
    expect(calendarDateInChina(new Date('2025-03-31T23:30:00-08:00'))).toBe('2025-04-01')
  })
})
