import { fireEvent, render, screen } from '@testing-library/react'
import { ListFooter } from '.'

const base = { count: 20, total: 45, loading: false, hasMore: true, moreError: null, onLoadMore: jest.fn() }

describe('ListFooter', () => {
  it('says the end has been reached with the total', () => {
    render(<ListFooter {...base} count={45} hasMore={false} />)
    expect(screen.getByText('已经到底了，共 45 条')).toBeInTheDocument()
  })

  it('offers a button for the next page while there is more', () => {
    const onLoadMore = jest.fn()
    render(<ListFooter {...base} onLoadMore={onLoadMore} />)
    fireEvent.click(screen.getByText('已显示 20 条，共 45 条 · 加载更多'))
    expect(onLoadMore).toHaveBeenCalled()
  })

  it('says a page is loading', () => {
    render(<ListFooter {...base} loading />)
    expect(screen.getByText('正在加载更多…')).toBeInTheDocument()
  })

  it('lets the resident retry after the next page failed', () => {
    const onLoadMore = jest.fn()
    render(<ListFooter {...base} moreError='网络连接失败，请检查网络后重试' onLoadMore={onLoadMore} />)
    fireEvent.click(screen.getByText('网络连接失败，请检查网络后重试，点这里再试一次'))
    expect(onLoadMore).toHaveBeenCalled()
  })

  it('counts service guides in 项', () => {
    render(<ListFooter {...base} count={16} total={16} hasMore={false} unit='项' />)
    expect(screen.getByText('已经到底了，共 16 项')).toBeInTheDocument()
  })

  it('shows nothing under an empty list', () => {
    const { container } = render(<ListFooter {...base} count={0} total={0} hasMore={false} />)
    expect(container).toBeEmptyDOMElement()
  })
})
