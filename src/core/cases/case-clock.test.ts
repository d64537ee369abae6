import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { clockOfCase } from './case-clock'

const cal = createCalendar(ANNOUNCED_SCHEDULES)

describe('clockOfCase', () => {
  it('an information request is timed by the disclosure regulations in working days', () => {
    expect(clockOfCase('info_request', [{ type: 'received', on: '2025-09-26' }], cal, '2025-10-09')).toMatchObject({
      dueDate: '2025-10-30',
      unit: 'working_days',
      policy: { id: 'disclosure-2019' }
    })
  })

  it('a complaint is timed by the 信访 regulations in calendar days, without an office promise', () => {
    const clock = clockOfCase('complaint', [{ type: 'received', on: '2025-03-03' }], cal, '2025-03-04')
    expect(clock).toMatchObject({ step: 'accept', dueDate: '2025-03-18', unit: 'days', policy: { id: 'petition-2022' } })
    expect(clock.officePromise).toBeUndefined()
  })

  it('a suggestion carries the office promise configured for it', () => {
    const promises = [{ label: '三日内回复', kinds: ['suggestion' as const], days: 3, unit: 'working_days' as const, effectiveFrom: '2025-01-01', basis: '街道2025年服务承诺' }]
    const clock = clockOfCase('suggestion', [{ type: 'received', on: '2025-03-07' }], cal, '2025-03-07', promises)
    expect(clock.officePromise).toMatchObject({ label: '三日内回复', dueDate: '2025-03-12', unit: 'working_days', remaining: 3 })
  })

  it('a case without a receipt has no clock', () => {
    expect(() => clockOfCase('complaint', [], cal, '2025-03-04')).toThrow(RangeError)
  })
})
