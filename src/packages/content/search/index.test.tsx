import { act, fireEvent, render, screen } from '@testing-library/react'
import { aGuide, aNotice, aNoticePage, someNotices } from '../../../../mock/fixtures'
import { fireReachBottom, mockRequest, requestsMade, setRouterParams } from '../../../../mock/taro'
import type { GuideSummary } from '@/core/schemas/guides'
import type { NoticeSummary } from '@/core/schemas/notices'
import SearchPage from '.'

const lowIncome = [
  aNotice({ id: 1, title: '城乡低保标准调整', excerpt: '城乡低保标准调整，低保对象按新标准领取' }),
  aNotice({ id: 2, title: '2026年11月低保动态公示', excerpt: '本月新增低保家庭3户' })
]

/** The API: what each search finds, 20 per page. */
function serveSearch(results: Record<string, NoticeSummary[]>, guides: Record<string, GuideSummary[]> = {}) {
  mockRequest((req) => {
    const url = new URL(req.url)
    if (url.pathname === '/api/v1/guides') {
      const found = guides[url.searchParams.get('q') ?? ''] ?? []
      return { statusCode: 200, data: { items: found, total: found.length, page: 1, pageSize: 5 } }
    }
    const items = results[url.searchParams.get('q') ?? ''] ?? []
    const page = Number(url.searchParams.get('page') ?? 1)
    return { statusCode: 200, data: aNoticePage(items.slice((page - 1) * 20, page * 20), { total: items.length, page }) }
  })
}

const searchedWords = () =>
  requestsMade()
    .map((r) => new URL(r.url))
    .filter((url) => url.pathname === '/api/v1/notices')
    .map((url) => url.searchParams.get('q'))
const marks = (container: HTMLElement) => [...container.querySelectorAll('.highlight-text__match')].map((el) => el.textContent)

describe('the search page', () => {
  it('searches the words it was opened with and says how many it found', async () => {
    setRouterParams({ q: encodeURIComponent('低保') })
    serveSearch({ 低保: lowIncome })
    render(<SearchPage />)
    expect(await screen.findByText('公开信息（2 条）')).toBeInTheDocument()
    expect(searchedWords()).toEqual(['低保'])
  })

  it('marks every occurrence of the words in titles and excerpts', async () => {
    setRouterParams({ q: '低保' })
    serveSearch({ 低保: lowIncome })
    const { container } = render(<SearchPage />)
    await screen.findByText('公开信息（2 条）')
    expect(marks(container)).toEqual(['低保', '低保', '低保', '低保', '低保'])
  })

  it('fills the search box with the words it was opened with', async () => {
    setRouterParams({ q: '低保' })
    serveSearch({ 低保: lowIncome })
    const { container } = render(<SearchPage />)
    await screen.findByText('公开信息（2 条）')
    expect((container.querySelector('taro-input-core') as HTMLElement & { value: string }).value).toBe('低保')
  })

  it('searches again with new words', async () => {
    setRouterParams({ q: '低保' })
    serveSearch({ 低保: lowIncome, 医保: [aNotice({ id: 3, title: '医保缴费通知' })] })
    const { container } = render(<SearchPage />)
    await screen.findByText('公开信息（2 条）')
    act(() => {
      container.querySelector('taro-input-core')!.dispatchEvent(new CustomEvent('confirm', { detail: { value: '医保' } }))
    })
    expect(await screen.findByText('公开信息（1 条）')).toBeInTheDocument()
    expect(searchedWords()).toEqual(['低保', '医保'])
  })

  it('loads more results when the resident scrolls to the bottom', async () => {
    setRouterParams({ q: '公开' })
    serveSearch({ 公开: someNotices(23) })
    const { container } = render(<SearchPage />)
    expect(await screen.findByText('公开信息（23 条）')).toBeInTheDocument()
    expect(container.querySelectorAll('.notice-card')).toHaveLength(20)
    await act(() => fireReachBottom())
    expect(await screen.findByText('已经到底了，共 23 条')).toBeInTheDocument()
    expect(container.querySelectorAll('.notice-card')).toHaveLength(23)
  })

  it('says clearly when nothing is found and suggests other words to try', async () => {
    setRouterParams({ q: '火星' })
    serveSearch({ 低保: lowIncome })
    render(<SearchPage />)
    expect(await screen.findByText('没有找到含有“火星”的公开信息')).toBeInTheDocument()
    fireEvent.click(screen.getByText('低保'))
    expect(await screen.findByText('公开信息（2 条）')).toBeInTheDocument()
  })

  it('offers common words and asks the server nothing before the first search', () => {
    render(<SearchPage />)
    expect(screen.getByText('输入几个字就能找，比如：')).toBeInTheDocument()
    expect(screen.getByText('养老保险')).toBeInTheDocument()
    expect(requestsMade()).toHaveLength(0)
  })

  it('finds the service guides that hold the words too, above the notices', async () => {
    setRouterParams({ q: encodeURIComponent('低保') })
    serveSearch({ 低保: lowIncome }, { 低保: [aGuide({ id: 7, name: '最低生活保障（低保）申请' })] })
    render(<SearchPage />)
    expect(await screen.findByText('办事指南（1 条）')).toBeInTheDocument()
    expect(screen.getByText('最低生活保障（低保）申请')).toBeInTheDocument()
    expect(await screen.findByText('公开信息（2 条）')).toBeInTheDocument()
  })

  it('says in what order the notices are listed: by relevance, then newest first', async () => {
    setRouterParams({ q: encodeURIComponent('低保') })
    serveSearch({ 低保: lowIncome })
    render(<SearchPage />)
    expect(await screen.findByText('标题里有这些字的排在前面，同样相关的，新发布的在前。')).toBeInTheDocument()
    expect(screen.queryByText(/办事指南/)).toBeNull()
  })
})

