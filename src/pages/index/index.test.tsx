import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { aNoticePage, contacts, someNotices } from '../../../mock/fixtures'
import { firePullDownRefresh, mockApi, mockRequest, requestsMade } from '../../../mock/taro'
import { writeCache } from '@/stores/offline-cache'
import HomePage from '.'

const latest = aNoticePage(someNotices(5), { total: 55, pageSize: 5 })

describe('首页', () => {
  it('greets the resident with the office name', async () => {
    mockApi({ '/contacts': contacts, '/notices': latest })
    render(<HomePage />)
    expect(await screen.findByText('青石街道办事处')).toBeInTheDocument()
    expect(screen.getByText(/您好/)).toBeInTheDocument()
  })

  it('lists the five latest notices and opens one when tapped', async () => {
    mockApi({ '/contacts': contacts, '/notices': latest })
    render(<HomePage />)
    expect(await screen.findByText('公开信息第1条')).toBeInTheDocument()
    expect(screen.getByText('公开信息第5条')).toBeInTheDocument()
    expect(requestsMade().some((r) => r.url.endsWith('/notices?pageSize=5'))).toBe(true)
    fireEvent.click(screen.getByText('公开信息第3条'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/notice/index?id=3' })
  })

  it('leads from 查看全部公开信息 to the 公开 tab', async () => {
    mockApi({ '/contacts': contacts, '/notices': latest })
    render(<HomePage />)
    fireEvent.click(await screen.findByText('查看全部公开信息'))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/catalogue/index' })
  })

  it.each([
    ['政务公开', 'switchTab', '/pages/catalogue/index'],
    ['办事指南', 'switchTab', '/pages/services/index'],
    ['惠民政策', 'navigateTo', '/packages/content/notices/index?category=gov-benefits'],
    ['联系我们', 'switchTab', '/pages/contacts/index'],
    ['搜索', 'navigateTo', '/packages/content/search/index']
  ] as const)('the big %s button opens its page', async (text, api, url) => {
    mockApi({ '/contacts': contacts, '/notices': latest })
    render(<HomePage />)
    fireEvent.click(screen.getByText(text))
    expect(Taro[api]).toHaveBeenCalledWith({ url })
    await screen.findByText('公开信息第1条')
  })

  it('shows the duty phone, which calls when tapped', async () => {
    mockApi({ '/contacts': contacts, '/notices': latest })
    render(<HomePage />)
    fireEvent.click(await screen.findByText('0571-8765 0000'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187650000' })
  })

  it('offline, shows what it last loaded and says so', async () => {
    writeCache('home:latest-notices', latest, '2026-11-25T01:05:00.000Z')
    writeCache('contacts', contacts, '2026-11-25T01:05:00.000Z')
    mockRequest(() => 'offline')
    render(<HomePage />)
    expect(await screen.findAllByText('离线 · 显示的是 11月25日 09:05 保存的内容')).toHaveLength(2)
    expect(screen.getByText('公开信息第1条')).toBeInTheDocument()
    expect(screen.getByText('0571-8765 0000')).toBeInTheDocument()
  })

  it('offline the first time, offers 重试 instead of a blank page, and recovers', async () => {
    mockRequest(() => 'offline')
    render(<HomePage />)
    await waitFor(() => expect(screen.getAllByText('重试')).toHaveLength(2))
    expect(screen.getAllByText('网络连接失败，请检查网络后重试')).toHaveLength(2)
    mockApi({ '/contacts': contacts, '/notices': latest })
    fireEvent.click(screen.getAllByText('重试')[0])
    expect(await screen.findByText('公开信息第1条')).toBeInTheDocument()
  })

  it('reloads on pull-down and then stops the spinner', async () => {
    mockApi({ '/contacts': contacts, '/notices': latest })
    render(<HomePage />)
    await screen.findByText('公开信息第1条')
    const before = requestsMade().length
    await act(() => firePullDownRefresh())
    expect(requestsMade().length).toBe(before + 2)
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
  })
})
