import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import { forgetDepartmentNames } from '@/components/staff/use-department-names'
import { useStaffSession } from '@/stores/staff-session'
import { aStaffCase, STAFF_SIGNED_IN } from '../fixtures'
import StaffRegisterPage from '.'

beforeEach(() => {
  forgetDepartmentNames()
  useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/staff/content/departments') {
      return { statusCode: 200, data: [{ id: 2, name: '社会事务办公室', key: 'civil-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' }] }
    }
    return path === '/api/v1/staff/cases' ? { statusCode: 201, data: aStaffCase({ trackingNo: 'QS-2026-000042' }) } : { statusCode: 404, data: {} }
  })
})

const posts = () => requestsMade().filter((r) => r.method === 'POST')

describe('registering a case received in person', () => {
  it('asks for the visitor’s name and phone and a real receipt date before sending', async () => {
    render(<StaffRegisterPage />)
    await settle()
    typeInto('收到日期', '2026-13-01')
    fireEvent.click(screen.getByText('登记'))
    expect(screen.getByText('⚠ 请填写来访人姓名')).toBeInTheDocument()
    expect(screen.getByText('⚠ 日期格式应为“年-月-日”，例如 2025-03-01，且必须是真实存在的日期')).toBeInTheDocument()
    expect(posts()).toHaveLength(0)
  })

  it('sends a complaint with its channel and receipt date, then opens the new case', async () => {
    render(<StaffRegisterPage />)
    fireEvent.click(screen.getByText('投诉'))
    fireEvent.click(screen.getByText('电话'))
    typeInto('收到日期', '2026-11-20')
    typeInto('来访人姓名', '刘建国')
    typeInto('来访人手机', '13812345679')
    typeInto('标题', '夜间施工噪音')
    typeInto('具体内容', '小区门口工地每晚十点后仍在施工。')
    fireEvent.click(screen.getByText('登记'))
    await settle()
    expect(JSON.parse(posts()[0].data as string)).toMatchObject({
      receivedOn: '2026-11-20',
      channel: 'phone',
      residentName: '刘建国',
      residentPhone: '13812345679',
      case: { kind: 'complaint', title: '夜间施工噪音' }
    })
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/case/index?no=QS-2026-000042' })
  })
})

describe('the register page’s form', () => {
  it('offers no photo or file picker, whose upload only a resident may use', async () => {
    render(<StaffRegisterPage />)
    await settle()
    expect(screen.getByText('需要公开的信息', { exact: false })).toBeInTheDocument()
    expect(screen.queryByText(/照片或文件/)).toBeNull()
  })

  it('says which department will handle the case, by name', async () => {
    render(<StaffRegisterPage />)
    await settle()
    expect(screen.getByText('登记后由社会事务办公室办理（首问负责）。')).toBeInTheDocument()
  })

  it('tells office-wide staff that the case waits to be assigned', async () => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '周公开', roles: ['disclosure'], department: null } })
    render(<StaffRegisterPage />)
    await settle()
    expect(screen.getByText('登记后进入待分派，再转办到承办科室。')).toBeInTheDocument()
  })
})
