import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { typeInto } from '@/packages/cases/test-helpers'
import { BodyField } from './body-field'

let latest = ''
function Box({ start = '', alwaysRich = false }: { start?: string; alwaysRich?: boolean }) {
  const [value, setValue] = useState(start)
  latest = value
  return <BodyField label='正文' required maxLength={50000} value={value} alwaysRich={alwaysRich} onChange={setValue} />
}

const press = (name: string) => fireEvent.click(screen.getByText(name))

describe('the body box of the draft editor', () => {
  it('says in one line what the body keeps', () => {
    render(<Box />)
    expect(screen.getByText(/^保留分段、小标题、加粗、列表、链接（网址、电话、邮箱）和简单表格/)).toBeInTheDocument()
  })

  it('makes the line being typed a heading with 小标题', () => {
    render(<Box />)
    typeInto('正文', '供暖时间')
    press('小标题')
    expect(latest).toBe('<h3>供暖时间</h3>')
  })

  it('puts a sample to type over with 加粗 when nothing is chosen', () => {
    render(<Box start='请带' />)
    press('加粗')
    expect(latest).toBe('请带<strong>要加粗的文字</strong>')
  })

  it('makes the line a list item with 列表', () => {
    render(<Box />)
    typeInto('正文', '身份证')
    press('列表')
    expect(latest).toBe('<ul>\n<li>身份证</li>\n</ul>')
  })

  it('inserts a link to a phone number typed as officials write it', () => {
    render(<Box start='咨询：' />)
    press('链接')
    typeInto('链接文字', '民政办')
    typeInto('网址、电话或邮箱', '021-12345678')
    press('插入链接')
    expect(latest).toBe('咨询：<a href="tel:021-12345678">民政办</a>')
    expect(screen.queryByText('插入链接')).toBeNull()
  })

  it('refuses a javascript: link and says what a link may be', () => {
    render(<Box start='咨询：' />)
    press('链接')
    typeInto('网址、电话或邮箱', 'javascript:alert(1)')
    press('插入链接')
    expect(screen.getByText('⚠ 请填写以 http:// 或 https:// 开头的网址、电话号码或邮箱地址')).toBeInTheDocument()
    expect(latest).toBe('咨询：')
  })

  it('warns of web code that would be dropped when published', () => {
    render(<Box />)
    typeInto('正文', '<span style="color:red">供暖通知</span>')
    expect(screen.getByText('！正文里有不保留的网页代码（如 <span>），发布时会去掉，只留下文字。')).toBeInTheDocument()
  })

  it('previews a formatted body as residents will see it', () => {
    const { container } = render(<Box start={'<h3>供暖时间</h3>\n\n自11月15日起'} />)
    press('预览居民看到的样子')
    expect(screen.getByText('居民在手机上看到的正文')).toBeInTheDocument()
    const richText = container.querySelector('taro-rich-text-core') as Element & { nodes: { name: string }[] }
    expect(richText.nodes.map((n) => n.name)).toEqual(['h3', 'p'])
    act(() => press('收起预览'))
    expect(screen.queryByText('居民在手机上看到的正文')).toBeNull()
  })

  it('previews a body without marks as the plain paragraphs it stays', () => {
    const { container } = render(<Box start={'第一段\n\n第二段'} />)
    press('预览居民看到的样子')
    expect([...container.querySelectorAll('.notice-body__paragraph')].map((p) => p.textContent)).toEqual(['第一段', '第二段'])
    expect(container.querySelector('taro-rich-text-core')).toBeNull()
  })
})
