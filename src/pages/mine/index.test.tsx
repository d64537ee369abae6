import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { PREFERENCES_STORAGE_KEY, usePreferences } from '@/stores/preferences'
import MinePage from '.'

describe('我的', () => {
  beforeEach(() => usePreferences.setState({ largeFont: false }))

  it('says in words whether 大字模式 is on', () => {
    render(<MinePage />)
    expect(screen.getByText('已关闭')).toBeInTheDocument()
    expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'false')
  })

  it('turns 大字模式 on for every page, remembers it, and enlarges this page at once', () => {
    render(<MinePage />)
    fireEvent.click(screen.getByText('大字模式'))
    expect(screen.getByText('已开启')).toBeInTheDocument()
    expect(screen.getByTestId('page-shell')).toHaveClass('jf-page--large')
    expect(JSON.parse(Taro.getStorageSync(PREFERENCES_STORAGE_KEY) as string).state.largeFont).toBe(true)
  })

  it('turns 大字模式 off again', () => {
    usePreferences.setState({ largeFont: true })
    render(<MinePage />)
    fireEvent.click(screen.getByText('大字模式'))
    expect(screen.getByText('已关闭')).toBeInTheDocument()
    expect(screen.getByTestId('page-shell')).not.toHaveClass('jf-page--large')
  })

  it('shows a preview line, the version and, signed out, the way to sign in', () => {
    render(<MinePage />)
    expect(screen.getByText('预览：现在的正文是这么大。')).toBeInTheDocument()
    expect(screen.getByText(/^版本 /)).toBeInTheDocument()
    expect(screen.getByText('登录')).toBeInTheDocument()
  })

  it('opens the staff sign-in from the small 工作人员入口 link at the bottom', () => {
    render(<MinePage />)
    fireEvent.click(screen.getByText('工作人员入口'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
  })
})
