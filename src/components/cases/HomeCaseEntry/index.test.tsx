import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest } from '../../../../mock/taro'
import { SIGNED_IN, aCaseSummary } from '@/packages/cases/fixtures'
import { useOutbox } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { HomeCaseEntry } from '.'

const me = { phoneMasked: '138****5678', wechat: false, consents: [], privacyConsentCurrent: true, unreadNotifications: 2 }

beforeEach(() => {
  useOutbox.setState({ items: [], acknowledged: {} })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/cases/mine') {
      const items = [aCaseSummary(), aCaseSummary({ trackingNo: 'XG-2026-000124', waitingOn: 'resident' }), aCaseSummary({ trackingNo: 'XG-2026-000125', waitingOn: 'nobody' })]
      return { statusCode: 200, data: { items, total: 3, page: 1, pageSize: 50 } }
    }
    if (path === '/api/v1/me') return { statusCode: 200, data: me }
    return { statusCode: 404, data: {} }
  })
})

describe('首页’s way into cases', () => {
  it('opens the choice of kinds from the big 我要留言 button', () => {
    useSession.setState({ token: null, expiresAt: null })
    render(<HomeCaseEntry />)
    fireEvent.click(screen.getByText('我要留言 / 投诉建议'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/new/index' })
    expect(screen.queryByText('我的事项 ›')).not.toBeInTheDocument()
  })

  it('counts the open cases, those waiting on the resident, and the new messages once signed in', async () => {
    useSession.setState(SIGNED_IN)
    render(<HomeCaseEntry />)
    expect(await screen.findByText('正在办理 2 件')).toBeInTheDocument()
    expect(screen.getByText('其中 1 件需要您补正材料')).toBeInTheDocument()
    expect(await screen.findByText('2 条新消息')).toBeInTheDocument()
  })

  it('counts this account’s unsent submissions, not another account’s on the same phone', async () => {
    useSession.setState(SIGNED_IN)
    const item = { kind: 'help' as const, title: '楼道灯坏了', body: { kind: 'help' as const, title: '楼道灯坏了', content: '三单元楼道灯不亮' }, createdAt: '2026-11-20T01:00:00.000Z', state: 'pending' as const }
    useOutbox.setState({ items: [{ ...item, key: 'key-mine-0001', owner: SIGNED_IN.accountId }, { ...item, key: 'key-other-001', owner: SIGNED_IN.accountId + 1 }] })
    render(<HomeCaseEntry />)
    expect(await screen.findByText('1 件待发送')).toBeInTheDocument()
  })
})
