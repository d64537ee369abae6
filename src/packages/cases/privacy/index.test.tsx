import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade, setRouterParams, type MockReply } from '../../../../mock/taro'
import { needsConsent } from '@/components/cases/form-model'
import { useSession } from '@/stores/session'
import { SIGNED_IN } from '../fixtures'
import { settle } from '../test-helpers'
import PrivacyPage, { WITHDRAW_WORDS } from '.'

const notice = { notice: 'privacy', version: '2026-11', title: '个人信息保护说明', text: '我们只为办理您的事项收集信息。\n身份证件号码加密保存。' }

let withdrawal: MockReply = { statusCode: 204, data: '' }

beforeEach(() => {
  useSession.setState({ ...SIGNED_IN, privacyConsented: false })
  setRouterParams({ back: '1' })
  withdrawal = { statusCode: 204, data: '' }
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/privacy') return { statusCode: 200, data: notice }
    if (path === '/api/v1/me/consents/privacy' && req.method === 'DELETE') return withdrawal
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

describe('withdrawing consent', () => {
  const withdrawals = () => requestsMade().filter((r) => r.method === 'DELETE' && new URL(r.url).pathname === '/api/v1/me/consents/privacy')
  const infoRequest = { kind: 'info_request' as const, content: '改造计划', applicant: { name: '张桂兰', idType: 'id_card' as const, idNumber: '11010519491231002X', phone: '13812345678' }, format: 'electronic' as const, delivery: 'online' as const }

  beforeEach(() => {
    useSession.setState({ privacyConsented: true })
    setRouterParams({})
  })

  it('says what withdrawing changes before the resident confirms', async () => {
    render(<PrivacyPage />)
    expect(await screen.findByText('✓ 您已经同意过这份说明。')).toBeInTheDocument()
    expect(screen.getByText(WITHDRAW_WORDS)).toBeInTheDocument()
    expect(WITHDRAW_WORDS).toContain('已经提交的事项是街道的公务档案')
    expect(WITHDRAW_WORDS).toContain('需要重新同意')
  })

  it('withdraws after confirmation, and the next identity number asks for consent again', async () => {
    render(<PrivacyPage />)
    fireEvent.click(await screen.findByText('撤回同意'))
    await settle()
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '确定撤回同意吗？', content: WITHDRAW_WORDS }))
    expect(withdrawals()).toHaveLength(1)
    expect(useSession.getState().privacyConsented).toBe(false)
    expect(needsConsent(infoRequest, useSession.getState().privacyConsented)).toBe(true)
    expect(screen.getByText('✓ 已撤回同意。已提交的事项照常办理；以后填写身份证件号码时，会再请您同意。')).toBeInTheDocument()
    expect(screen.getByText('我已阅读并理解上面的说明')).toBeInTheDocument()
  })

  it('keeps consent when the resident does not confirm', async () => {
    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<PrivacyPage />)
    fireEvent.click(await screen.findByText('撤回同意'))
    await settle()
    expect(withdrawals()).toHaveLength(0)
    expect(useSession.getState().privacyConsented).toBe(true)
  })

  it('keeps consent on the phone and says why when the withdrawal did not reach the office', async () => {
    withdrawal = 'offline'
    render(<PrivacyPage />)
    fireEvent.click(await screen.findByText('撤回同意'))
    await settle()
    expect(screen.getByText('⚠ 网络连接失败，请检查网络后重试')).toBeInTheDocument()
    expect(useSession.getState().privacyConsented).toBe(true)
  })

  it('offers plain 同意 when opened from 我的, with no form waiting', async () => {
    useSession.setState({ privacyConsented: false })
    render(<PrivacyPage />)
    expect(await screen.findByText('同意')).toBeInTheDocument()
    expect(screen.queryByText('同意，继续提交')).not.toBeInTheDocument()
  })
})
