import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { mockRequest, requestsMade, setRouterParams } from '../../../../mock/taro'
import { useSession } from '@/stores/session'
import { typeInto } from '../test-helpers'
import LoginPage from '.'

const me = { phoneMasked: '138****5678', wechat: false, consents: [], privacyConsentCurrent: true, unreadNotifications: 0 }

beforeEach(() => {
  useSession.setState({ token: null, expiresAt: null, privacyConsented: false })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/auth/sms') return { statusCode: 200, data: { sentTo: '138****5678', expiresInSeconds: 300, resendAfterSeconds: 60 } }
    if (path === '/api/v1/auth/sms/verify') {
      const { code } = JSON.parse(req.data as string) as { code: string }
      return code === '123456'
        ? { statusCode: 200, data: { token: 'tok-1', expiresAt: '2099-01-01T00:00:00+08:00', accountId: 7 } }
        : { statusCode: 400, data: { error: { code: 'CODE_INVALID', message: '验证码不正确，还可以再试 4 次' } } }
    }
    if (path === '/api/v1/me') return { statusCode: 200, data: me }
    return { statusCode: 404, data: {} }
  })
})

describe('signing in with an SMS code', () => {
  it('checks the phone number before asking for a code', () => {
    render(<LoginPage />)
    typeInto('手机号码', '1381234')
    fireEvent.click(screen.getByText('获取短信验证码'))
    expect(screen.getByText('⚠ 手机号码应为 11 位数字，以 1 开头，例如 13812345678')).toBeInTheDocument()
    expect(requestsMade()).toHaveLength(0)
  })

  it('says where the code went and counts down before another', async () => {
    render(<LoginPage />)
    typeInto('手机号码', '13812345678')
    fireEvent.click(screen.getByText('获取短信验证码'))
    expect(await screen.findByText('验证码已发送到 138****5678，5 分钟内有效。')).toBeInTheDocument()
    expect(screen.getByText('60 秒后可以重新获取')).toBeInTheDocument()
  })

  it('asks for the 6 digits of the code', () => {
    render(<LoginPage />)
    typeInto('手机号码', '13812345678')
    typeInto('短信验证码', '12')
    fireEvent.click(screen.getByText('登录'))
    expect(screen.getByText('⚠ 验证码是 6 位数字')).toBeInTheDocument()
  })

  it('shows the server’s word on a wrong code', async () => {
    render(<LoginPage />)
    typeInto('手机号码', '13812345678')
    typeInto('短信验证码', '654321')
    fireEvent.click(screen.getByText('登录'))
    expect(await screen.findByText('⚠ 验证码不正确，还可以再试 4 次')).toBeInTheDocument()
    expect(useSession.getState().token).toBeNull()
  })

  it('keeps the session, learns the consent, and returns to the form that asked', async () => {
    setRouterParams({ back: '1' })
    render(<LoginPage />)
    typeInto('手机号码', '13812345678')
    typeInto('短信验证码', '123456')
    fireEvent.click(screen.getByText('登录'))
    await screen.findByText('请稍候…')
    await screen.findByText('登录')
    expect(useSession.getState()).toMatchObject({ token: 'tok-1', privacyConsented: true })
    expect(Taro.navigateBack).toHaveBeenCalled()
  })
})

describe('signing in in the mini-program', () => {
  const platform = process.env.TARO_ENV
  let wechat: { statusCode: number; data: unknown }
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    wechat = { statusCode: 200, data: { token: 'tok-wx', expiresAt: '2099-01-01T00:00:00+08:00', accountId: 8 } }
    mockRequest((req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/v1/auth/wechat' || path === '/api/v1/auth/wechat/phone') return wechat
      if (path === '/api/v1/me') return { statusCode: 200, data: me }
      return { statusCode: 404, data: {} }
    })
  })
  afterEach(() => {
    process.env.TARO_ENV = platform
  })

  const tapPhoneButton = (detail: object) => {
    const button = screen.getByText('手机号快捷登录').closest('taro-button-core') ?? screen.getByText('手机号快捷登录')
    fireEvent(button, Object.assign(new Event('getphonenumber', { bubbles: true }), { detail }))
  }

  it('offers WeChat sign-in, the phone-number quick check and, one tap away, the SMS code', () => {
    render(<LoginPage />)
    expect(screen.getByText('微信一键登录')).toBeInTheDocument()
    expect(screen.getByText('手机号快捷登录')).toBeInTheDocument()
    fireEvent.click(screen.getByText('用短信验证码登录'))
    expect(screen.getByText('获取短信验证码')).toBeInTheDocument()
  })

  it('sends the phone-number code to the server and keeps the session', async () => {
    render(<LoginPage />)
    tapPhoneButton({ code: 'phone-code-1', errMsg: 'getPhoneNumber:ok' })
    await waitFor(() => expect(useSession.getState().token).toBe('tok-wx'))
    const sent = requestsMade().find((r) => r.url.endsWith('/api/v1/auth/wechat/phone'))
    expect(JSON.parse(sent?.data as string)).toEqual({ code: 'phone-code-1' })
  })

  it('says so when the resident declines to share the number, and asks the server nothing', () => {
    render(<LoginPage />)
    tapPhoneButton({ errMsg: 'getPhoneNumber:fail user deny' })
    expect(screen.getByText('没有取得手机号。可以再试一次，或用短信验证码登录。')).toBeInTheDocument()
    expect(requestsMade()).toHaveLength(0)
  })

  it('offers the SMS code alone when the server has no WeChat sign-in', async () => {
    wechat = { statusCode: 503, data: { error: { code: 'WECHAT_UNAVAILABLE', message: '暂时不能用微信登录，请用手机短信验证码登录' } } }
    render(<LoginPage />)
    fireEvent.click(screen.getByText('微信一键登录'))
    expect(await screen.findByText('暂时不能用微信登录，请用手机短信验证码登录。')).toBeInTheDocument()
    expect(screen.getByText('获取短信验证码')).toBeInTheDocument()
    expect(screen.queryByText('微信一键登录')).toBeNull()
    expect(screen.queryByText('用微信登录')).toBeNull()
  })
})

describe('signing in in the browser', () => {
  it('offers only the SMS code: no WeChat button, no phone-number quick check', () => {
    render(<LoginPage />)
    expect(screen.getByText('获取短信验证码')).toBeInTheDocument()
    expect(screen.queryByText('手机号快捷登录')).toBeNull()
    expect(screen.queryByText('微信一键登录')).toBeNull()
  })
})
