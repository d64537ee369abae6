import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { aNotice } from '../../../../mock/fixtures'
import { NoticeCard } from '.'

describe('NoticeCard', () => {
  it('shows the title, department, date in Chinese and the timeliness kind', () => {
    render(<NoticeCard notice={aNotice({ publishedAt: '2026-03-05', timeliness: 'fixed' })} />)
    expect(screen.getByText('2026年城乡居民最低生活保障标准调整的通知')).toBeInTheDocument()
    expect(screen.getByText('社会事务办公室')).toBeInTheDocument()
    expect(screen.getByText('2026年3月5日')).toBeInTheDocument()
    expect(screen.getByText('长期公开')).toBeInTheDocument()
  })

  it('says in words how many attachments there are', () => {
    render(<NoticeCard notice={aNotice({ attachmentCount: 2 })} />)
    expect(screen.getByText('附件 2 个')).toBeInTheDocument()
  })

  it('says nothing about attachments when there are none', () => {
    render(<NoticeCard notice={aNotice({ attachmentCount: 0 })} />)
    expect(screen.queryByText(/附件/)).not.toBeInTheDocument()
  })

  it('opens the notice when tapped', () => {
    render(<NoticeCard notice={aNotice({ id: 42 })} />)
    fireEvent.click(screen.getByText('社会事务办公室'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/notice/index?id=42' })
  })

  it('marks the searched words in the title and excerpt of a search result', () => {
    const { container } = render(
      <NoticeCard notice={aNotice({ title: '低保标准调整', excerpt: '城市低保标准为1480元' })} q='低保' showExcerpt showCategory />
    )
    expect([...container.querySelectorAll('.highlight-text__match')].map((el) => el.textContent)).toEqual(['低保', '低保'])
    expect(screen.getByText('惠民政策')).toBeInTheDocument()
  })

  it('leaves the excerpt out of a plain category list', () => {
    render(<NoticeCard notice={aNotice({ excerpt: '开头的一句话' })} />)
    expect(screen.queryByText('开头的一句话')).not.toBeInTheDocument()
  })
})
