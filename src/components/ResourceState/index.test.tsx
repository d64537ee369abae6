import { fireEvent, render, screen } from '@testing-library/react'
import { ResourceState } from '.'
import { formatSavedAt } from './format-saved-at'

const base = { loading: false, error: null, offline: false, updatedAt: null, onRetry: jest.fn() }

describe('ResourceState', () => {
  it('says it is loading while there is nothing to show yet', () => {
    render(<ResourceState {...base} loading hasData={false}>内容</ResourceState>)
    expect(screen.getByText('正在加载…')).toBeInTheDocument()
    expect(screen.queryByText('内容')).not.toBeInTheDocument()
  })

  it('keeps showing cached content while it refreshes', () => {
    render(<ResourceState {...base} loading>内容</ResourceState>)
    expect(screen.getByText('内容')).toBeInTheDocument()
  })

  it('shows the error with a 重试 button that tries again, never a blank page', () => {
    const onRetry = jest.fn()
    render(<ResourceState {...base} error='网络连接失败，请检查网络后重试' onRetry={onRetry}>内容</ResourceState>)
    expect(screen.getByText('没有加载成功')).toBeInTheDocument()
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重试'))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('marks cached content as offline with the time it was saved, in China time', () => {
    render(<ResourceState {...base} offline updatedAt='2026-11-25T01:05:00.000Z'>内容</ResourceState>)
    expect(screen.getByText('离线 · 显示的是 11月25日 09:05 保存的内容')).toBeInTheDocument()
    expect(screen.getByText('内容')).toBeInTheDocument()
  })

  it('offers to refresh from the offline bar', () => {
    const onRetry = jest.fn()
    render(<ResourceState {...base} offline updatedAt='2026-11-25T01:05:00.000Z' onRetry={onRetry}>内容</ResourceState>)
    fireEvent.click(screen.getByText('刷新'))
    expect(onRetry).toHaveBeenCalled()
  })
})

describe('formatSavedAt', () => {
  it('writes the month and day without leading zeros and the time with them', () => {
    expect(formatSavedAt('2026-03-05T00:07:00Z')).toBe('3月5日 08:07')
  })

  it('crosses midnight into the next China day', () => {
    expect(formatSavedAt('2026-12-31T16:30:00Z')).toBe('1月1日 00:30')
  })
})
