import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { RichBody } from '.'

const richTextOf = (container: HTMLElement) => container.querySelector('taro-rich-text-core') as Element & { nodes?: unknown }

describe('RichBody', () => {
  it('hands RichText a node array with the classes that set the app’s type sizes', () => {
    const { container } = render(<RichBody html={'<h3>申请条件</h3><p>请带<strong>身份证</strong></p>'} />)
    expect(richTextOf(container).nodes).toEqual([
      { name: 'h3', attrs: { class: 'rich-body__h3' }, children: [{ type: 'text', text: '申请条件' }] },
      {
        name: 'p',
        attrs: { class: 'rich-body__p' },
        children: [{ type: 'text', text: '请带' }, { name: 'strong', attrs: { class: 'rich-body__strong' }, children: [{ type: 'text', text: '身份证' }] }]
      }
    ])
  })

  it('never hands RichText an HTML string, and keeps nothing outside the allowlist even from a body that escaped cleaning', () => {
    const { container } = render(<RichBody html={'<p onclick="alert(1)">字<img src=x onerror=alert(1)><script>alert(1)</script><a href="javascript:alert(1)">点</a></p>'} />)
    const nodes = richTextOf(container).nodes
    expect(Array.isArray(nodes)).toBe(true)
    expect(nodes).toEqual([{ name: 'p', attrs: { class: 'rich-body__p' }, children: [{ type: 'text', text: '字点' }] }])
    expect(container.innerHTML).not.toMatch(/onerror|onclick|script|javascript/)
  })

  it('lists the body’s links under it, where a tap calls the number', () => {
    render(<RichBody html={'<p>咨询<a href="tel:021-1234 5678">民政办</a></p>'} />)
    expect(screen.getByText('正文中的链接')).toBeInTheDocument()
    expect(screen.getByText('021-1234 5678')).toBeInTheDocument()
    fireEvent.click(screen.getByLabelText('拨打民政办'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '02112345678' })
  })

  it('opens a web link in a new browser page (H5)', () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    render(<RichBody html={'<p><a href="https://www.gov.cn/zhengce/">政策原文</a></p>'} />)
    fireEvent.click(screen.getByLabelText('打开政策原文'))
    expect(open).toHaveBeenCalledWith('https://www.gov.cn/zhengce/', '_blank', 'noopener')
    open.mockRestore()
  })

  it('has no link list when the body has no links', () => {
    render(<RichBody html={'<p>没有链接</p>'} />)
    expect(screen.queryByText('正文中的链接')).toBeNull()
  })
})
