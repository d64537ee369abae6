import { fireEvent, render, screen } from '@testing-library/react'
import { Pager } from '.'

describe('Pager', () => {
  it('shows nothing when the whole list fits on one page', () => {
    const { container } = render(<Pager page={1} pages={1} onPage={jest.fn()} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('offers only 下一页 on the first page, and turns to the second', () => {
    const onPage = jest.fn()
    render(<Pager page={1} pages={3} onPage={onPage} />)
    expect(screen.getByText('第 1 / 3 页')).toBeInTheDocument()
    expect(screen.queryByText('上一页')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('下一页'))
    expect(onPage).toHaveBeenCalledWith(2)
  })

  it('offers only 上一页 on the last page, and turns back one page', () => {
    const onPage = jest.fn()
    render(<Pager page={3} pages={3} onPage={onPage} />)
    expect(screen.queryByText('下一页')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('上一页'))
    expect(onPage).toHaveBeenCalledWith(2)
  })

  it('offers both ways on a page in the middle', () => {
    render(<Pager page={2} pages={3} onPage={jest.fn()} />)
    expect(screen.getByText('上一页')).toBeInTheDocument()
    expect(screen.getByText('下一页')).toBeInTheDocument()
  })
})
