import fc from 'fast-check'
import { ANNOUNCED_SCHEDULES, createCalendar, isWorkingDay, workingDaysBetween } from '../calendar'
import { addDays, dateOf, dayNumber } from '../calendar/dates'
import { FollowUpClockSchema } from '../schemas/cases'
import {
  arrangeFollowUps,
  FOLLOW_UP_PROMISE,
  followUpClockOf,
  followUpDueOf,
  followUpOwnerOf,
  followUpRemindersDue,
  followUpsOf,
  hasOpenFollowUp,
  openFollowUpOf,
  type FollowUpEvent
} from './follow-up'

const cal = createCalendar(ANNOUNCED_SCHEDULES)
// 2026-11-25 is a Wednesday.
const asOf = '2026-11-25'
const dissatisfied = (on: string): FollowUpEvent => ({ type: 'rated', on, rating: 'dissatisfied' })
const satisfied = (on: string): FollowUpEvent => ({ type: 'rated', on, rating: 'satisfied' })
const followedUp = (on: string): FollowUpEvent => ({ type: 'followed_up', on })
const replied = (on: string): FollowUpEvent => ({ type: 'replied', on })
const owed = (ratedOn: string) => ({ ratedOn, followedUpOn: null })

describe('which ratings are owed a follow-up (回访)', () => {
  it('owes a follow-up after a “dissatisfied” rating and none after any other', () => {
    expect(openFollowUpOf([replied('2026-11-18'), dissatisfied('2026-11-20')], asOf)?.ratedOn).toBe('2026-11-20')
    expect(openFollowUpOf([replied('2026-11-18'), satisfied('2026-11-20')], asOf)).toBeNull()
  })

  it('takes the follow-up as done once staff record it', () => {
    const events = [replied('2026-11-18'), dissatisfied('2026-11-20'), followedUp('2026-11-24')]
    expect(openFollowUpOf(events, asOf)).toBeNull()
    expect(followUpsOf(events, asOf).map(({ ratedOn, followedUpOn }) => ({ ratedOn, followedUpOn }))).toEqual([{ ratedOn: '2026-11-20', followedUpOn: '2026-11-24' }])
  })

  it('owes a second follow-up when the resident, called back, rates “dissatisfied” again', () => {
    const events = [replied('2026-11-10'), dissatisfied('2026-11-11'), followedUp('2026-11-13'), dissatisfied('2026-11-16')]
    expect(followUpsOf(events, asOf).map((f) => [f.ratedOn, f.followedUpOn])).toEqual([
      ['2026-11-11', '2026-11-13'],
      ['2026-11-16', null]
    ])
  })

  it('keeps the first promised date when another “dissatisfied” rating comes before the call', () => {
    const events = [replied('2026-11-10'), dissatisfied('2026-11-11'), replied('2026-11-16'), dissatisfied('2026-11-17')]
    expect(followUpsOf(events, asOf).map((f) => f.ratedOn)).toEqual(['2026-11-11'])
  })

  it('hands back the rating and the call it pairs, so their words can be shown', () => {
    const rating = { ...dissatisfied('2026-11-20'), comment: '没有解决' }
    const call = { ...followedUp('2026-11-24'), solved: false }
    const [followUp] = followUpsOf([rating, call], asOf)
    expect(followUp.rating).toBe(rating)
    expect(followUp.call).toBe(call)
  })

  it('ignores what is dated after the day asked about', () => {
    expect(openFollowUpOf([dissatisfied('2026-11-26')], asOf)).toBeNull()
  })

  it('allows staff to record a follow-up only while one is owed', () => {
    expect(hasOpenFollowUp([{ type: 'replied' }, { type: 'rated', rating: 'dissatisfied' }])).toBe(true)
    expect(hasOpenFollowUp([{ type: 'replied' }, { type: 'rated', rating: 'dissatisfied' }, { type: 'followed_up' }])).toBe(false)
    expect(hasOpenFollowUp([{ type: 'replied' }, { type: 'rated', rating: 'average' }])).toBe(false)
  })

  it('answers the same whether asked of the ratings alone or of the dated follow-ups', () => {
    const anEvent = fc.constantFrom<FollowUpEvent['type']>('rated', 'followed_up', 'replied', 'note')
    const aRating = fc.constantFrom('satisfied', 'basically_satisfied', 'average', 'dissatisfied', 'unknown' as const)
    fc.assert(
      fc.property(fc.array(fc.tuple(anEvent, aRating), { maxLength: 12 }), (drawn) => {
        const events = drawn.map(([type, rating], i): FollowUpEvent => ({ type, on: dateOf(dayNumber('2026-01-05') + i), ...(type === 'rated' ? { rating } : {}) }))
        expect(openFollowUpOf(events, '2026-12-31') !== null).toBe(hasOpenFollowUp(events))
        expect(followUpsOf(events, '2026-12-31').filter((f) => f.followedUpOn === null).length).toBeLessThanOrEqual(1)
      })
    )
  })
})

