import { aClock, aQueueItem } from './fixtures'
import { countBy, dueMarkerOf } from './queue-model'

describe('the deadline marker of a case in the queue', () => {
  it('says how many working days an overdue case is late, with a stop sign', () => {
    expect(dueMarkerOf(aClock({ status: 'overdue', remaining: -2 }))).toEqual({ tone: 'overdue', symbol: '！', word: '已超期 2 个工作日' })
  })

  it('marks a case due within 3 working days as 即将到期 with a warning sign', () => {
    expect(dueMarkerOf(aClock({ status: 'due_soon', remaining: 1 }))).toEqual({ tone: 'soon', symbol: '⚠', word: '即将到期：还剩 1 个工作日' })
  })

  it('says when today is the last day', () => {
    expect(dueMarkerOf(aClock({ status: 'due_soon', remaining: 0 })).word).toBe('即将到期：今天是最后一天')
  })

  it('gives a case on track only the days left, without a marker', () => {
    expect(dueMarkerOf(aClock({ remaining: 12 }))).toEqual({ tone: 'ok', symbol: '', word: '还剩 12 个工作日' })
  })

  it('shows a case waiting for the applicant’s correction as paused, not as late', () => {
    expect(dueMarkerOf(aClock({ step: 'awaiting_correction', dueDate: null, remaining: null })).word).toBe('等待申请人补正')
  })

  it('shows a case answered late as finished, and says it was late', () => {
    expect(dueMarkerOf(aClock({ step: 'done', status: 'answered_late', remaining: -1 })).word).toBe('已办结（超期答复）')
  })
})

it('counts cases per status', () => {
  const items = [aQueueItem({ status: 'in_progress' }), aQueueItem({ status: 'in_progress' }), aQueueItem({ status: 'awaiting_acceptance' })]
  expect(countBy(items, (i) => i.status)).toEqual({ in_progress: 2, awaiting_acceptance: 1 })
})
