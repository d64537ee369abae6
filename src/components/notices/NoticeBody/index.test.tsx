import { render } from '@testing-library/react'
import { NoticeBody } from '.'

const richTextOf = (container: HTMLElement) => container.querySelector('taro-rich-text-core') as (Element & { nodes?: unknown }) | null

describe('NoticeBody', () => {
  it('shows one block per paragraph', () => {
    const { container } = render(<NoticeBody body={'第一段。\n\n第二段。\n\n第三段。'} />)
    expect([...container.querySelectorAll('.notice-body__paragraph')].map((p) => p.textContent)).toEqual(['第一段。', '第二段。', '第三段。'])
  })

  it('shows a plain body’s markup as typed, never as formatting', () => {
    const { container } = render(<NoticeBody body={'<b>不是加粗</b>'} format='text' />)
    expect(richTextOf(container)).toBeNull()
    expect(container.querySelector('.notice-body__paragraph')?.textContent).toBe('<b>不是加粗</b>')
  })

  it('shows a rich body as rich text', () => {
    const { container } = render(<NoticeBody body={'<h3>办理时间</h3>'} format='html' />)
    expect(richTextOf(container)?.nodes).toEqual([{ name: 'h3', attrs: { class: 'rich-body__h3' }, children: [{ type: 'text', text: '办理时间' }] }])
    expect(container.querySelector('.notice-body__paragraph')).toBeNull()
  })
})