describe('the follow-up’s promised date (the office’s own promise, not a statutory period)', () => {
  it('is 5 working days after the rating, the rating day not counted', () => {
    expect(FOLLOW_UP_PROMISE).toMatchObject({ days: 5, unit: 'working_days' })
    expect(followUpClockOf(owed('2026-11-20'), cal, '2026-11-20')).toMatchObject({ dueDate: '2026-11-27', remaining: 5, status: 'on_track' })
  })

  it('says so where it is shown: the office’s promise, not the law’s', () => {
    expect(followUpClockOf(owed('2026-11-20'), cal, asOf).basis).toContain('不是法定期限')
  })

  it('skips the National Day holiday and counts the make-up Saturday', () => {
    // 2025-10-01 to 10-08 off; Saturday 2025-10-11 is worked.
    expect(followUpClockOf(owed('2025-09-30'), cal, '2025-09-30').dueDate).toBe('2025-10-14')
  })

  it('is due soon within 3 working days of the date', () => {
    expect(followUpClockOf(owed('2026-11-20'), cal, asOf)).toMatchObject({ remaining: 2, status: 'due_soon' })
  })

  it('is overdue the day after, by at least one working day even over a weekend', () => {
    expect(followUpClockOf(owed('2026-11-20'), cal, '2026-11-28')).toMatchObject({ remaining: -1, status: 'overdue' })
    expect(followUpClockOf(owed('2026-11-20'), cal, '2026-12-01')).toMatchObject({ remaining: -2, status: 'overdue' })
  })

  it('once made, says whether the call came in time and by what margin', () => {
    expect(followUpClockOf({ ratedOn: '2026-11-20', followedUpOn: '2026-11-24' }, cal, '2026-12-20')).toMatchObject({ remaining: 3, status: 'answered_in_time', followedUpOn: '2026-11-24' })
    expect(followUpClockOf({ ratedOn: '2026-11-20', followedUpOn: '2026-11-30' }, cal, '2026-12-20')).toMatchObject({ remaining: -1, status: 'answered_late' })
  })

  it('counts calendar days for an office that promises in days', () => {
    const promise = { ...FOLLOW_UP_PROMISE, label: '不满意评价后7日内回访', days: 7, unit: 'days' as const }
    expect(followUpClockOf(owed('2026-11-20'), cal, asOf, promise)).toMatchObject({ dueDate: '2026-11-27', unit: 'days', remaining: 2, label: '不满意评价后7日内回访' })
  })

  it('falls on a working day the promised number of working days after the rating, whatever the rating day', () => {
    const aDay = fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2027-12-20') }).map(dateOf)
    fc.assert(
      fc.property(aDay, (ratedOn) => {
        const { dueDate } = followUpClockOf(owed(ratedOn), cal, ratedOn)
        expect(isWorkingDay(cal, dueDate)).toBe(true)
        expect(workingDaysBetween(cal, ratedOn, dueDate)).toBe(FOLLOW_UP_PROMISE.days)
      })
    )
  })

  it('never gains time as the days pass, and is overdue exactly after the promised date', () => {
    const aDay = fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2027-11-30') }).map(dateOf)
    fc.assert(
      fc.property(aDay, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 5 }), (ratedOn, after, step) => {
        const earlier = followUpClockOf(owed(ratedOn), cal, addDays(ratedOn, after))
        const later = followUpClockOf(owed(ratedOn), cal, addDays(ratedOn, after + step))
        expect(later.remaining).toBeLessThanOrEqual(earlier.remaining)
        expect(later.status === 'overdue').toBe(addDays(ratedOn, after + step) > later.dueDate)
        expect(FollowUpClockSchema.safeParse(later).success).toBe(true)
      })
    )
  })

  it('files an owed follow-up by its status and a made one nowhere', () => {
    expect(followUpDueOf({ status: 'overdue', followedUpOn: null })).toBe('overdue')
    expect(followUpDueOf({ status: 'answered_late', followedUpOn: '2026-11-30' })).toBeNull()
  })
})

