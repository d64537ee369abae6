import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../../mock/taro'
import { SIGNED_IN } from '@/packages/cases/fixtures'
import { readCache, residentCacheKey, writeCache } from '@/stores/offline-cache'
import { useOutbox } from '@/stores/outbox'
import { useSession } from '@/stores/session'
import { AccountLinks, signedInAs, signOutWarning } from '.'

const unsent = {
  key: 'key-00000001',
  kind: 'suggestion' as const,
  title: '加装座椅',
  body: { kind: 'suggestion' as const, title: '加装座椅', content: '小区门口没有地方休息' },
  createdAt: '2026-11-20T09:00:00+08:00',
  owner: SIGNED_IN.accountId,
  state: 'pending' as const
}
const neighbours = { ...unsent, key: 'key-00000002', owner: SIGNED_IN.accountId + 1 }

describe('the account rows of 我的', () => {
  it('offers 登录 to a resident who is not signed in', () => {
    useSession.setState({ token: null, expiresAt: null })
    render(<AccountLinks />)
    fireEvent.click(screen.getByText('登录'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/login/index' })
  })

  it('treats an expired session as signed out', () => {
    useSession.setState({ token: 't', expiresAt: '2020-01-01T00:00:00+08:00' })
    render(<AccountLinks />)
    expect(screen.getByText('登录')).toBeInTheDocument()
  })

  it('signs out after confirmation', async () => {
    useSession.setState(SIGNED_IN)
    render(<AccountLinks />)
    expect(screen.getByText('我的事项')).toBeInTheDocument()
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'))
      await Promise.resolve()
    })
    expect(Taro.showModal).toHaveBeenCalled()
    expect(useSession.getState().token).toBeNull()
    expect(screen.getByText('登录')).toBeInTheDocument()
  })

  it('asks the server to end the session at sign-out, so a copy of the token stops working too', async () => {
    useSession.setState(SIGNED_IN)
    mockRequest(() => ({ statusCode: 204, data: '' }))
    render(<AccountLinks />)
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'))
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    const logout = requestsMade().find((r) => r.url.endsWith('/api/v1/auth/logout'))
    expect(logout).toMatchObject({ method: 'POST', header: expect.objectContaining({ Authorization: `Bearer ${SIGNED_IN.token}` }) })
  })

  it('opens the privacy notice, where consent is withdrawn, once signed in', () => {
    useSession.setState(SIGNED_IN)
    render(<AccountLinks />)
    fireEvent.click(screen.getByText('个人信息保护说明'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/privacy/index' })
  })

  it('wipes the resident’s cached cases and notifications from the phone, keeping the public pages', async () => {
    useSession.setState(SIGNED_IN)
    useOutbox.setState({ items: [], acknowledged: {} })
    writeCache(residentCacheKey('cases:mine', SIGNED_IN.token), [], '2026-11-25T01:00:00.000Z')
    writeCache(residentCacheKey('notifications', SIGNED_IN.token), [], '2026-11-25T01:00:00.000Z')
    writeCache('catalogue', { categories: [] }, '2026-11-25T01:00:00.000Z')
    render(<AccountLinks />)
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'))
      await Promise.resolve()
    })
    expect(readCache(residentCacheKey('cases:mine', SIGNED_IN.token))).toBeNull()
    expect(readCache(residentCacheKey('notifications', SIGNED_IN.token))).toBeNull()
    expect(readCache('catalogue')).not.toBeNull()
  })

  it('warns that unsent submissions will be deleted, and keeps everything when the resident cancels', async () => {
    useSession.setState(SIGNED_IN)
    useOutbox.setState({ items: [unsent], acknowledged: {} })
    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<AccountLinks />)
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'))
      await Promise.resolve()
    })
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: signOutWarning(1) }))
    expect(signOutWarning(1)).toContain('您还有 1 件事项没有发送')
    expect(useSession.getState().token).toBe(SIGNED_IN.token)
    expect(useOutbox.getState().items).toHaveLength(1)
  })

  it('deletes the unsent submissions once the resident confirms', async () => {
    useSession.setState(SIGNED_IN)
    useOutbox.setState({ items: [unsent], acknowledged: {} })
    render(<AccountLinks />)
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'))
      await Promise.resolve()
    })
    expect(useSession.getState().token).toBeNull()
    expect(useOutbox.getState().items).toEqual([])
  })

  it('warns of and deletes only this account’s unsent submissions: another account’s stay for its sign-in', async () => {
    useSession.setState(SIGNED_IN)
    useOutbox.setState({ items: [unsent, neighbours], acknowledged: {} })
    render(<AccountLinks />)
    await act(async () => {
      fireEvent.click(screen.getByText('退出登录'))
      await Promise.resolve()
    })
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: signOutWarning(1) }))
    expect(useOutbox.getState().items).toEqual([neighbours])
  })
})

describe('who is signed in, on 我的', () => {
  it('shows the masked phone number of the account', async () => {
    useSession.setState(SIGNED_IN)
    mockRequest((req) =>
      new URL(req.url).pathname === '/api/v1/me'
        ? { statusCode: 200, data: { phoneMasked: '138****5678', wechat: false, consents: [], privacyConsentCurrent: true, unreadNotifications: 0 } }
        : { statusCode: 404, data: {} }
    )
    render(<AccountLinks />)
    expect(await screen.findByText('已登录：手机 138****5678')).toBeInTheDocument()
  })

  it('names WeChat for an account without a phone number, and says only 已登录 when the server cannot be asked', () => {
    expect(signedInAs({ phoneMasked: null, wechat: true })).toBe('已登录：微信账号')
    expect(signedInAs(null)).toBe('已登录')
  })
})

