import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { typeInto } from '@/packages/cases/test-helpers'
import { useStaffSession } from '@/stores/staff-session'
import { aStaffMe } from '../fixtures'
import StaffLoginPage from '.'

beforeEach(() => {
  useStaffSession.setState({ token: null, expiresAt: null, staff: null })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/staff/auth/login') {
      const { password } = JSON.parse(req.data as string) as { password: string }
      if (password === 'locked-out-pw') return { statusCode: 429, data: { error: { code: 'SIGN_IN_DELAYED', message: '尝试次数过多，请在 10:01 以后再试；忘记密码请找系统管理员重设' } } }
      return password === 'correct-horse'
        ? { statusCode: 200, data: { token: 'staff-tok', expiresAt: '2099-01-01T00:00:00+08:00' } }
        : { statusCode: 401, data: { error: { code: 'CREDENTIALS_INVALID', message: '手机号或密码不正确' } } }
    }
    if (path === '/api/v1/staff/me') return { statusCode: 200, data: aStaffMe() }
    return { statusCode: 404, data: {} }
  })
})

describe('staff sign-in', () => {
  it('checks the phone number and asks for the password before sending anything', () => {
    render(<StaffLoginPage />)
    typeInto('手机号码', '139')
    fireEvent.click(screen.getByText('登录'))
    expect(screen.getByText('⚠ 手机号码应为 11 位数字，以 1 开头，例如 13812345678')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请填写密码')).toBeInTheDocument()
    expect(requestsMade()).toHaveLength(0)
  })

  it('shows the server’s word on a wrong password and stays signed out', async () => {
    render(<StaffLoginPage />)
    typeInto('手机号码', '13900000001')
    typeInto('密码', 'wrong-password')
    fireEvent.click(screen.getByText('登录'))
    expect(await screen.findByText('⚠ 手机号或密码不正确')).toBeInTheDocument()
    expect(useStaffSession.getState().token).toBeNull()
  })

  it('says until when to wait after too many attempts', async () => {
    render(<StaffLoginPage />)
    typeInto('手机号码', '13900000001')
    typeInto('密码', 'locked-out-pw')
    fireEvent.click(screen.getByText('登录'))
    expect(await screen.findByText('⚠ 尝试次数过多，请在 10:01 以后再试；忘记密码请找系统管理员重设')).toBeInTheDocument()
  })

  it('keeps the session with the person’s roles and opens the queue', async () => {
    render(<StaffLoginPage />)
    typeInto('手机号码', '13900000001')
    typeInto('密码', 'correct-horse')
    fireEvent.click(screen.getByText('登录'))
    await screen.findByText('正在登录…')
    await screen.findByText('登录')
    expect(useStaffSession.getState()).toMatchObject({ token: 'staff-tok', staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/queue/index' })
  })

  it('opens 管理 for an administrator, who handles no case', async () => {
    mockRequest((req) =>
      new URL(req.url).pathname === '/api/v1/staff/me'
        ? { statusCode: 200, data: aStaffMe({ roles: ['admin'], department: null }) }
        : { statusCode: 200, data: { token: 'staff-tok', expiresAt: '2099-01-01T00:00:00+08:00' } }
    )
    render(<StaffLoginPage />)
    typeInto('手机号码', '13900000009')
    typeInto('密码', 'correct-horse')
    fireEvent.click(screen.getByText('登录'))
    await screen.findByText('正在登录…')
    await screen.findByText('登录')
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/admin/index' })
  })
})
