import { fireEvent, render, screen } from '@testing-library/react'
import { ActionButton } from './ActionButton'
import { Card } from './Card'
import { EmptyState } from './EmptyState'
import { SectionTitle } from './SectionTitle'
import { Tag } from './Tag'

describe('the small building blocks', () => {
  it('SectionTitle shows its title and the note under it', () => {
    render(<SectionTitle text='站所办' note='点名称展开' />)
    expect(screen.getByText('站所办')).toBeInTheDocument()
    expect(screen.getByText('点名称展开')).toBeInTheDocument()
  })

  it('EmptyState says plainly that there is nothing here', () => {
    render(<EmptyState text='暂时还没有公开信息' />)
    expect(screen.getByText('暂时还没有公开信息')).toBeInTheDocument()
  })

  it('Tag shows its word', () => {
    render(<Tag text='长期公开' />)
    expect(screen.getByText('长期公开')).toHaveClass('jf-tag')
  })

  it('ActionButton runs its action when tapped', () => {
    const onClick = jest.fn()
    render(<ActionButton text='重试' onClick={onClick} />)
    fireEvent.click(screen.getByText('重试'))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('Card is one tap target when given an action, and a plain panel otherwise', () => {
    const onClick = jest.fn()
    const { container } = render(
      <>
        <Card onClick={onClick}>可点</Card>
        <Card>不可点</Card>
      </>
    )
    fireEvent.click(screen.getByText('可点'))
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(container.querySelectorAll('.jf-card--tappable')).toHaveLength(1)
  })
})
