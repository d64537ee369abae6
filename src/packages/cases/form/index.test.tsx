import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { fireDidShow, fireNetworkChange, mockRequest, requestsMade, setRouterParams, type MockReply } from '../../../../mock/taro'
import { draftOf, useDrafts } from '@/stores/drafts'
import { useOutbox } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { SIGNED_IN, aClock } from '../fixtures'
import { settle, typeInto } from '../test-helpers'
import CaseFormRoute from '.'

const created = { trackingNo: 'XG-2026-000123', kind: 'suggestion', status: 'in_progress', receivedOn: '2026-11-20', clock: aClock() }
let caseReplies: MockReply[] = []
const posts = () => requestsMade().filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/cases')

beforeEach(() => {
  useSession.setState({ token: null, expiresAt: null, accountId: null, privacyConsented: false })
  useDrafts.setState({ drafts: [] })
  useOutbox.setState({ items: [], acknowledged: {} })
  caseReplies = []
  mockRequest((req) => (new URL(req.url).pathname === '/api/v1/cases' ? (caseReplies.shift() ?? 'offline') : { statusCode: 404, data: {} }))
})

function fillSuggestion() {
  typeInto('标题', '小区门口加装座椅')
  typeInto('具体内容', '老人在门口等车没有地方坐')
}

