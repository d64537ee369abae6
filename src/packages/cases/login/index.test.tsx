import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
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
