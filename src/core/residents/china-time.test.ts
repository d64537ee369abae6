import { chinaDateOf, startOfChinaDay } from './china-time'

describe('China time', () => {
  it('a UTC evening is already the next day in China', () => {
    expect(chinaDateOf(new Date('2026-11-25T17:30:00Z'))).toBe('2026-11-26')
    expect(chinaDateOf(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25')
  })

  it('a China day starts at 16:00 UTC the day before', () => {
    expect(startOfChinaDay('2026-11-26').toISOString()).toBe('2026-11-25T16:00:00.000Z')
  })
})