describe('the suggestion form', () => {
  beforeEach(() => setRouterParams({ kind: 'suggestion' }))

  it('says what the kind is for', () => {
    render(<CaseFormRoute />)
    expect(screen.getByText('意见建议')).toBeInTheDocument()
    expect(screen.getByText('对街道和社区的工作提出想法。')).toBeInTheDocument()
  })

  it('shows the schema message under each required field left empty', () => {
    render(<CaseFormRoute />)
    fireEvent.click(screen.getByText('提交'))
    expect(screen.getByText('⚠ 请填写标题')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请填写具体内容')).toBeInTheDocument()
    expect(screen.getByText('还有 2 处需要修改，请看上面的红色提示。')).toBeInTheDocument()
    expect(posts()).toHaveLength(0)
  })

  it('clears a message as soon as the field is filled', () => {
    render(<CaseFormRoute />)
    fireEvent.click(screen.getByText('提交'))
    typeInto('标题', '小区门口加装座椅')
    expect(screen.queryByText('⚠ 请填写标题')).not.toBeInTheDocument()
    expect(screen.getByText('⚠ 请填写具体内容')).toBeInTheDocument()
  })

  it('keeps what was typed as a draft and restores it when the form opens again', () => {
    const first = render(<CaseFormRoute />)
    fillSuggestion()
    first.unmount()
    render(<CaseFormRoute />)
    expect(screen.getByText('已为您恢复上次没写完的内容。')).toBeInTheDocument()
    expect(document.querySelector('[aria-label="标题"]')).toHaveProperty('value', '小区门口加装座椅')
  })

  describe('on a phone shared by several residents', () => {
    const NEIGHBOUR = { token: 'tok-of-the-neighbour-8', expiresAt: '2099-01-01T00:00:00+08:00', accountId: 8 }
    const title = () => document.querySelector('[aria-label="标题"]')

    it('does not show one account’s draft to another account signed in on the same phone', () => {
      useSession.setState(SIGNED_IN)
      const first = render(<CaseFormRoute />)
      fillSuggestion()
      first.unmount()
      act(() => useSession.setState(NEIGHBOUR))
      render(<CaseFormRoute />)
      expect(screen.queryByText('已为您恢复上次没写完的内容。')).not.toBeInTheDocument()
      expect(title()).toHaveProperty('value', '')
    })

    it('gives an account back its own draft after another account used the phone', () => {
      useSession.setState(SIGNED_IN)
      const first = render(<CaseFormRoute />)
      fillSuggestion()
      first.unmount()
      act(() => useSession.setState(NEIGHBOUR))
      render(<CaseFormRoute />).unmount()
      act(() => useSession.setState(SIGNED_IN))
      render(<CaseFormRoute />)
      expect(title()).toHaveProperty('value', '小区门口加装座椅')
    })

    it('does not show an account’s draft once its session has lapsed, even what was typed after it lapsed', () => {
      useSession.setState(SIGNED_IN)
      const first = render(<CaseFormRoute />)
      typeInto('标题', '小区门口加装座椅')
      act(() => useSession.setState({ token: null, expiresAt: null, accountId: null }))
      typeInto('具体内容', '老人在门口等车没有地方坐')
      first.unmount()
      render(<CaseFormRoute />)
      expect(title()).toHaveProperty('value', '')
      expect(draftOf(useDrafts.getState().drafts, SIGNED_IN.accountId, 'suggestion')).toMatchObject({ content: '老人在门口等车没有地方坐' })
    })

    it('does not give what was typed while signed out to an account that signed in somewhere else', () => {
      const first = render(<CaseFormRoute />)
      fillSuggestion()
      first.unmount()
      act(() => useSession.setState(NEIGHBOUR))
      render(<CaseFormRoute />)
      expect(title()).toHaveProperty('value', '')
    })
  })

  it('asks a resident who is not signed in to sign in, then sends on return', async () => {
    render(<CaseFormRoute />)
    fillSuggestion()
    fireEvent.click(screen.getByText('提交'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/login/index?back=1' })
    expect(posts()).toHaveLength(0)
    act(() => useSession.setState(SIGNED_IN))
    caseReplies = [{ statusCode: 201, data: created }]
    await act(() => fireDidShow())
    await settle()
    expect(await screen.findByText('✓ 已提交，街道已经收到')).toBeInTheDocument()
  })

  it('shows the tracking number and the legal due date once the office has it', async () => {
    useSession.setState(SIGNED_IN)
    caseReplies = [{ statusCode: 201, data: created }]
    render(<CaseFormRoute />)
    fillSuggestion()
    fireEvent.click(screen.getByText('提交'))
    expect(await screen.findByText('事项编号：XG-2026-000123')).toBeInTheDocument()
    expect(screen.getByText('还剩 12 个工作日，最迟于2026年12月18日答复')).toBeInTheDocument()
    expect(posts()[0].header.Authorization).toBe(`Bearer ${SIGNED_IN.token}`)
    expect(useDrafts.getState().drafts).toEqual([])
  })

  describe('in the mini-program', () => {
    const platform = process.env.TARO_ENV
    let templates: MockReply
    beforeEach(() => {
      process.env.TARO_ENV = 'weapp'
      templates = { statusCode: 200, data: { wechatTemplateIds: ['tmplReceivedAAAA', 'tmplRepliedBBBB'] } }
      mockRequest((req) => {
        const path = new URL(req.url).pathname
        if (path === '/api/v1/notify/templates') return templates
        return path === '/api/v1/cases' ? (caseReplies.shift() ?? 'offline') : { statusCode: 404, data: {} }
      })
      useSession.setState(SIGNED_IN)
      caseReplies = [{ statusCode: 201, data: created }]
    })
    afterEach(() => {
      process.env.TARO_ENV = platform
    })

    it('asks at 提交 for the subscription templates the server sends with', async () => {
      render(<CaseFormRoute />)
      await settle()
      fillSuggestion()
      fireEvent.click(screen.getByText('提交'))
      await screen.findByText('事项编号：XG-2026-000123')
      expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmplReceivedAAAA', 'tmplRepliedBBBB'], entityIds: [] })
    })

    it('asks for nothing when the server has no templates configured', async () => {
      templates = { statusCode: 200, data: { wechatTemplateIds: [] } }
      render(<CaseFormRoute />)
      await settle()
      fillSuggestion()
      fireEvent.click(screen.getByText('提交'))
      await screen.findByText('事项编号：XG-2026-000123')
      expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled()
    })

    it('asks with the templates it loaded last time when the phone is offline as the form opens', async () => {
      const first = render(<CaseFormRoute />)
      await settle()
      first.unmount()
      templates = 'offline'
      render(<CaseFormRoute />)
      await settle()
      fillSuggestion()
      fireEvent.click(screen.getByText('提交'))
      await screen.findByText('事项编号：XG-2026-000123')
      expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmplReceivedAAAA', 'tmplRepliedBBBB'], entityIds: [] })
    })
  })

  it('asks for no subscription in the browser, and does not load the templates', async () => {
    useSession.setState(SIGNED_IN)
    caseReplies = [{ statusCode: 201, data: created }]
    render(<CaseFormRoute />)
    fillSuggestion()
    fireEvent.click(screen.getByText('提交'))
    await screen.findByText('事项编号：XG-2026-000123')
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled()
    expect(requestsMade().filter((r) => r.url.includes('/notify/templates'))).toHaveLength(0)
  })

  it('keeps an unsent submission to the account that wrote it', async () => {
    useSession.setState(SIGNED_IN)
    render(<CaseFormRoute />)
    fillSuggestion()
    fireEvent.click(screen.getByText('提交'))
    await screen.findByText('待发送：还没有送到街道')
    expect(useOutbox.getState().items).toEqual([expect.objectContaining({ owner: SIGNED_IN.accountId, state: 'pending' })])
  })

  it('says 待发送 when offline and resends with the same key on 重新发送', async () => {
    useSession.setState(SIGNED_IN)
    render(<CaseFormRoute />)
    fillSuggestion()
    fireEvent.click(screen.getByText('提交'))
    expect(await screen.findByText('待发送：还没有送到街道')).toBeInTheDocument()
    expect(screen.queryByText(/已提交/)).not.toBeInTheDocument()
    caseReplies = [{ statusCode: 201, data: created }]
    fireEvent.click(screen.getByText('重新发送'))
    expect(await screen.findByText('事项编号：XG-2026-000123')).toBeInTheDocument()
    const keys = posts().map((r) => r.header['Idempotency-Key'])
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(keys[1])
  })
})

it('turns 待发送 into 已提交 by itself when the network comes back', async () => {
  setRouterParams({ kind: 'suggestion' })
  useSession.setState(SIGNED_IN)
  render(<CaseFormRoute />)
  fillSuggestion()
  fireEvent.click(screen.getByText('提交'))
  expect(await screen.findByText('待发送：还没有送到街道')).toBeInTheDocument()
  caseReplies = [{ statusCode: 201, data: created }]
  act(() => fireNetworkChange(true))
  expect(await screen.findByText('事项编号：XG-2026-000123')).toBeInTheDocument()
  const keys = new Set(posts().map((r) => r.header['Idempotency-Key']))
  expect(keys.size).toBe(1)
})

describe('the information request form', () => {
  beforeEach(() => setRouterParams({ kind: 'info_request' }))

  function fillInfoRequest() {
    typeInto('需要公开的信息', '2025年本街道老旧小区改造计划及资金安排')
    typeInto('姓名', '张桂兰')
    typeInto('证件号码', '11010519491231002X')
    typeInto('手机号码', '13812345678')
    fireEvent.click(screen.getByText('电子文件'))
    fireEvent.click(screen.getByText('在本程序里查看'))
  }

  it('shows every missing part of the application under its field', () => {
    render(<CaseFormRoute />)
    fireEvent.click(screen.getByText('提交'))
    expect(screen.getByText('⚠ 请具体描述所需的政府信息（至少 10 个字），例如文件名称、文号或大致时间')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请填写申请人姓名或组织名称')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请填写证件号码')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请选择提供形式：纸质或电子')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请选择获取方式：自行领取、邮寄、电子邮件或网上获取')).toBeInTheDocument()
  })

  it('says an identity card number is wrong when its check digit is', () => {
    render(<CaseFormRoute />)
    fillInfoRequest()
    typeInto('证件号码', '110105194912310021')
    fireEvent.click(screen.getByText('提交'))
    expect(screen.getByText('⚠ 身份证号码不正确，请核对 18 位号码（最后一位可能是 X）')).toBeInTheDocument()
  })

  it('asks for consent to the privacy notice before the first identity number is sent', async () => {
    useSession.setState(SIGNED_IN)
    render(<CaseFormRoute />)
    fillInfoRequest()
    fireEvent.click(screen.getByText('提交'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/privacy/index?back=1' })
    expect(posts()).toHaveLength(0)
    useSession.setState({ privacyConsented: true })
    caseReplies = [{ statusCode: 201, data: { ...created, kind: 'info_request' } }]
    await act(() => fireDidShow())
    await settle()
    expect(await screen.findByText('事项编号：XG-2026-000123')).toBeInTheDocument()
    expect(JSON.parse(posts()[0].data as string).applicant.idNumber).toBe('11010519491231002X')
  })

  it('keeps what was typed while signed out for the resident who signed in from the form, and for no one signed out', async () => {
    const first = render(<CaseFormRoute />)
    fillInfoRequest()
    fireEvent.click(screen.getByText('提交'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/login/index?back=1' })
    act(() => useSession.setState(SIGNED_IN))
    await act(() => fireDidShow())
    first.unmount()
    expect(useDrafts.getState().drafts.map((d) => d.owner)).toEqual([SIGNED_IN.accountId])
    render(<CaseFormRoute />)
    expect(screen.getByText('已为您恢复上次没写完的内容。')).toBeInTheDocument()
    expect(document.querySelector('[aria-label="证件号码"]')).toHaveProperty('value', '11010519491231002X')
  })

  it('does not send on return when the resident declined consent', async () => {
    useSession.setState(SIGNED_IN)
    render(<CaseFormRoute />)
    fillInfoRequest()
    fireEvent.click(screen.getByText('提交'))
    await act(() => fireDidShow())
    await settle()
    expect(posts()).toHaveLength(0)
  })
})

it('says so when the kind in the link is unknown', () => {
  setRouterParams({ kind: 'petition' })
  render(<CaseFormRoute />)
  expect(screen.getByText('没有这一类事项，请返回重新选择')).toBeInTheDocument()
})
