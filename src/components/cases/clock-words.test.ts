import { aClock } from '@/packages/cases/fixtures'
import type { ReviewClock } from '@/core/schemas/cases'
import { citationSource, clockHeadline, clockTone, reviewHeadline, reviewTone } from './clock-words'

describe('the legal clock in words', () => {
  it('says how many working days are left and the day the answer is due', () => {
    expect(clockHeadline(aClock())).toBe('还剩 12 个工作日，最迟于2026年12月18日答复')
  })

  it('counts calendar days for a 信访 matter and names acceptance as the next step', () => {
    expect(clockHeadline(aClock({ step: 'accept', unit: 'days', remaining: 5, dueDate: '2026-12-05' }))).toBe('还剩 5 天，最迟于2026年12月5日书面告知接收情况和处理途径')
  })

  it('says plainly how late an overdue answer is', () => {
    expect(clockHeadline(aClock({ status: 'overdue', remaining: -3, unit: 'days' }))).toBe('已超期 3 天')
    expect(clockTone(aClock({ status: 'overdue', remaining: -3 }))).toBe('overdue')
  })

  it('says the last day is today', () => {
    expect(clockHeadline(aClock({ remaining: 0, status: 'due_soon' }))).toBe('今天是最后一天，最迟于今天（2026年12月18日）答复')
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

const CITATION = '《信访工作条例》第三十五条：收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复'
const aReview = (over: Partial<ReviewClock> = {}): ReviewClock => ({
  requestedOn: '2026-12-02',
  forwardedOn: '2026-12-03',
  forwardedTo: '沧澜市望川区人民政府',
  dueDate: '2027-01-04',
  unit: 'days',
  remaining: 12,
  status: 'on_track',
  provisional: false,
  citation: CITATION,
  explanation: [],
  ...over
})

describe('the 复查 clock in words (信访工作条例 第三十五条: the body one level up answers)', () => {
  it('counts the calendar days left to the last day, inclusive, on which the higher body must answer', () => {
    expect(reviewHeadline(aReview())).toBe('还剩 12 天，沧澜市望川区人民政府最迟于2027年1月4日作出复查意见')
    expect(reviewTone(aReview())).toBe('ok')
  })

  it('says the last day is today', () => {
    expect(reviewHeadline(aReview({ remaining: 0, status: 'due_soon' }))).toBe('今天是最后一天，沧澜市望川区人民政府最迟于今天（2027年1月4日）作出复查意见')
    expect(reviewTone(aReview({ remaining: 0, status: 'due_soon' }))).toBe('soon')
  })

  it('says how many days an unanswered review is overdue', () => {
    expect(reviewHeadline(aReview({ remaining: -3, status: 'overdue' }))).toBe('已超期 3 天，沧澜市望川区人民政府还没有作出复查意见')
    expect(reviewTone(aReview({ remaining: -3, status: 'overdue' }))).toBe('overdue')
  })

  it('says whether the review was answered in time', () => {
    expect(reviewHeadline(aReview({ remaining: 5, status: 'answered_in_time', answeredBy: '沧澜市望川区人民政府' }))).toBe('沧澜市望川区人民政府已在期限内作出复查意见')
    expect(reviewHeadline(aReview({ remaining: -2, status: 'answered_late' }))).toBe('沧澜市望川区人民政府已作出复查意见，但超过了期限')
    expect(reviewTone(aReview({ remaining: -2, status: 'answered_late' }))).toBe('done')
  })

  it('names the law and article of a citation without its quoted words', () => {
    expect(citationSource(CITATION)).toBe('《信访工作条例》第三十五条')
    expect(citationSource('《中华人民共和国政府信息公开条例》第三十三条')).toBe('《中华人民共和国政府信息公开条例》第三十三条')
  })
})
