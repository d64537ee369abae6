import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade, type MockReply } from '../../../../mock/taro'
import { useOutbox } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { SIGNED_IN, aCaseSummary, aClock } from '../fixtures'
import { settle } from '../test-helpers'
import MyCasesPage from '.'

const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 50 })
let submit: MockReply = 'offline'
let notifications = { items: [] as unknown[], total: 0, page: 1, pageSize: 20, unread: 0 }

function serve(items: unknown[]) {
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/cases/mine') return { statusCode: 200, data: page(items) }
    if (path === '/api/v1/me/export') return { statusCode: 200, data: { account: { phone: '13812345678' }, cases: [] } }
    if (path === '/api/v1/me' && req.method === 'DELETE') return { statusCode: 204, data: '' }
    if (path === '/api/v1/me/notifications') return { statusCode: 200, data: notifications }
    if (path === '/api/v1/me/notifications/read') {
      notifications = { ...notifications, items: notifications.items.map((n) => ({ ...(n as object), read: true })), unread: 0 }
      return { statusCode: 200, data: { unread: 0 } }
    }
    if (path === '/api/v1/cases') return submit
    return { statusCode: 404, data: {} }
  })
}

const pending = {
  key: 'key-00000001',
  kind: 'help' as const,
  title: '楼道灯坏了',
  body: { kind: 'help' as const, title: '楼道灯坏了', content: '三单元楼道灯不亮' },
  createdAt: '2026-11-20T09:00:00+08:00',
  owner: SIGNED_IN.accountId
}

beforeEach(() => {
  useSession.setState({ ...SIGNED_IN, privacyConsented: false })
  useOutbox.setState({ items: [], acknowledged: {} })
  submit = 'offline'
  notifications = { items: [], total: 0, page: 1, pageSize: 20, unread: 0 }
})

