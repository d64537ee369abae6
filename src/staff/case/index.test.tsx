import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade, setRouterParams } from '../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import { forgetDepartmentNames } from '@/components/staff/use-department-names'
import { useStaffSession } from '@/stores/staff-session'
import { aClock, aStaffCase, STAFF_SIGNED_IN } from '../fixtures'
import StaffCasePage from '.'

let current = aStaffCase()

beforeEach(() => {
  forgetDepartmentNames()
  current = aStaffCase()
  setRouterParams({ no: 'QS-2026-000001' })
  useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/staff/cases/QS-2026-000001') return { statusCode: 200, data: current }
    if (path === '/api/v1/staff/cases/QS-2026-000001/events') {
      current = aStaffCase({
        status: 'awaiting_your_correction',
        clock: aClock({ step: 'awaiting_correction', dueDate: null, remaining: null }),
        allowedEvents: ['correction_received', 'withdrawn'],
        actions: ['correction_received', 'note'],
        events: [...current.events, { type: 'correction_requested', on: '2026-11-25', data: { missing: ['申请人身份证明'] }, actor: 'staff:1' }]
      })
      return { statusCode: 200, data: current }
    }
    return { statusCode: 404, data: {} }
  })
})

const buttons = () => screen.getAllByRole('button').map((b) => b.textContent)

