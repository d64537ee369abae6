import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { aGuideDetail } from '../../../../mock/fixtures'
import { mockRequest, requestsMade, setRouterParams } from '../../../../mock/taro'
import GuidePage from '.'

beforeEach(() => {
  setRouterParams({ id: '1' })
  mockRequest((req) =>
    new URL(req.url).pathname === '/api/v1/guides/1'
      ? { statusCode: 200, data: aGuideDetail() }
      : { statusCode: 404, data: { error: { code: 'GUIDE_NOT_FOUND', message: '没有找到这项办事指南' } } }
  )
})

describe('the service guide page', () => {
  it('shows the service and all eight disclosures', async () => {
    const { container } = render(<GuidePage />)
    expect(await screen.findByText('家庭人均收入低于本市低保标准的居民，可申请最低生活保障。')).toBeInTheDocument()
    expect(container.querySelectorAll('.guide-section')).toHaveLength(8)
    expect(screen.getByText('第1步')).toBeInTheDocument()
    expect(screen.getByText('1. 居民身份证')).toBeInTheDocument()
  })

  it('shows where to apply, with office hours, a phone to call and an address for the map', async () => {
    render(<GuidePage />)
    expect(await screen.findByText('到哪里办')).toBeInTheDocument()
    expect(screen.getByText('办公时间：工作日 8:30—12:00，13:30—17:00')).toBeInTheDocument()
    fireEvent.click(screen.getByText('0571-8765 4321'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187654321' })
    expect(screen.getByText('青石街道为民服务中心一楼3号窗口').closest('a')?.getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/marker\?/)
  })

  it('shows 办事须知 as rich text after the eight disclosures when the guide has it', async () => {
    mockRequest(() => ({ statusCode: 200, data: aGuideDetail({ body: '<p>请先<strong>电话预约</strong></p>' }) }))
    const { container } = render(<GuidePage />)
    expect(await screen.findByText('办事须知')).toBeInTheDocument()
    const richText = container.querySelector('taro-rich-text-core') as Element & { nodes: unknown }
    expect(richText.nodes).toEqual([
      { name: 'p', attrs: { class: 'rich-body__p' }, children: [{ type: 'text', text: '请先' }, { name: 'strong', attrs: { class: 'rich-body__strong' }, children: [{ type: 'text', text: '电话预约' }] }] }
    ])
  })

  it('has no 办事须知 section for a guide without one', async () => {
    render(<GuidePage />)
    await screen.findByText('到哪里办')
    expect(screen.queryByText('办事须知')).toBeNull()
  })

  it("shows the server's message for a guide that does not exist", async () => {
    setRouterParams({ id: '404' })
    render(<GuidePage />)
    expect(await screen.findByText('没有找到这项办事指南')).toBeInTheDocument()
  })

  it('explains a broken link without asking the server', () => {
    setRouterParams({})
    render(<GuidePage />)
    expect(screen.getByText('没有找到这项办事指南，请返回重新选择')).toBeInTheDocument()
    expect(requestsMade()).toHaveLength(0)
  })
})
