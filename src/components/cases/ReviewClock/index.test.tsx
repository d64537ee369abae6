import { fireEvent, render, screen } from '@testing-library/react'
import type { ReviewClock as ReviewClockData } from '@/core/schemas/cases'
import { ReviewClock } from '.'

const CITATION = '《信访工作条例》第三十五条：收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复'
const aReview = (over: Partial<ReviewClockData> = {}): ReviewClockData => ({
  requestedOn: '2026-12-02',
  forwardedOn: '2026-12-03',
  forwardedTo: '沧澜市望川区人民政府',
  dueDate: '2027-01-04',
  unit: 'days',
  remaining: 12,
  status: 'on_track',
  provisional: false,
  citation: CITATION,
  explanation: [
    `依据${CITATION}。`,
    '复查请求于2026年12月3日（星期四）转送沧澜市望川区人民政府，当日不计入，自次日起按自然日计算30日。',
    '第30日为2027年1月2日（星期六），是休息日，依据《中华人民共和国民法典》第二百零三条，以休假日结束的次日即2027年1月4日（星期一）为复查意见的最后期限（含当日）。'
  ],
  ...over
})

describe('the 复查 clock', () => {
  it('says how many days are left and the last day on which the higher body must answer', () => {
    render(<ReviewClock review={aReview()} />)
    expect(screen.getByText('复查的期限')).toBeInTheDocument()
    expect(screen.getByText('还剩 12 天，沧澜市望川区人民政府最迟于2027年1月4日作出复查意见')).toBeInTheDocument()
    expect(screen.getByText('复查意见最迟于：2027年1月4日（含当日）')).toBeInTheDocument()
  })

  it('says where the request went and on which day (信访工作条例 第三十五条)', () => {
    render(<ReviewClock review={aReview()} />)
    expect(screen.getByText('转送：2026年12月3日转送沧澜市望川区人民政府复查')).toBeInTheDocument()
  })

  it('says when the resident asked and why', () => {
    render(<ReviewClock review={aReview()} reason='答复没有说明资金去向' />)
    expect(screen.getByText('申请复查：2026年12月2日')).toBeInTheDocument()
    expect(screen.getByText('您的理由：答复没有说明资金去向')).toBeInTheDocument()
  })

  it('names the law at a glance and gives its words with the working on request', () => {
    render(<ReviewClock review={aReview()} />)
    expect(screen.getByText('依据：《信访工作条例》第三十五条')).toBeInTheDocument()
    expect(screen.queryByText(/以休假日结束的次日/)).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('这个日期是怎么算的？ ▼'))
    expect(screen.getByText(`依据${CITATION}。`)).toBeInTheDocument()
    expect(screen.getByText(/以休假日结束的次日即2027年1月4日/)).toBeInTheDocument()
  })

  it('says plainly how many days an unanswered review is overdue, in the urgent colour', () => {
    const { container } = render(<ReviewClock review={aReview({ remaining: -3, status: 'overdue' })} />)
    expect(screen.getByText('已超期 3 天，沧澜市望川区人民政府还没有作出复查意见')).toBeInTheDocument()
    expect(container.querySelector('.case-clock--overdue')).not.toBeNull()
  })

  it('says a date may move while the next year’s holidays are not announced', () => {
    render(<ReviewClock review={aReview({ provisional: true })} />)
    expect(screen.getByText('明年的节假日安排还没有公布，这个日期可能会调整。')).toBeInTheDocument()
  })

  it('says whether the review was answered in time, and no longer warns of the provisional date', () => {
    render(<ReviewClock review={aReview({ status: 'answered_in_time', remaining: 5, provisional: true })} />)
    expect(screen.getByText('沧澜市望川区人民政府已在期限内作出复查意见')).toBeInTheDocument()
    expect(screen.queryByText('明年的节假日安排还没有公布，这个日期可能会调整。')).not.toBeInTheDocument()
  })
})
