import { addMonths, adhocPublishDueOn, renewalDueOn, timelinessBoard, type ContentTimeliness, type HotTopic } from './renewal'

const anItem = (over: Partial<ContentTimeliness> = {}): ContentTimeliness => ({
  id: 1,
  title: '2026年城市低保标准',
  department: '民政办',
  timeliness: 'fixed',
  status: 'published',
  publishedAt: '2026-01-15',
  renewalDate: null,
  decisionDate: null,
  ...over
})
const aTopic = (over: Partial<HotTopic> = {}): HotTopic => ({
  trackingNo: 'QS-2026-000001',
  title: '小区电梯加装进度',
  department: null,
  receivedOn: '2026-03-02',
  answeredOn: null,
  ...over
})

describe('addMonths', () => {
  it('keeps the day of the month', () => expect(addMonths('2026-01-15', 1)).toBe('2026-02-15'))
  it('clamps the day to the end of a shorter month', () => expect(addMonths('2026-01-31', 1)).toBe('2026-02-28'))
  it('crosses a year', () => expect(addMonths('2025-12-10', 1)).toBe('2026-01-10'))
  it('moves 29 February to 28 February a year later', () => expect(addMonths('2024-02-29', 12)).toBe('2025-02-28'))
})

describe('renewalDueOn', () => {
  it('renews fixed content a year after publication', () => expect(renewalDueOn(anItem())).toBe('2027-01-15'))
  it('renews periodic content a month after publication', () => expect(renewalDueOn(anItem({ timeliness: 'periodic' }))).toBe('2026-02-15'))
  it('follows the renewal date staff set', () => expect(renewalDueOn(anItem({ renewalDate: '2026-06-30' }))).toBe('2026-06-30'))
  it('asks nothing of ad-hoc content', () => expect(renewalDueOn(anItem({ timeliness: 'adhoc' }))).toBeNull())
  it('asks nothing of content that is not published', () => expect(renewalDueOn(anItem({ status: 'withdrawn' }))).toBeNull())
})

describe('adhocPublishDueOn', () => {
  it('allows 3 days after the decision', () => expect(adhocPublishDueOn('2026-03-02')).toBe('2026-03-05'))
})

describe('timelinessBoard', () => {
  it('lists periodic content not renewed within a month, with the days it is late', () => {
    expect(timelinessBoard([anItem({ timeliness: 'periodic' })], [], '2026-03-01')).toEqual([
      { reason: 'renewal_overdue', ref: 1, kind: 'content', title: '2026年城市低保标准', department: '民政办', dueOn: '2026-02-15', daysLate: 14 }
    ])
  })

  it('does not list content on its renewal day itself', () => {
    expect(timelinessBoard([anItem({ timeliness: 'periodic' })], [], '2026-02-15')).toEqual([])
  })

  it('lists ad-hoc content published more than 3 days after the decision', () => {
    const late = anItem({ timeliness: 'adhoc', decisionDate: '2026-03-02', publishedAt: '2026-03-07' })
    expect(timelinessBoard([late], [], '2026-03-20')).toMatchObject([{ reason: 'adhoc_published_late', dueOn: '2026-03-05', daysLate: 2 }])
  })

  it('accepts ad-hoc content published on the third day', () => {
    expect(timelinessBoard([anItem({ timeliness: 'adhoc', decisionDate: '2026-03-02', publishedAt: '2026-03-05' })], [], '2026-03-20')).toEqual([])
  })

  it('lists ad-hoc content still in review more than 3 days after the decision', () => {
    const waiting = anItem({ timeliness: 'adhoc', status: 'collated', decisionDate: '2026-03-02', publishedAt: null })
    expect(timelinessBoard([waiting], [], '2026-03-06')).toMatchObject([{ reason: 'adhoc_not_published', dueOn: '2026-03-05', daysLate: 1 }])
  })

  it('lists a hot topic still unanswered after a week', () => {
    expect(timelinessBoard([], [aTopic()], '2026-03-10')).toEqual([
      { reason: 'hot_topic_unanswered', ref: 'QS-2026-000001', kind: 'hot_topic', title: '小区电梯加装进度', department: null, dueOn: '2026-03-09', daysLate: 1 }
    ])
  })

  it('does not list a hot topic on the seventh day or once answered', () => {
    expect(timelinessBoard([], [aTopic()], '2026-03-09')).toEqual([])
    expect(timelinessBoard([], [aTopic({ answeredOn: '2026-03-12' })], '2026-03-20')).toEqual([])
  })

  it('puts the longest overdue first', () => {
    const board = timelinessBoard([anItem({ timeliness: 'periodic' })], [aTopic()], '2026-03-10')
    expect(board.map((e) => e.reason)).toEqual(['renewal_overdue', 'hot_topic_unanswered'])
  })
})
