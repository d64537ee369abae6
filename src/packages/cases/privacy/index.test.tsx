import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../../mock/taro'
import { useSession } from '@/stores/session'
import { SIGNED_IN } from '../fixtures'
import { settle } from '../test-helpers'
import PrivacyPage from '.'

const notice = { notice: 'privacy', version: '2026-11', title: '个人信息保护说明', text: '我们只为办理您的事项收集信息。\n身份证件号码加密保存。' }

beforeEach(() => {
  useSession.setState({ ...SIGNED_IN, privacyConsented: false })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/privacy') return { statusCode: 200, data: notice }
    if (path === '/api/v1/me/consents') return { statusCode: 201, data: { notice: 'privacy', version: '2026-11', givenAt: '2026-11-20T09:00:00+08:00' } }
    return { statusCode: 404, data: {} }
  })
})

const consents = () => requestsMade().filter((r) => new URL(r.url).pathname === '/api/v1/me/consents')

describe('the privacy notice and consent', () => {
  it('shows the notice paragraph by paragraph with its version', async () => {
    render(<PrivacyPage />)
    expect(await screen.findByText('身份证件号码加密保存。')).toBeInTheDocument()
    expect(screen.getByText('版本 2026-11')).toBeInTheDocument()
  })

  it('does not take consent until the resident ticks that they have read it', async () => {
    render(<PrivacyPage />)
    fireEvent.click(await screen.findByText('同意，继续提交'))
    expect(screen.getByText('⚠ 请先勾选“我已阅读并理解上面的说明”')).toBeInTheDocument()
    expect(consents()).toHaveLength(0)
  })

  it('records consent to this version and goes back to the form', async () => {
    render(<PrivacyPage />)
    fireEvent.click(await screen.findByText('我已阅读并理解上面的说明'))
    fireEvent.click(screen.getByText('同意，继续提交'))
    await settle()
    expect(JSON.parse(consents()[0].data as string)).toEqual({ notice: 'privacy', version: '2026-11' })
    expect(useSession.getState().privacyConsented).toBe(true)
    expect(Taro.navigateBack).toHaveBeenCalled()
  })

  it('goes back without consent on 暂不同意', async () => {
    render(<PrivacyPage />)
    fireEvent.click(await screen.findByText('暂不同意'))
    expect(consents()).toHaveLength(0)
    expect(useSession.getState().privacyConsented).toBe(false)
    expect(Taro.navigateBack).toHaveBeenCalled()
  })
})
