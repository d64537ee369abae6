import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { SIGNED_IN } from '@/packages/cases/fixtures'
import { useSession } from '@/stores/session'
import { AccountLinks } from '.'

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
})
