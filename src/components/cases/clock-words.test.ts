import { aClock } from '@/packages/cases/fixtures'
import { clockHeadline, clockTone } from './clock-words'

describe('the legal clock in words', () => {
  it('says how many working days are left and the day the answer is due', () => {
    expect(clockHeadline(aClock())).toBe('还剩 12 个工作日，2026年12月18日前答复')
  })

  it('counts calendar days for a 信访 matter and names acceptance as the next step', () => {
    expect(clockHeadline(aClock({ step: 'accept', unit: 'days', remaining: 5, dueDate: '2026-12-05' }))).toBe('还剩 5 天，2026年12月5日前决定是否受理')
  })

  it('says plainly how late an overdue answer is', () => {
    expect(clockHeadline(aClock({ status: 'overdue', remaining: -3, unit: 'days' }))).toBe('已超期 3 天')
    expect(clockTone(aClock({ status: 'overdue', remaining: -3 }))).toBe('overdue')
  })

  it('says the last day is today', () => {
    expect(clockHeadline(aClock({ remaining: 0, status: 'due_soon' }))).toBe('今天是最后一天，2026年12月18日前答复')
  })

  it('promises no date while a correction is owed by the resident', () => {
    const clock = aClock({ step: 'awaiting_correction', dueDate: null, remaining: null })
    expect(clockHeadline(clock)).toBe('期限暂停：等您补正材料后重新计算')
    expect(clockTone(clock)).toBe('waiting')
  })

  it('promises no date while a third party is consulted', () => {
    expect(clockHeadline(aClock({ paused: true, dueDate: null, remaining: null }))).toBe('期限暂停：征求有关方面意见的时间不计入')
  })

  it('says whether a reply came in time', () => {
    expect(clockHeadline(aClock({ step: 'done', status: 'answered_in_time', remaining: 4 }))).toBe('已在法定期限内答复')
    expect(clockHeadline(aClock({ step: 'done', status: 'answered_late', remaining: -2 }))).toBe('已答复，但超过了法定期限')
  })
})
