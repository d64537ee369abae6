import { fireEvent, render, screen } from '@testing-library/react'
import { aNoticeDetail } from '../../../../mock/fixtures'
import { mockRequest, requestsMade, setRouterParams } from '../../../../mock/taro'
import type { NoticeDetail } from '@/core/schemas/notices'
import NoticePage from '.'

function serveNotice(notice: NoticeDetail) {
  mockRequest((req) =>
    new URL(req.url).pathname === `/api/v1/notices/${notice.id}`
      ? { statusCode: 200, data: notice }
      : { statusCode: 404, data: { error: { code: 'NOTICE_NOT_FOUND', message: '没有找到这条公开信息' } } }
  )
}

const consultation = (commentUntil: string) =>
  aNoticeDetail({ id: 5, category: 'consultation', title: '关于青石公园改造方案征求意见的公告', attachments: [], commentUntil })

beforeEach(() => setRouterParams({ id: '1' }))

describe('the notice page', () => {
  it('shows the title, who published it and when, its category and timeliness', async () => {
    serveNotice(aNoticeDetail())
    render(<NoticePage />)
    expect(await screen.findByText('2026年城乡居民最低生活保障标准调整的通知')).toBeInTheDocument()
    expect(screen.getByText('发布单位：社会事务办公室')).toBeInTheDocument()
    expect(screen.getByText('发布日期：2026年11月20日')).toBeInTheDocument()
    expect(screen.getByText('惠民政策')).toBeInTheDocument()
    expect(screen.getByText('及时公开')).toBeInTheDocument()
  })

  it('shows the body paragraph by paragraph', async () => {
    serveNotice(aNoticeDetail())
    render(<NoticePage />)
    expect(await screen.findByText('自2026年12月1日起，城市低保标准调整为每人每月1480元。')).toBeInTheDocument()
    expect(screen.getByText('已纳入低保的家庭无需重新申请，差额随12月保障金一并发放。')).toBeInTheDocument()
  })

  it('shows a rich body as rich text, with its links to tap under it', async () => {
    serveNotice(aNoticeDetail({ bodyFormat: 'html', body: '<h3>申请条件</h3>\n<p>咨询<a href="tel:021-12345678">民政办</a></p>' }))
    const { container } = render(<NoticePage />)
    expect(await screen.findByText('正文中的链接')).toBeInTheDocument()
    const richText = container.querySelector('taro-rich-text-core') as Element & { nodes: { name: string }[] }
    expect(richText.nodes.map((n) => n.name)).toEqual(['h3', 'p'])
    expect(container.querySelector('.notice-body__paragraph')).toBeNull()
  })

  it('lists the attachments and opens an image in the browser when tapped (H5)', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    serveNotice(aNoticeDetail())
    render(<NoticePage />)
    expect(await screen.findByText('附件（2 个）')).toBeInTheDocument()
    fireEvent.click(screen.getByText('申请流程图.png'))
    expect(open).toHaveBeenCalledWith('http://localhost/api/v1/attachments/12', '_blank')
    open.mockRestore()
  })

  it('opens a PDF attachment in the browser when tapped (H5)', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    serveNotice(aNoticeDetail())
    render(<NoticePage />)
    fireEvent.click(await screen.findByText('低保标准调整文件.pdf'))
    expect(open).toHaveBeenCalledWith('http://localhost/api/v1/attachments/11', '_blank')
    open.mockRestore()
  })

  it('has no attachment section when there are none', async () => {
    serveNotice(aNoticeDetail({ attachments: [] }))
    render(<NoticePage />)
    await screen.findByText('发布单位：社会事务办公室')
    expect(screen.queryByText(/^附件/)).not.toBeInTheDocument()
  })

  it('shows the last day of a consultation and that comments are still taken', async () => {
    setRouterParams({ id: '5' })
    serveNotice(consultation('2099-12-31'))
    render(<NoticePage />)
    expect(await screen.findByText('意见征集截止：2099年12月31日')).toBeInTheDocument()
    expect(screen.getByText(/正在征求意见/)).toBeInTheDocument()
  })

  it('says a consultation whose last day has passed is closed', async () => {
    setRouterParams({ id: '5' })
    serveNotice(consultation('2020-01-31'))
    render(<NoticePage />)
    expect(await screen.findByText('意见征集截止：2020年1月31日')).toBeInTheDocument()
    expect(screen.getByText(/意见征集已结束/)).toBeInTheDocument()
  })

  it('shows no comment period on an ordinary notice', async () => {
    serveNotice(aNoticeDetail())
    render(<NoticePage />)
    await screen.findByText('发布单位：社会事务办公室')
    expect(screen.queryByText(/意见征集/)).not.toBeInTheDocument()
  })

  it("shows the server's message with a 重试 button for a notice that does not exist", async () => {
    setRouterParams({ id: '77' })
    serveNotice(aNoticeDetail())
    render(<NoticePage />)
    expect(await screen.findByText('没有找到这条公开信息')).toBeInTheDocument()
    expect(screen.getByText('重试')).toBeInTheDocument()
  })

  it('explains a broken link without asking the server', () => {
    setRouterParams({ id: 'abc' })
    render(<NoticePage />)
    expect(screen.getByText('没有找到这条公开信息，请返回重新选择')).toBeInTheDocument()
    expect(requestsMade()).toHaveLength(0)
  })
})
