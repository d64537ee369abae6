import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { usePreferences } from '@/stores/preferences'
import { usePrivacyPrompt } from '@/stores/privacy-prompt'
import { PageShell } from '../PageShell'
import { PRIVACY_AGREE_BUTTON_ID } from '.'

const askedByWeChat = () => {
  const resolve = jest.fn()
  act(() => usePrivacyPrompt.getState().ask(resolve))
  return resolve
}

beforeEach(() => {
  act(() => usePrivacyPrompt.setState({ resolve: null }))
})

describe('WeChat’s privacy check', () => {
  it('shows nothing until WeChat asks', () => {
    render(<PageShell>页面</PageShell>)
    expect(screen.queryByRole('dialog', { name: '隐私保护提示' })).not.toBeInTheDocument()
  })

  it('is answered with the app’s own sheet over whatever page is open', () => {
    render(<PageShell>页面</PageShell>)
    askedByWeChat()
    expect(screen.getByRole('dialog', { name: '隐私保护提示' })).toBeInTheDocument()
    expect(screen.getByText('同意并继续')).toBeInTheDocument()
    expect(screen.getByText('不同意')).toBeInTheDocument()
  })

  it('lets the waiting API go on once the resident agrees through WeChat’s own button', () => {
    render(<PageShell>页面</PageShell>)
    const resolve = askedByWeChat()
    act(() => usePrivacyPrompt.getState().agree(PRIVACY_AGREE_BUTTON_ID))
    expect(resolve).toHaveBeenCalledWith({ event: 'agree', buttonId: 'jf-privacy-agree' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('tells WeChat no when the resident declines, and closes', () => {
    render(<PageShell>页面</PageShell>)
    const resolve = askedByWeChat()
    fireEvent.click(screen.getByText('不同意'))
    expect(resolve).toHaveBeenCalledWith({ event: 'disagree' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('opens the registered privacy guide in WeChat’s own page', () => {
    render(<PageShell>页面</PageShell>)
    askedByWeChat()
    fireEvent.click(screen.getByText('查看《街坊通隐私保护指引》'))
    expect(Taro.openPrivacyContract).toHaveBeenCalled()
  })

  it('declines an earlier ask when a second API asks, so each gets one answer', () => {
    const first = askedByWeChat()
    const second = askedByWeChat()
    expect(first).toHaveBeenCalledWith({ event: 'disagree' })
    expect(second).not.toHaveBeenCalled()
  })

  it('takes the large sizes in 大字模式', () => {
    act(() => usePreferences.getState().setLargeFont(true))
    render(<PageShell>页面</PageShell>)
    askedByWeChat()
    expect(screen.getByRole('dialog').closest('.jf-page')).toHaveClass('jf-page--large')
    act(() => usePreferences.getState().setLargeFont(false))
  })
})
