import { render } from '@testing-library/react'
import { HighlightText } from '.'

const marks = (container: HTMLElement) => [...container.querySelectorAll('.highlight-text__match')].map((el) => el.textContent)

describe('HighlightText', () => {
  it('marks both occurrences of 低保 and keeps the whole sentence readable', () => {
    const { container } = render(<HighlightText text='城乡低保标准调整，低保对象…' q='低保' />)
    expect(marks(container)).toEqual(['低保', '低保'])
    expect(container.textContent).toBe('城乡低保标准调整，低保对象…')
  })

  it('marks each of several keywords', () => {
    const { container } = render(<HighlightText text='低保和医保' q='医保 低保' />)
    expect(marks(container)).toEqual(['低保', '医保'])
  })

  it('marks nothing when the search is empty', () => {
    const { container } = render(<HighlightText text='惠民政策' q='' />)
    expect(marks(container)).toEqual([])
    expect(container.textContent).toBe('惠民政策')
  })
})
