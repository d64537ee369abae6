import { followUpLinkText, followUpMarkerOf, followUpQueryOf } from './followups-model'

const clock = (status: 'on_track' | 'due_soon' | 'overdue' | 'answered_in_time' | 'answered_late', remaining: number) => ({ status, remaining, unit: 'working_days' as const })

describe('a follow-up’s promised date in words', () => {
  it('counts the working days left to call back', () => {
    expect(followUpMarkerOf(clock('on_track', 5))).toEqual({ tone: 'ok', symbol: '', word: '还剩 5 个工作日回访' })
  })

  it('marks one due soon with a sign, and the last day as such', () => {
    expect(followUpMarkerOf(clock('due_soon', 2))).toEqual({ tone: 'soon', symbol: '⚠', word: '还剩 2 个工作日回访' })
    expect(followUpMarkerOf(clock('due_soon', 0)).word).toBe('今天是回访的最后一天')
  })

  it('says by how much an overdue follow-up is late', () => {
    expect(followUpMarkerOf(clock('overdue', -2))).toEqual({ tone: 'overdue', symbol: '！', word: '回访已超期 2 个工作日' })
  })

  it('says whether a follow-up made came in time', () => {
    expect(followUpMarkerOf(clock('answered_in_time', 3)).word).toBe('已按时回访')
    expect(followUpMarkerOf(clock('answered_late', -1)).word).toBe('已回访（晚于承诺日期）')
  })
})

describe('the tabs and the queue’s link', () => {
  it('asks for owed overdue follow-ups on the 已超期 tab and for those made on 已回访', () => {
    expect(followUpQueryOf('overdue')).toEqual({ state: 'open', due: 'overdue' })
    expect(followUpQueryOf('done')).toEqual({ state: 'done' })
  })

  it('names the owed follow-ups and the overdue among them, and only the page while the count is unknown', () => {
    expect(followUpLinkText({ open: 3, overdue: 1, done: 9 })).toBe('回访任务（3）· 1 件已超期')
    expect(followUpLinkText({ open: 2, overdue: 0, done: 0 })).toBe('回访任务（2）')
    expect(followUpLinkText(null)).toBe('回访任务')
  })
})