describe('who owes the follow-up', () => {
  it('is the department handling the case', () => {
    expect(followUpOwnerOf({ department: 'civil', kind: 'complaint' })).toBe('department')
  })

  it('is the disclosure office for an information request never given to a department', () => {
    expect(followUpOwnerOf({ department: null, kind: 'info_request' })).toBe('disclosure_office')
  })

  it('is the departments’ shared 信访 intake for a complaint never given to a department, not the disclosure office', () => {
    expect(followUpOwnerOf({ department: null, kind: 'complaint' })).toBe('intake')
  })
})

describe('supervision of follow-ups (督办)', () => {
  const task = (dueDate: string) => ({ trackingNo: 'QS-2026-000007', title: '楼道堆物', kind: 'complaint' as const, department: 'civil', dueDate })

  it('reminds the handler 3 working days before the promised date and nobody earlier', () => {
    expect(followUpRemindersDue([task('2026-11-30')], cal, asOf).map((r) => r.level)).toEqual(['handler'])
    expect(followUpRemindersDue([task('2026-12-01')], cal, asOf)).toEqual([])
  })

  it('reports an overdue follow-up to the leader, each reminder marked as a follow-up’s', () => {
    const reminders = followUpRemindersDue([task('2026-11-24')], cal, asOf)
    expect(reminders.map((r) => [r.subject, r.level])).toEqual([
      ['follow_up', 'handler'],
      ['follow_up', 'head'],
      ['follow_up', 'leader']
    ])
    expect(reminders[2].text).toBe('【督办】事项 QS-2026-000007“楼道堆物”群众评价不满意，已超过承诺的回访日期（2026-11-24），请及时回访。')
  })
})

describe('the follow-up list', () => {
  const item = (trackingNo: string, dueDate: string, followedUpOn: string | null = null, due: 'overdue' | 'due_soon' | 'on_track' | null = followedUpOn ? null : 'on_track') => ({
    trackingNo,
    clock: { dueDate, followedUpOn },
    due
  })
  const all = [
    item('QS-2026-000003', '2026-12-02'),
    item('QS-2026-000001', '2026-11-24', null, 'overdue'),
    item('QS-2026-000002', '2026-11-27', null, 'due_soon'),
    item('QS-2026-000004', '2026-11-20', '2026-11-19'),
    item('QS-2026-000005', '2026-11-26', '2026-11-25')
  ]
  const numbers = (page: { items: { trackingNo: string }[] }) => page.items.map((i) => i.trackingNo.slice(-1))

  it('puts the owed follow-up with the soonest promised date on top', () => {
    expect(numbers(arrangeFollowUps(all, { state: 'open' }, 1, 20))).toEqual(['1', '2', '3'])
  })

  it('lists the follow-ups made with the latest promised date first', () => {
    expect(numbers(arrangeFollowUps(all, { state: 'done' }, 1, 20))).toEqual(['5', '4'])
  })

  it('narrows to overdue ones and counts the whole scope whatever the filter', () => {
    const page = arrangeFollowUps(all, { state: 'open', due: 'overdue' }, 1, 20)
    expect(numbers(page)).toEqual(['1'])
    expect(page.total).toBe(1)
    expect(page.counts).toEqual({ open: 3, overdue: 1, done: 2 })
  })

  it('pages through the list', () => {
    expect(arrangeFollowUps(all, { state: 'open' }, 2, 2)).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ trackingNo: 'QS-2026-000003' }] })
  })
})
