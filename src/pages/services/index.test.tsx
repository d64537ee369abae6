import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { aGuide } from '../../../mock/fixtures'
import { mockRequest, requestsMade } from '../../../mock/taro'
import type { GuideSummary } from '@/core/schemas/guides'
import ServicesPage from '.'

const guides = [
  aGuide({ id: 1 }),
  aGuide({ id: 2, name: '高龄津贴申领', topic: '养老服务', summary: '80周岁以上老年人可申领高龄津贴。' }),
  aGuide({ id: 3, name: '居住证办理', topic: '户籍证件', summary: '在本市居住半年以上可申领居住证。' })
]

/** The API: guides whose name contains the search words. */
function serveGuides(all: GuideSummary[] = guides) {
  mockRequest((req) => {
    const q = new URL(req.url).searchParams.get('q') ?? ''
    const items = all.filter((g) => g.name.includes(q))
    return { statusCode: 200, data: { items, total: items.length, page: 1, pageSize: 20 } }
  })
}

function search(container: HTMLElement, words: string) {
  act(() => {
    container.querySelector('taro-input-core')!.dispatchEvent(new CustomEvent('confirm', { detail: { value: words } }))
  })
}

describe('the 办事 tab', () => {
  it('lists the service guides with their topics', async () => {
    serveGuides()
    render(<ServicesPage />)
    expect(await screen.findByText('高龄津贴申领')).toBeInTheDocument()
    expect(screen.getByText('养老服务（1 项）')).toBeInTheDocument()
    expect(screen.getByText('居住证办理')).toBeInTheDocument()
  })

  it('opens the benefit policies from the 惠民政策 entry', async () => {
    serveGuides()
    render(<ServicesPage />)
    await screen.findByText('高龄津贴申领')
    fireEvent.click(screen.getByText('惠民政策'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/notices/index?category=gov-benefits' })
  })

  it('opens the 惠民政策自测 from its entry', async () => {
    serveGuides()
    render(<ServicesPage />)
    await screen.findByText('高龄津贴申领')
    fireEvent.click(screen.getByText('惠民政策自测'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/selfcheck/index/index' })
  })

  it('opens a guide when it is tapped', async () => {
    serveGuides()
    render(<ServicesPage />)
    fireEvent.click(await screen.findByText('居住证办理'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/guide/index?id=3' })
  })

  it('narrows the list to the guides matching the search words', async () => {
    serveGuides()
    const { container } = render(<ServicesPage />)
    await screen.findByText('居住证办理')
    search(container, '高龄')
    expect(await screen.findByText('找到 1 项')).toBeInTheDocument()
    expect(screen.queryByText('居住证办理')).not.toBeInTheDocument()
    expect(new URL(requestsMade()[1].url).searchParams.get('q')).toBe('高龄')
  })

  it('says when no guide matches and goes back to all guides on request', async () => {
    serveGuides()
    const { container } = render(<ServicesPage />)
    await screen.findByText('居住证办理')
    search(container, '护照')
    expect(await screen.findByText('没有找到含有“护照”的办事指南')).toBeInTheDocument()
    fireEvent.click(screen.getByText('看全部办事指南'))
    expect(await screen.findByText('居住证办理')).toBeInTheDocument()
  })

  it('says so when no service guide has been published yet', async () => {
    serveGuides([])
    render(<ServicesPage />)
    expect(await screen.findByText('暂时还没有公布办事指南')).toBeInTheDocument()
  })
})
