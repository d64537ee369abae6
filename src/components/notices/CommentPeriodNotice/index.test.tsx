import { render, screen } from '@testing-library/react'
import { CommentPeriodNotice } from '.'

describe('CommentPeriodNotice', () => {
  it('shows the last day in Chinese and that comments are still taken, with the days left', () => {
    render(<CommentPeriodNotice commentUntil='2026-12-05' today='2026-12-01' />)
    expect(screen.getByText('意见征集截止：2026年12月5日')).toBeInTheDocument()
    expect(screen.getByText(/正在征求意见，还剩 5 天/)).toBeInTheDocument()
  })

  it('is still open on the last day', () => {
    render(<CommentPeriodNotice commentUntil='2026-12-05' today='2026-12-05' />)
    expect(screen.getByText(/还剩 1 天/)).toBeInTheDocument()
  })

  it('says in words that the period is over once the last day has passed', () => {
    render(<CommentPeriodNotice commentUntil='2026-12-05' today='2026-12-06' />)
    expect(screen.getByText(/意见征集已结束/)).toBeInTheDocument()
    expect(screen.queryByText(/正在征求意见/)).not.toBeInTheDocument()
  })
})