describe('a case as the clerk handling it sees it', () => {
  it('shows the identity number unmasked, and says the view is logged', async () => {
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText('110101195001011234')).toBeInTheDocument()
    expect(screen.getByText('完整证件号码仅在此处显示，每次查看都记入审计日志。')).toBeInTheDocument()
  })

  it('shows everything the resident chose on the form: form of provision, delivery, publication and the department they named', async () => {
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText('提供形式')).toBeInTheDocument()
    expect(screen.getByText('电子文件')).toBeInTheDocument()
    expect(screen.getByText('获取方式')).toBeInTheDocument()
    expect(screen.getByText('在本程序里查看')).toBeInTheDocument()
    expect(screen.getByText('答复能否公开')).toBeInTheDocument()
    expect(screen.getByText('不公开')).toBeInTheDocument()
    expect(screen.getByText('涉及的部门或事项')).toBeInTheDocument()
    expect(screen.getByText('住建')).toBeInTheDocument()
  })

  it('says a case submitted online is answered for by the handling department, not by the applicant', async () => {
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText('网上提交，由承办科室负责')).toBeInTheDocument()
  })

  it('keeps internal notes apart, with the name of the official who wrote them', async () => {
    current = aStaffCase({ events: [...aStaffCase().events, { type: 'note', on: '2026-11-21', data: { text: '已电话联系申请人' }, actor: 'staff:1' }] })
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText('2026年11月21日 · 李文')).toBeInTheDocument()
    expect(screen.getByText('已电话联系申请人')).toBeInTheDocument()
  })

  it('shows the clock with how the date was worked out', async () => {
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText('截止日期：2026年12月18日')).toBeInTheDocument()
    expect(screen.getByText('· 自次日起算 20 个工作日，第20个工作日为2026年12月18日。')).toBeInTheDocument()
  })

  it('offers exactly the actions the case’s step and the person’s roles allow', async () => {
    render(<StaffCasePage />)
    await settle()
    const offered = screen.getAllByRole('button').filter((b) => b.parentElement?.className.includes('staff-row')).map((b) => b.textContent)
    expect(offered).toEqual(['告知补正', '开始征求意见', '结束征求意见', '延期', '答复', '内部备注'])
  })

  it('shows a head the pending extension and the button to approve it', async () => {
    current = aStaffCase({ pendingExtension: true, actions: ['approve_extension', 'reply', 'note'] })
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText('※ 有延期申请等待负责人批准')).toBeInTheDocument()
    expect(buttons()).toContain('批准延期')
    expect(buttons()).not.toContain('延期')
  })

  it('warns of a provisional due date within 10 days of 春节 (the year’s holidays not yet announced)', async () => {
    current = aStaffCase({ clock: aClock({ dueDate: '2027-02-09', provisional: true }) })
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText(/截止日期2027年2月9日距2027年春节（2027年2月6日）不到10天/)).toBeInTheDocument()
  })

  it('says so when the person may do nothing on the case', async () => {
    current = aStaffCase({ actions: [] })
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText('这件事项现在没有您可以办理的动作。')).toBeInTheDocument()
  })

  it('tells whoever asks for an extension of an information request that the head of the disclosure office approves it, not they (条例 第三十三条)', async () => {
    render(<StaffCasePage />)
    await settle()
    fireEvent.click(screen.getByText('延期'))
    expect(screen.getByText('提交后由政务公开工作机构负责人批准（不能由本人批准），批准后延期生效并告知申请人（条例第三十三条）。')).toBeInTheDocument()
    expect(screen.getByText('延长合计不超过 20 个工作日；须在答复期限届满前决定。')).toBeInTheDocument()
  })

  it('shows the remedies a 不予公开 reply will carry, reconsideration first, before it is sent (行政复议法 第二十三条)', async () => {
    render(<StaffCasePage />)
    await settle()
    fireEvent.click(screen.getByText('答复'))
    fireEvent.click(screen.getByText('不予公开（属于国家秘密）'))
    expect(screen.getByText('救济途径（按答复结果自动写入答复，不用填写）')).toBeInTheDocument()
    expect(screen.getByText(/应当自收到本答复之日起 60 日内依法先向沧澜市望川区人民政府申请行政复议/)).toBeInTheDocument()
  })

  it('asks for the body holding the information only with a 无法提供 reply (条例 第三十六条第（五）项)', async () => {
    render(<StaffCasePage />)
    await settle()
    fireEvent.click(screen.getByText('答复'))
    expect(screen.queryByText('负责公开该信息的机关')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('无法提供（本机关不掌握相关政府信息）'))
    expect(screen.getByText('负责公开该信息的机关')).toBeInTheDocument()
  })

  it('shows the form’s message instead of sending a correction request without its list', async () => {
    render(<StaffCasePage />)
    await settle()
    fireEvent.click(screen.getByText('告知补正'))
    const before = requestsMade().length
    fireEvent.click(screen.getByText('确认告知补正'))
    expect(screen.getByText('⚠ 请列出需要补正的全部内容（一次性告知）')).toBeInTheDocument()
    expect(requestsMade()).toHaveLength(before)
  })

  it('records a correction request with the ticked items and shows the new state', async () => {
    render(<StaffCasePage />)
    await settle()
    fireEvent.click(screen.getByText('告知补正'))
    fireEvent.click(screen.getByText('☐ 申请人身份证明（身份证复印件或照片）'))
    typeInto('其他需要补正的内容', '申请人签名')
    fireEvent.click(screen.getByText('确认告知补正'))
    await settle()
    const sent = requestsMade().at(-1)!
    expect(JSON.parse(sent.data as string)).toEqual({ type: 'request_correction', missing: ['申请人身份证明（身份证复印件或照片）', '申请人签名'], periodDays: 15 })
    expect(sent.header.Authorization).toBe('Bearer staff-token-abcdefgh')
    expect(screen.getAllByText('‖ 等待申请人补正').length).toBeGreaterThan(0)
    expect(buttons()).toContain('登记已补正')
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已记录', icon: 'success' })
  })

  it('names the department handling the case and the one it was transferred to, not their codes', async () => {
    mockRequest((req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/v1/staff/content/departments') {
        return { statusCode: 200, data: [{ id: 2, name: '社会事务办公室', key: 'civil-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' }] }
      }
      return { statusCode: 200, data: aStaffCase({ events: [...current.events, { type: 'assigned', on: '2026-11-21', data: { department: 'civil-affairs' }, actor: 'staff:1' }] }) }
    })
    render(<StaffCasePage />)
    await settle()
    expect(screen.getByText('转办到 社会事务办公室')).toBeInTheDocument()
    expect(screen.getAllByText('社会事务办公室').length).toBeGreaterThan(0)
    expect(screen.queryByText('civil-affairs')).not.toBeInTheDocument()
  })

  it('offers the departments by name when transferring a case, and sends the chosen one’s code', async () => {
    current = aStaffCase({ actions: ['assign', 'note'] })
    mockRequest((req) => {
      const path = new URL(req.url).pathname
      if (path === '/api/v1/staff/content/departments') {
        return {
          statusCode: 200,
          data: [
            { id: 2, name: '社会事务办公室', key: 'civil-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' },
            { id: 3, name: '城市管理办公室', key: 'urban-management', duties: '市容', phone: '021-2', address: '三楼', hours: '工作日' }
          ]
        }
      }
      return { statusCode: 200, data: current }
    })
    render(<StaffCasePage />)
    await settle()
    fireEvent.click(screen.getByText('转办 / 交办'))
    fireEvent.click(screen.getByText('城市管理办公室'))
    fireEvent.click(screen.getByText('确认转办 / 交办'))
    await settle()
    const sent = requestsMade().find((r) => r.url.endsWith('/events'))
    expect(JSON.parse(String(sent?.data))).toMatchObject({ type: 'assign', department: 'urban-management' })
  })

  it('opens the case’s audit log', async () => {
    render(<StaffCasePage />)
    await settle()
    fireEvent.click(screen.getByText('查看操作记录 ›'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/audit/index?no=QS-2026-000001' })
  })

  it('shows the server’s refusal beside the form', async () => {
    mockRequest((req) =>
      req.method === 'POST'
        ? { statusCode: 409, data: { error: { code: 'ACTION_NOT_ALLOWED', message: '这件事项现在不能记录这个动作' } } }
        : { statusCode: 200, data: current }
    )
    render(<StaffCasePage />)
    await settle()
    fireEvent.click(screen.getByText('内部备注'))
    typeInto('内部备注（群众看不到）', '已电话联系申请人')
    fireEvent.click(screen.getByText('确认内部备注'))
    expect(await screen.findByText('⚠ 这件事项现在不能记录这个动作')).toBeInTheDocument()
  })
})
