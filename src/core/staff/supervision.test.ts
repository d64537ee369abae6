import { ANNOUNCED_SCHEDULES, createCalendar } from '../calendar'
import { calendarImportReminderOf, dueBucketOf, escalationOf, levelsReached, recipientsOf, remindersDue } from './supervision'

const cal = createCalendar(ANNOUNCED_SCHEDULES)
// 2026-11-25 is a Wednesday.
const asOf = '2026-11-25'
const dueOn = (dueDate: string | null) => ({ step: 'reply' as const, dueDate })

describe('supervision reminders', () => {
  it('reminds nobody 4 working days before the due date', () => {
    expect(levelsReached(dueOn('2026-12-01'), cal, asOf)).toEqual([])
  })

  it('reminds the handler 3 working days before, not counting the weekend', () => {
    expect(levelsReached(dueOn('2026-11-30'), cal, asOf)).toEqual(['handler'])
  })

  it('reminds the section head too 1 working day before', () => {
    expect(levelsReached(dueOn('2026-11-26'), cal, asOf)).toEqual(['handler', 'head'])
  })

  it('keeps the leader out on the due date itself', () => {
    expect(levelsReached(dueOn('2026-11-25'), cal, asOf)).toEqual(['handler', 'head'])
  })

  it('reports an overdue case to the leader in charge', () => {
    expect(escalationOf(dueOn('2026-11-24'), cal, asOf)).toBe('leader')
  })

  it('reminds nobody of a replied case or one waiting for the applicant’s correction', () => {
    expect(levelsReached({ step: 'done', dueDate: '2026-11-20' }, cal, asOf)).toEqual([])
    expect(escalationOf(dueOn(null), cal, asOf)).toBeNull()
  })

  it('words each reminder with the case, its title and the due date', () => {
    const [reminder] = remindersDue([{ trackingNo: 'QS-2026-000001', title: '夜间施工噪音', kind: 'complaint', department: 'civil', clock: dueOn('2026-11-30') }], cal, asOf)
    expect(reminder).toEqual({ subject: 'reply', trackingNo: 'QS-2026-000001', kind: 'complaint', department: 'civil', level: 'handler', dueDate: '2026-11-30', text: '【督办】事项 QS-2026-000001“夜间施工噪音”将于 2026-11-30 到期，请及时办理。' })
  })
})

describe('the queue’s due filter', () => {
  it('files an open case by its clock status and a done case nowhere', () => {
    expect(dueBucketOf({ step: 'reply', status: 'overdue' })).toBe('overdue')
    expect(dueBucketOf({ step: 'done', status: 'answered_late' })).toBeNull()
  })
})

describe('who a reminder reaches', () => {
  it('reaches the department’s clerks, then its heads, then the leaders', () => {
    expect(recipientsOf('handler', 'civil', 'complaint')).toEqual({ roles: ['clerk'], department: 'civil' })
    expect(recipientsOf('head', 'civil', 'complaint')).toEqual({ roles: ['head'], department: 'civil' })
    expect(recipientsOf('leader', 'civil', 'complaint')).toEqual({ roles: ['leader'], department: null })
  })

  it('reaches the disclosure staff for an information request no department has yet', () => {
    expect(recipientsOf('head', null, 'info_request')).toEqual({ roles: ['disclosure'], department: null })
  })

  it('reaches the departments’ heads, never the disclosure staff, for a 信访 matter no department has yet', () => {
    expect(recipientsOf('handler', null, 'complaint')).toEqual({ roles: ['head'], department: null })
    expect(recipientsOf('head', null, 'suggestion')).toEqual({ roles: ['head'], department: null })
  })
})

describe('the reminder to import next year’s holiday schedule', () => {
  it('goes to the disclosure office from 1 November while next year is not imported', () => {
    expect(calendarImportReminderOf(cal, '2026-10-31')).toBeNull()
    const reminder = calendarImportReminderOf(cal, '2026-11-01')
    expect(reminder).toMatchObject({ subject: 'calendar', trackingNo: '2027年节假日安排', dueDate: '2027-01-01', department: null, level: 'handler' })
    expect(recipientsOf('handler', null, reminder?.kind ?? null)).toEqual({ roles: ['disclosure'], department: null })
    expect(reminder?.text).toContain('请在工作台“管理 → 节假日日历”导入')
  })

  it('stops once next year’s schedule is imported', () => {
    expect(calendarImportReminderOf({ announced: new Map([[2027, ANNOUNCED_SCHEDULES[0]]]) }, '2026-12-15')).toBeNull()
  })
})
