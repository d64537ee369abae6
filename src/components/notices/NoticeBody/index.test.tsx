import { render } from '@testing-library/react'
import { NoticeBody } from '.'

describe('NoticeBody', () => {
  it('shows one block per paragraph', () => {
    const { container } = render(<NoticeBody body={'第一段。\n\n第二段。\n\n第三段。'} />)
    expect([...container.querySelectorAll('.notice-body__paragraph')].map((p) => p.textContent)).toEqual(['第一段。', '第二段。', '第三段。'])
  })
})