describe('我的事项', () => {
  it('lists each case with who it waits on, its status and the clock', async () => {
    serve([
      aCaseSummary(),
      aCaseSummary({
        trackingNo: 'XG-2026-000124',
        title: '噪音扰民',
        kind: 'report',
        status: 'awaiting_your_correction',
        statusLabel: '需要您补正材料，补正后重新计算期限',
        waitingOn: 'resident',
        clock: aClock({ step: 'awaiting_correction', dueDate: null, remaining: null })
      })
    ])
    render(<MyCasesPage />)
    expect(await screen.findByText('申请公开：2025年老旧小区改造计划')).toBeInTheDocument()
    expect(screen.getByText('等街道办理')).toBeInTheDocument()
    expect(screen.getByText('还剩 12 个工作日，最迟于2026年12月18日答复')).toBeInTheDocument()
    expect(screen.getByText('等您处理')).toBeInTheDocument()
    expect(screen.getByText('期限暂停：等您补正材料后重新计算')).toBeInTheDocument()
  })

  it('opens a case when tapped', async () => {
    serve([aCaseSummary()])
    render(<MyCasesPage />)
    fireEvent.click(await screen.findByText('申请公开：2025年老旧小区改造计划'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/detail/index?no=XG-2026-000123' })
  })

  it('says so when there are no cases yet', async () => {
    serve([])
    render(<MyCasesPage />)
    expect(await screen.findByText('您还没有提交过事项')).toBeInTheDocument()
  })

  it('shows an unsent submission as 待发送, never as submitted', async () => {
    serve([])
    useOutbox.getState().add(pending)
    render(<MyCasesPage />)
    await settle()
    expect(screen.getByText('待发送（1 件）')).toBeInTheDocument()
    expect(screen.getByText('待发送')).toBeInTheDocument()
    expect(screen.getByText('楼道灯坏了')).toBeInTheDocument()
  })

  it('resends an unsent submission with its own key on 重新发送', async () => {
    serve([])
    useOutbox.getState().add(pending)
    render(<MyCasesPage />)
    await settle()
    submit = { statusCode: 201, data: { trackingNo: 'XG-2026-000125', kind: 'help', status: 'awaiting_acceptance', receivedOn: '2026-11-20', clock: aClock() } }
    fireEvent.click(screen.getByText('重新发送'))
    await settle()
    expect(screen.queryByText('待发送（1 件）')).not.toBeInTheDocument()
    const keys = requestsMade()
      .filter((r) => new URL(r.url).pathname === '/api/v1/cases')
      .map((r) => r.header['Idempotency-Key'])
    expect(new Set(keys)).toEqual(new Set(['key-00000001']))
  })

  it('shows another account’s unsent submission without its content, keeps it unsent and lets it be deleted', async () => {
    serve([])
    submit = { statusCode: 201, data: { trackingNo: 'XG-2026-000125', kind: 'help', status: 'awaiting_acceptance', receivedOn: '2026-11-20', clock: aClock() } }
    useOutbox.getState().add({ ...pending, owner: SIGNED_IN.accountId + 1 })
    render(<MyCasesPage />)
    await settle()
    expect(screen.getByText('另一个账号的待发送事项（2026年11月20日填写），登录该账号后发送。内容只有那个账号能看。')).toBeInTheDocument()
    expect(screen.queryByText('楼道灯坏了')).not.toBeInTheDocument()
    expect(screen.queryByText('重新发送')).not.toBeInTheDocument()
    expect(requestsMade().filter((r) => new URL(r.url).pathname === '/api/v1/cases')).toHaveLength(0)
    fireEvent.click(screen.getByText('删除'))
    await settle()
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('这是另一个账号的待发送事项') }))
    expect(useOutbox.getState().items).toEqual([])
  })

  it('asks whether a submission of unknown account is the resident’s, and sends it under their account once they say so', async () => {
    serve([])
    submit = { statusCode: 201, data: { trackingNo: 'XG-2026-000125', kind: 'help', status: 'awaiting_acceptance', receivedOn: '2026-11-20', clock: aClock() } }
    useOutbox.getState().add({ ...pending, owner: null })
    render(<MyCasesPage />)
    await settle()
    expect(screen.getByText('楼道灯坏了')).toBeInTheDocument()
    expect(requestsMade().filter((r) => new URL(r.url).pathname === '/api/v1/cases')).toHaveLength(0)
    fireEvent.click(screen.getByText('是我的，发送'))
    await settle()
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '这是您填写的吗？' }))
    const sent = requestsMade().filter((r) => new URL(r.url).pathname === '/api/v1/cases')
    expect(sent.map((r) => [r.header['Idempotency-Key'], r.header.Authorization])).toEqual([['key-00000001', `Bearer ${SIGNED_IN.token}`]])
    expect(useOutbox.getState().items).toEqual([])
  })

  it('leaves a submission of unknown account unsent when the resident says it is not theirs', async () => {
    serve([])
    useOutbox.getState().add({ ...pending, owner: null })
    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<MyCasesPage />)
    await settle()
    fireEvent.click(screen.getByText('是我的，发送'))
    await settle()
    expect(useOutbox.getState().items).toEqual([expect.objectContaining({ owner: null })])
    expect(requestsMade().filter((r) => new URL(r.url).pathname === '/api/v1/cases')).toHaveLength(0)
  })

  it('shows new messages in words and marks them all read on request', async () => {
    notifications = {
      items: [{ id: 1, trackingNo: 'XG-2026-000123', text: '您的事项 XG-2026-000123 已受理', createdAt: '2026-11-21T01:00:00Z', read: false }],
      total: 1,
      page: 1,
      pageSize: 20,
      unread: 1
    }
    serve([])
    render(<MyCasesPage />)
    expect(await screen.findByText('新消息（1 条）')).toBeInTheDocument()
    expect(screen.getByText('【新】您的事项 XG-2026-000123 已受理')).toBeInTheDocument()
    fireEvent.click(screen.getByText('全部标为已读'))
    expect(await screen.findByText('消息')).toBeInTheDocument()
    expect(screen.getByText('您的事项 XG-2026-000123 已受理')).toBeInTheDocument()
  })

  it('leaves 导出 and 注销账号 to 我的: a resident who has just signed in meets their cases, not the account’s deletion', async () => {
    serve([])
    render(<MyCasesPage />)
    await settle()
    expect(screen.queryByText('注销账号')).toBeNull()
    expect(screen.queryByText('导出我的数据')).toBeNull()
  })

  it('asks a signed-out resident to sign in', () => {
    useSession.setState({ token: null, expiresAt: null })
    render(<MyCasesPage />)
    fireEvent.click(screen.getByText('登录'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/login/index?back=1' })
  })
})
