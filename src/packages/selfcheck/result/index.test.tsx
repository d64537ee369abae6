import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Answers } from '@/core/eligibility'
import type { GuideSummary } from '@/core/schemas/guides'
import { useSelfCheck } from '@/stores/selfcheck'
import { contacts } from '../../../../mock/fixtures'
import { mockRequest, requestsMade } from '../../../../mock/taro'
import SelfCheckResultPage from '.'

const aGuide = (id: number, name: string): GuideSummary => ({ id, name, summary: '', topic: '社会救助', departmentName: '社会事务办公室', promisedLimit: '20个工作日' })

/** An 82-year-old living alone, registered here, in the employees' schemes, income not known. */
const elderAnswers: Answers = {
  members: [{ id: 'self', relation: 'self' }],
  'age@self': 82,
  'localHukou@self': true,
  existingStatus: 'none',
  area: 'urban',
  perCapitaMonthlyIncome: null,
  'inEmployeeMedical@self': true,
  'inEmployeePension@self': true,
  'hasDisability@self': false
}

beforeEach(() => {
  act(() => useSelfCheck.setState({ answers: elderAnswers, revisiting: null }))
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/contacts') return { statusCode: 200, data: contacts }
    if (path === '/api/v1/guides') {
      return { statusCode: 200, data: { items: [aGuide(5, '高龄津贴申领'), aGuide(1, '最低生活保障申请')], total: 2, page: 1, pageSize: 50 } }
    }
    return { statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '没有找到' } } }
  })
})

/** Lets the answers to the requests in flight arrive. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

/** Renders the page and lets its requests for contacts, guides and rules finish. */
async function renderPage() {
  const view = render(<SelfCheckResultPage />)
  await screen.findAllByText(/^办事指南：/)
  await settle()
  return view
}

const card = (name: string) => screen.getByText(name, { selector: '.programme-card__name' }).closest('.programme-card') as HTMLElement

describe('the self-check results', () => {
  it('shows each programme as 可能符合, 还需确认 or 不符合 in words', async () => {
    await renderPage()
    expect(screen.getByText('可能符合 1 项 · 还需确认 4 项 · 不符合 4 项')).toBeInTheDocument()
    expect(within(card('高龄津贴')).getByText('可能符合')).toBeInTheDocument()
    expect(within(card('最低生活保障（低保）')).getByText('还需确认')).toBeInTheDocument()
    expect(within(card('城乡居民基本医疗保险')).getByText('不符合')).toBeInTheDocument()
  })

  it('gives the reason of a 不符合 in one sentence', async () => {
    await renderPage()
    expect(within(card('城乡居民基本医疗保险')).getByText('暂不符合：您已参加职工基本医疗保险，不能重复参加城乡居民医保。')).toBeInTheDocument()
  })

  it('lists in plain words what is still unknown when the answer is 还需确认', async () => {
    await renderPage()
    expect(within(card('最低生活保障（低保）')).getByText('· 家庭人均月收入')).toBeInTheDocument()
  })

  it('shows the amount, the materials and the example standard used', async () => {
    await renderPage()
    const allowance = card('高龄津贴')
    expect(within(allowance).getByText(/每人每月 100 元/)).toBeInTheDocument()
    expect(within(allowance).getByText('要带的材料')).toBeInTheDocument()
    expect(screen.getByText(/^所用标准：示例本地标准，版本 canglan-20\d\d/)).toBeInTheDocument()
  })

  it('says twice that the office decides', async () => {
    await renderPage()
    expect(screen.getAllByText('本结果仅供参考，是否符合条件以街道审核为准')).toHaveLength(2)
  })

  it('lets the resident call the department, open the map and read the service guide', async () => {
    await renderPage()
    const allowance = card('高龄津贴')
    fireEvent.click(within(allowance).getByText('0571-8765 4321'))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '057187654321' })
    expect(within(allowance).getByText('青石街道为民服务中心一楼').closest('a')?.getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/marker\?/)
    fireEvent.click(within(allowance).getByText('办事指南：高龄津贴申领'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/content/guide/index?id=5' })
  })

  it('shows a household registered elsewhere a section of its own, 到户口所在地申请, never 不符合 (最低生活保障审核确认办法 第四条)', async () => {
    act(() => useSelfCheck.setState({ answers: { ...elderAnswers, 'localHukou@self': false } }))
    await renderPage()
    const allowance = card('高龄津贴')
    expect(within(allowance).getByText('到户口所在地申请')).toBeInTheDocument()
    expect(within(allowance).getByText('请到户口所在地申请：您的户口不在本街道，高龄津贴由户口所在地的街道办事处（乡镇人民政府）受理，按当地标准审核。')).toBeInTheDocument()
    expect(screen.getByText(/^到户口所在地申请（\d 项）$/)).toBeInTheDocument()
  })

  it('shows the standard’s date as residents write it (2026年1月1日), never 2026-01-01', async () => {
    await renderPage()
    expect(screen.getByText(/^所用标准：示例本地标准，版本 canglan-20\d\d，20\d\d年1月1日起执行$/)).toBeInTheDocument()
  })

  it('turns 不清楚 into 还需确认, never into 不符合', async () => {
    act(() => useSelfCheck.setState({ answers: { ...elderAnswers, 'age@self': null } }))
    await renderPage()
    expect(within(card('高龄津贴')).getByText('还需确认')).toBeInTheDocument()
    expect(within(card('高龄津贴')).getByText('· 您的年龄')).toBeInTheDocument()
  })

  it('sends none of the answers to the server', async () => {
    await renderPage()
    const sent = requestsMade().map((req) => `${req.method} ${req.url.replace('http://localhost/api/v1', '')} ${JSON.stringify(req.data ?? null)}`)
    expect(sent.sort()).toEqual(['GET /contacts null', 'GET /eligibility/rules null', 'GET /guides?pageSize=50 null'])
  })

  it('offers to go on answering while questions remain', async () => {
    await renderPage()
    expect(screen.getByText('还有问题没答完，答完后结果会更准确。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('接着答题'))
    expect(Taro.navigateBack).toHaveBeenCalled()
  })

  it('asks the resident to start when nothing was answered', async () => {
    act(() => useSelfCheck.getState().restart())
    render(<SelfCheckResultPage />)
    await settle()
    expect(screen.getByText('您还没有做自测')).toBeInTheDocument()
  })
})
