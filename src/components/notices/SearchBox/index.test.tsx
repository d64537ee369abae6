import { fireEvent, render, screen } from '@testing-library/react'
import { act } from 'react'
import { SearchBox } from '.'

/** Types into the Taro Input the way its web component reports it: an `input` event with detail.value. */
function type(container: HTMLElement, value: string) {
  const input = container.querySelector('taro-input-core')!
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

function pressKeyboardSearch(container: HTMLElement, value: string) {
  const input = container.querySelector('taro-input-core')!
  act(() => {
    input.dispatchEvent(new CustomEvent('confirm', { detail: { value }, bubbles: true }))
  })
}

describe('SearchBox', () => {
  it('searches the typed words, trimmed, when 搜索 is tapped', () => {
    const onSearch = jest.fn()
    const { container } = render(<SearchBox placeholder='搜索' onSearch={onSearch} />)
    type(container, '  低保 ')
    fireEvent.click(screen.getByText('搜索'))
    expect(onSearch).toHaveBeenCalledWith('低保')
  })

  it('searches when the keyboard search key is pressed', () => {
    const onSearch = jest.fn()
    const { container } = render(<SearchBox placeholder='搜索' onSearch={onSearch} />)
    pressKeyboardSearch(container, '医保')
    expect(onSearch).toHaveBeenCalledWith('医保')
  })

  it('starts with the words it was opened with', () => {
    const onSearch = jest.fn()
    render(<SearchBox initial='养老' placeholder='搜索' onSearch={onSearch} />)
    fireEvent.click(screen.getByText('搜索'))
    expect(onSearch).toHaveBeenCalledWith('养老')
  })

  it('accepts at most 100 characters, as the server does', () => {
    const { container } = render(<SearchBox placeholder='搜索' onSearch={jest.fn()} />)
    const input = container.querySelector('taro-input-core') as HTMLElement & { maxlength?: number }
    expect(input.maxlength ?? Number(input.getAttribute('maxlength'))).toBe(100)
  })
})
