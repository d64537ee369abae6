import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { act } from 'react'
import { aNoticePage, someNotices } from '../../../../mock/fixtures'
import { firePullDownRefresh, fireReachBottom, mockRequest, requestsMade, setRouterParams } from '../../../../mock/taro'
import NoticesPage from '.'

const notices = someNotices(25)

/** The API: 25 notices in 惠民政策, 20 per page. */
function serveNotices(items = notices) {
  mockRequest((req) => {
    const url = new URL(req.url)
    const page = Number(url.searchParams.get('page') ?? 1)
    return { statusCode: 200, data: aNoticePage(items.slice((page - 1) * 20, page * 20), { total: items.length, page }) }
  })
}

beforeEach(() => setRouterParams({ category: 'gov-benefits' }))

describe('the notice list of one category', () => {
  it('is titled with the category name', async () => {
    serveNotices()
    render(<NoticesPage />)
    await waitFor(() => expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '惠民政策' }))
  })

  it('lists the first page of the category', async () => {
    serveNotices()
    render(<NoticesPage />)
    expect(await screen.findByText('公开信息第1条')).toBeInTheDocument()
    expect(screen.getByText('公开信息第20条')).toBeInTheDocument()
    expect(screen.queryByText('公开信息第21条')).not.toBeInTheDocument()
    expect(new URL(requestsMade()[0].url).searchParams.get('category')).toBe('gov-benefits')
  })

  it('loads the next page when the resident scrolls to the bottom, then says it is the end', async () => {
    serveNotices()
    render(<NoticesPage />)
    await screen.findByText('公开信息第20条')
    await act(() => fireReachBottom())
    expect(await screen.findByText('公开信息第25条')).toBeInTheDocument()
    expect(new URL(requestsMade()[1].url).searchParams.get('page')).toBe('2')
    expect(screen.getByText('已经到底了，共 25 条')).toBeInTheDocument()
  })

  it('loads the next page from the 加载更多 button too', async () => {
    serveNotices()
    render(<NoticesPage />)
    fireEvent.click(await screen.findByText('已显示 20 条，共 25 条 · 加载更多'))
    expect(await screen.findByText('公开信息第25条')).toBeInTheDocument()
  })

  it('reloads the first page on pull-down and then stops the refresh spinner', async () => {
    serveNotices()
    render(<NoticesPage />)
    await screen.findByText('公开信息第1条')
    serveNotices([{ ...notices[0], id: 99, title: '刚刚发布的通知' }, ...notices])
    await act(() => firePullDownRefresh())
    expect(await screen.findByText('刚刚发布的通知')).toBeInTheDocument()
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
  })

  it('says so when the category has nothing published yet', async () => {
    serveNotices([])
    render(<NoticesPage />)
    expect(await screen.findByText('这个栏目暂时还没有公开的内容')).toBeInTheDocument()
  })

  it('shows the error with a 重试 button when offline with nothing saved, and loads on retry', async () => {
    mockRequest(() => 'offline')
    render(<NoticesPage />)
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeInTheDocument()
    serveNotices()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findByText('公开信息第1条')).toBeInTheDocument()
  })

  it('shows the saved list, marked 离线, when the network fails later', async () => {
    serveNotices()
    const first = render(<NoticesPage />)
    await screen.findByText('公开信息第1条')
    first.unmount()
    mockRequest(() => 'offline')
    render(<NoticesPage />)
    expect(await screen.findByText(/^离线 · 显示的是/)).toBeInTheDocument()
    expect(screen.getByText('公开信息第1条')).toBeInTheDocument()
  })

  it('says the category does not exist for an unknown id, without asking the server', () => {
    setRouterParams({ category: 'nonsense' })
    render(<NoticesPage />)
    expect(screen.getByText('没有找到这个公开栏目，请返回重新选择')).toBeInTheDocument()
    expect(requestsMade()).toHaveLength(0)
  })
})
