import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { contacts } from '../../../mock/fixtures'
import { mockApi, mockRequest } from '../../../mock/taro'
import { writeCache } from '@/stores/offline-cache'
import ContactsPage from '.'

describe('联系', () => {
  beforeEach(() => mockApi({ '/contacts': contacts }))

  it('puts the duty phone and the supervision hotline first, each with a call button', async () => {
    render(<ContactsPage />)
    expect(await screen.findByText('值班电话')).toBeInTheDocument()
    expect(screen.getByText('监督热线')).toBeInTheDocument()
    fireEvent.click(screen.getByText('0571-8765 1234'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187651234' })
  })

  it('shows the office with its hours, and its address opens the map', async () => {
    render(<ContactsPage />)
    expect(await screen.findByText('青石街道办事处')).toBeInTheDocument()
    expect(screen.getByText('办公时间：工作日 8:30—12:00，13:30—17:00')).toBeInTheDocument()
    const map = new URL(screen.getByRole('link', { name: /青石路188号/ }).getAttribute('href') ?? '')
    expect(map.hostname).toBe('uri.amap.com')
    expect(map.searchParams.get('position')).toBe('120.1551,30.2741')
    expect(map.searchParams.get('name')).toContain('青石街道办事处')
  })

  it('lists each department folded, and unfolds it to show duties, hours, phone and address', async () => {
    render(<ContactsPage />)
    expect(await screen.findByText('社会事务办公室')).toBeInTheDocument()
    expect(screen.queryByText('职责：低保、残疾人救助、养老服务')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('社会事务办公室'))
    expect(screen.getByText('职责：低保、残疾人救助、养老服务')).toBeInTheDocument()
    expect(screen.getByText('收起 ▲')).toBeInTheDocument()
    fireEvent.click(screen.getByText('0571-8765 4321'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187654321' })
    fireEvent.click(screen.getByText('社会事务办公室'))
    expect(screen.queryByText('职责：低保、残疾人救助、养老服务')).not.toBeInTheDocument()
  })

  it('shows a department without coordinates with its address and no map button', async () => {
    render(<ContactsPage />)
    fireEvent.click(await screen.findByText('城市管理办公室'))
    expect(screen.getByText('青石路190号二楼')).toBeInTheDocument()
    expect(screen.getAllByText('地图')).toHaveLength(1)
  })

  it('shows the leader reception day: who, when and where', async () => {
    render(<ContactsPage />)
    expect(await screen.findByText('时间：每月第一个星期三 上午 9:00—11:30')).toBeInTheDocument()
    expect(screen.getByText('地点：为民服务中心二楼接待室')).toBeInTheDocument()
  })

  it('shows each leader with photo from the API, post, 分工 and office phone', async () => {
    const { container } = render(<ContactsPage />)
    expect(await screen.findByText('分工：主持党工委全面工作')).toBeInTheDocument()
    expect(screen.getAllByText('党工委书记').length).toBeGreaterThan(0)
    expect(container.querySelector('[src="http://localhost/api/v1/leaders/1/photo"]')).not.toBeNull()
    expect(screen.getByText('0571-8765 0002')).toBeInTheDocument()
  })

  it('shows the surname in place of a photo that is not published', async () => {
    render(<ContactsPage />)
    expect(await screen.findByText('李')).toBeInTheDocument()
  })

  it('offline, shows the contacts it last loaded and says so', async () => {
    writeCache('contacts', contacts, '2026-11-24T12:00:00.000Z')
    mockRequest(() => 'offline')
    render(<ContactsPage />)
    expect(await screen.findByText('离线 · 显示的是 11月24日 20:00 保存的内容')).toBeInTheDocument()
    expect(screen.getByText('0571-8765 0000')).toBeInTheDocument()
  })

  it('offline the first time, offers 重试', async () => {
    mockRequest(() => 'offline')
    render(<ContactsPage />)
    expect(await screen.findByText('重试')).toBeInTheDocument()
  })
})
