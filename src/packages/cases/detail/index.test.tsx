import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade, setRouterParams } from '../../../../mock/taro'
import type { CaseDetail } from '@/core/schemas/cases'
import { useSession } from '@/stores/session'
import { SIGNED_IN, aCaseDetail, aClock, timeline } from '../fixtures'
import { typeInto } from '../test-helpers'
import CaseDetailPage from '.'

let current: CaseDetail
function serve(detail: CaseDetail, after?: CaseDetail) {
  current = detail
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (req.method === 'GET' && path === `/api/v1/cases/${detail.trackingNo}`) return { statusCode: 200, data: current }
    if (req.method === 'POST' && path.startsWith(`/api/v1/cases/${detail.trackingNo}/`)) {
      if (after) current = after
      return { statusCode: 200, data: current }
    }
    return { statusCode: 404, data: { error: { code: 'CASE_NOT_FOUND', message: '未找到该事项' } } }
  })
}
const actions = () => requestsMade().filter((r) => r.method === 'POST')

beforeEach(() => {
  useSession.setState({ ...SIGNED_IN, privacyConsented: true })
  setRouterParams({ no: 'XG-2026-000123' })
})

describe('a case the office is handling', () => {
  it('says it waits on the office, and the working days left with the due date', async () => {
    serve(aCaseDetail())
    render(<CaseDetailPage />)
    expect(await screen.findByText('街道正在办理，等待答复')).toBeInTheDocument()
    expect(screen.getByText('等街道办理')).toBeInTheDocument()
    expect(screen.getByText('还剩 12 个工作日，最迟于2026年12月18日答复')).toBeInTheDocument()
  })

  it('shows how the date was worked out and the law, when asked', async () => {
    serve(aCaseDetail())
    render(<CaseDetailPage />)
    fireEvent.click(await screen.findByText('这个日期是怎么算的？ ▼'))
    expect(screen.getByText('自次日起算 20 个工作日，第20个工作日为2026年12月18日。')).toBeInTheDocument()
    expect(screen.getByText('依据：《中华人民共和国政府信息公开条例》第三十三条')).toBeInTheDocument()
  })

  it('says plainly how many days an answer is overdue', async () => {
    serve(aCaseDetail({ clock: aClock({ status: 'overdue', remaining: -3, unit: 'days' }) }))
    render(<CaseDetailPage />)
    expect(await screen.findByText('已超期 3 天')).toBeInTheDocument()
  })

  it('lists the timeline, newest first', async () => {
    serve(aCaseDetail({ timeline: [timeline.received, { type: 'accepted', on: '2026-11-21', label: '街道已受理' }] }))
    render(<CaseDetailPage />)
    await screen.findByText('街道已受理')
    const labels = screen.getAllByText(/^街道已/).map((e) => e.textContent)
    expect(labels).toEqual(['街道已受理', '街道已收到您的申请'])
    expect(screen.getByText('2026年11月21日')).toBeInTheDocument()
  })

  it('shows the identity number only masked', async () => {
    serve(aCaseDetail())
    render(<CaseDetailPage />)
    expect(await screen.findByText('申请人：张桂兰，证件 1101**********1234，电话 138****5678')).toBeInTheDocument()
  })

  it('withdraws after the resident confirms', async () => {
    serve(aCaseDetail(), aCaseDetail({ status: 'withdrawn', statusLabel: '已撤回', waitingOn: 'nobody', canWithdraw: false }))
    render(<CaseDetailPage />)
    fireEvent.click(await screen.findByText('撤回这件事'))
    expect(await screen.findByText('已撤回')).toBeInTheDocument()
    expect(Taro.showModal).toHaveBeenCalled()
    expect(actions().map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/cases/XG-2026-000123/withdraw'])
  })
})

describe('a case waiting on the resident’s correction', () => {
  const waiting = () =>
    aCaseDetail({
      status: 'awaiting_your_correction',
      statusLabel: '需要您补正材料，补正后重新计算期限',
      waitingOn: 'resident',
      clock: aClock({ step: 'awaiting_correction', dueDate: null, remaining: null }),
      timeline: [timeline.received, timeline.correctionRequested],
      canCompleteCorrection: true
    })

  it('says it waits on the resident and promises no date', async () => {
    serve(waiting())
    render(<CaseDetailPage />)
    expect(await screen.findByText('等您处理')).toBeInTheDocument()
    expect(screen.getByText('期限暂停：等您补正材料后重新计算')).toBeInTheDocument()
  })

  it('lists once everything to complete, with the last day', async () => {
    serve(waiting())
    render(<CaseDetailPage />)
    expect(await screen.findByText('1. 身份证正反面照片')).toBeInTheDocument()
    expect(screen.getByText('2. 所需信息的大致年份')).toBeInTheDocument()
    expect(screen.getByText('请最迟于2026年12月14日（含当日）补正。没有正当理由逾期不补正的，视为放弃申请。')).toBeInTheDocument()
  })

  it('asks for the correction text before sending it, then sends it', async () => {
    serve(waiting(), aCaseDetail())
    render(<CaseDetailPage />)
    fireEvent.click(await screen.findByText('提交补正'))
    expect(screen.getByText('⚠ 请填写补正内容')).toBeInTheDocument()
    typeInto('补正内容', '所需信息为2025年的改造计划')
    fireEvent.click(screen.getByText('提交补正'))
    expect(await screen.findByText('街道正在办理，等待答复')).toBeInTheDocument()
    expect(JSON.parse(actions()[0].data as string)).toEqual({ content: '所需信息为2025年的改造计划', attachments: [] })
  })
})

describe('a replied case', () => {
  const replied = (over: Partial<CaseDetail> = {}) =>
    aCaseDetail({
      kind: 'complaint',
      status: 'replied',
      statusLabel: '已答复',
      waitingOn: 'nobody',
      clock: aClock({ step: 'done', status: 'answered_in_time', remaining: 4 }),
      timeline: [timeline.received, timeline.replied],
      canWithdraw: false,
      canRate: true,
      canRequestReview: true,
      ...over
    })

  it('shows the reply text and its outcome', async () => {
    serve(replied())
    render(<CaseDetailPage />)
    expect(await screen.findAllByText('结果：予以公开')).not.toHaveLength(0)
    expect(screen.getByText('您申请的改造计划已于附件提供。')).toBeInTheDocument()
    expect(screen.getByText('已在法定期限内答复')).toBeInTheDocument()
  })

  it('asks for a rating before sending one, and sends the chosen rating with the comment', async () => {
    serve(replied(), replied({ canRate: false }))
    render(<CaseDetailPage />)
    fireEvent.click(await screen.findByText('提交评价'))
    expect(screen.getByText('⚠ 请选择评价：满意、基本满意、一般、不满意或不了解')).toBeInTheDocument()
    fireEvent.click(screen.getByText('基本满意'))
    typeInto('想说的话', '答复及时')
    fireEvent.click(screen.getByText('提交评价'))
    await screen.findAllByText('结果：予以公开')
    expect(JSON.parse(actions()[0].data as string)).toEqual({ rating: 'basically_satisfied', comment: '答复及时' })
  })

  it('opens a file of the reply with the session, in the browser', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    const file = { id: 'ab'.repeat(16), name: '改造计划.pdf', contentType: 'application/pdf', size: 2048 }
    serve(replied({ timeline: [timeline.received, { ...timeline.replied, attachments: [file] }] }))
    render(<CaseDetailPage />)
    fireEvent.click(await screen.findByText('文件：改造计划.pdf'))
    await screen.findByText('文件：改造计划.pdf')
    await new Promise((r) => setTimeout(r, 0))
    expect(Taro.downloadFile).toHaveBeenCalledWith({ url: `http://localhost/api/v1/uploads/${file.id}`, header: { Authorization: `Bearer ${SIGNED_IN.token}` } })
    expect(open).toHaveBeenCalledWith('wxfile://tmp/file', '_blank')
    open.mockRestore()
  })

  it('offers 复查 by the body one level up, with the last day to ask and a reason (信访工作条例 第三十五条)', async () => {
    serve(replied({ canRequestReview: true, reviewDeadline: '2026-12-31', reviewBody: '沧澜市望川区人民政府' }))
    render(<CaseDetailPage />)
    expect(await screen.findByText('对答复不满意，可以请求复查')).toBeInTheDocument()
    expect(screen.getByText('复查由沧澜市望川区人民政府办理，不由街道自己办理。')).toBeInTheDocument()
    expect(screen.getByText('请最迟于2026年12月31日（含当日）提出。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('申请复查'))
    expect(screen.getByText('⚠ 请写明申请复查的理由')).toBeInTheDocument()
  })

  it('keeps 复查 folded away for a resident who rated the reply 满意, and opens it on request', async () => {
    serve(replied({ canRequestReview: true, suggestsReview: false, reviewDeadline: '2026-12-31', reviewBody: '沧澜市望川区人民政府' }))
    render(<CaseDetailPage />)
    const fold = await screen.findByText('对答复仍有异议？可以请求复查 ▼')
    expect(screen.queryByText('对答复不满意，可以请求复查')).not.toBeInTheDocument()
    fireEvent.click(fold)
    expect(screen.getByText('对答复不满意，可以请求复查')).toBeInTheDocument()
  })

  it('shows the running 复查 clock above the first reply’s, with where it went and the reason the resident gave', async () => {
    const review = {
      requestedOn: '2026-12-02',
      forwardedOn: '2026-12-03',
      forwardedTo: '沧澜市望川区人民政府',
      dueDate: '2027-01-04',
      unit: 'days' as const,
      remaining: 12,
      status: 'on_track' as const,
      provisional: false,
      citation: '《信访工作条例》第三十五条：收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复',
      explanation: ['复查请求于2026年12月3日（星期四）转送沧澜市望川区人民政府，当日不计入，自次日起按自然日计算30日。']
    }
    const asked = { type: 'review_requested' as const, on: '2026-12-02', label: '您已申请复查，街道将把复查请求转送上一级机关', reason: '答复没有说明资金去向' }
    serve(replied({ status: 'under_review', statusLabel: '已申请复查，等待上一级机关答复', waitingOn: 'third_party', canRate: false, canRequestReview: false, review, timeline: [timeline.received, timeline.replied, asked] }))
    render(<CaseDetailPage />)
    const headline = await screen.findByText('还剩 12 天，沧澜市望川区人民政府最迟于2027年1月4日作出复查意见')
    expect(screen.getByText('您的理由：答复没有说明资金去向')).toBeInTheDocument()
    expect(screen.getByText('依据：《信访工作条例》第三十五条')).toBeInTheDocument()
    const first = screen.getByText('已在法定期限内答复')
    expect(headline.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('shows the higher body’s 复查 opinion as that body’s, not the office’s', async () => {
    const opinion = { type: 'review_answered' as const, on: '2026-12-20', label: '沧澜市望川区人民政府的复查意见', body: '沧澜市望川区人民政府', text: '维持原处理意见。' }
    serve(replied({ timeline: [timeline.received, timeline.replied, opinion] }))
    render(<CaseDetailPage />)
    expect(await screen.findByText('沧澜市望川区人民政府的复查意见（2026年12月20日收到）')).toBeInTheDocument()
    expect(screen.getAllByText('维持原处理意见。').length).toBeGreaterThan(0)
  })

  it('shows no 复查 clock when none was asked for', async () => {
    serve(replied())
    render(<CaseDetailPage />)
    await screen.findAllByText('结果：予以公开')
    expect(screen.queryByText('复查的期限')).not.toBeInTheDocument()
  })

  const followUp = (over: Partial<NonNullable<CaseDetail['followUp']>> = {}): CaseDetail['followUp'] => ({
    label: '不满意评价后5个工作日内回访',
    basis: '本办事处服务承诺（办事处自定的期限，不是法定期限）',
    ratedOn: '2026-12-02',
    dueDate: '2026-12-09',
    unit: 'working_days',
    remaining: 5,
    status: 'on_track',
    provisional: false,
    followedUpOn: null,
    ...over
  })
  const dissatisfied = { type: 'rated' as const, on: '2026-12-02', label: '您的评价：不满意', rating: 'dissatisfied' as const }

  it('after a 不满意 rating says by when the office will call back, that it is the office’s own promise, and that a second rating follows', async () => {
    serve(replied({ canRate: false, followUp: followUp(), timeline: [timeline.received, timeline.replied, dissatisfied] }))
    render(<CaseDetailPage />)
    expect(await screen.findByText('街道会给您回电话（回访）')).toBeInTheDocument()
    expect(screen.getByText('您对答复评价了“不满意”。街道最迟于2026年12月9日联系您，听听您的意见。')).toBeInTheDocument()
    expect(screen.getByText('回访以后，您可以再评价一次。')).toBeInTheDocument()
    expect(screen.getByText('这是街道自己的服务承诺（不满意评价后5个工作日内回访），不是法律规定的期限。')).toBeInTheDocument()
    expect(screen.queryByText('提交评价')).not.toBeInTheDocument()
  })

  it('says so plainly when the promised call is late', async () => {
    serve(replied({ canRate: false, followUp: followUp({ status: 'overdue', remaining: -2 }), timeline: [timeline.received, timeline.replied, dissatisfied] }))
    render(<CaseDetailPage />)
    expect(await screen.findByText('⚠ 已经超过这个日期。如还没有接到电话，可以在“联系”页找到街道的电话。')).toBeInTheDocument()
  })

  it('promises no further rating after a second 不满意', async () => {
    const called = { type: 'followed_up' as const, on: '2026-12-04', label: '街道已回访，听取了您的意见' }
    serve(replied({ canRate: false, followUp: followUp({ ratedOn: '2026-12-05' }), timeline: [timeline.received, timeline.replied, dissatisfied, called, { ...dissatisfied, on: '2026-12-05' }] }))
    render(<CaseDetailPage />)
    await screen.findByText('街道会给您回电话（回访）')
    expect(screen.queryByText('回访以后，您可以再评价一次。')).not.toBeInTheDocument()
  })

  it('after the call offers the second rating', async () => {
    const called = { type: 'followed_up' as const, on: '2026-12-04', label: '街道已回访，听取了您的意见' }
    serve(replied({ canRate: true, followUp: followUp({ followedUpOn: '2026-12-04', status: 'answered_in_time', remaining: 3 }), timeline: [timeline.received, timeline.replied, dissatisfied, called] }))
    render(<CaseDetailPage />)
    expect(await screen.findByText('2026年12月4日街道已给您回访，听取了您的意见。')).toBeInTheDocument()
    expect(screen.getByText('回访以后，您对处理结果满意吗？')).toBeInTheDocument()
    expect(screen.getByText('提交评价')).toBeInTheDocument()
  })

  it('offers neither rating nor review once they are spent', async () => {
    serve(replied({ canRate: false, canRequestReview: false }))
    render(<CaseDetailPage />)
    await screen.findAllByText('结果：予以公开')
    expect(screen.queryByText('提交评价')).not.toBeInTheDocument()
    expect(screen.queryByText('申请复查')).not.toBeInTheDocument()
  })
})

it('asks a signed-out resident to sign in first', () => {
  useSession.setState({ token: null, expiresAt: null })
  render(<CaseDetailPage />)
  expect(screen.getByText('请先登录，再查看办理进度。')).toBeInTheDocument()
})
