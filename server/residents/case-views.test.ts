import { ANNOUNCED_SCHEDULES, createCalendar } from '@/core/calendar'
import type { CaseRecord, StoredEvent } from '../repositories/cases-repository'
import { clockEventsOf, clockOfRecord } from './case-views'

const calendar = createCalendar(ANNOUNCED_SCHEDULES)

const extended: StoredEvent = {
  type: 'extended',
  on: '2026-12-10',
  data: { days: 20, reason: '需要调取历史档案', approved: true, approvedBy: '王芳', requestedBy: 'staff:2' },
  actor: 'staff:1'
}

const aCase = (events: StoredEvent[]): CaseRecord => ({
  id: 1,
  trackingNo: 'QS-2026-000001',
  kind: 'info_request',
  accountId: 1,
  phone: null,
  title: '申请公开：2025年老旧小区改造计划',
  body: {},
  idNumberEnc: null,
  receivedOn: '2026-11-20',
  channel: 'online',
  events
})

describe('the clock a resident sees', () => {
  it('reads an extension with the name of the official who approved it, and nothing the clock does not need', () => {
    expect(clockEventsOf([extended])).toEqual([{ type: 'extended', on: '2026-12-10', days: 20, reason: '需要调取历史档案', approved: true, approvedBy: '王芳' }])
  })

  it('names the approver in the explanation of an extended deadline', () => {
    const received: StoredEvent = { type: 'received', on: '2026-11-20', data: {}, actor: 'resident' }
    const clock = clockOfRecord(aCase([received, extended]), calendar, '2026-12-11')
    expect(clock.explanation.some((line) => line.startsWith('2026年12月10日经王芳批准延长20个工作日'))).toBe(true)
  })
})
