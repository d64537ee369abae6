import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest } from '../../../mock/taro'
import { settle } from '@/packages/cases/test-helpers'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '../fixtures'
import StaffAdminPage from '.'

beforeEach(() => {
  mockRequest(() => ({ statusCode: 404, data: {} }))
})

const tools = () => Array.from(document.querySelectorAll('.staff-admin__title')).map((t) => t.textContent)

describe('管理', () => {
  it('lists every tool for an administrator', async () => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵管理', roles: ['admin'], department: null } })
    render(<StaffAdminPage />)
    await settle()
    expect(tools()).toEqual(['答复模板 ›', '工作人员账号 ›', '联系方式与接待日 ›', '节假日日历 ›', '操作记录 ›'])
  })

  it('offers the 答复审批 setting to an administrator only', async () => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵管理', roles: ['admin'], department: null } })
    const { unmount } = render(<StaffAdminPage />)
    await settle()
    expect(screen.getByLabelText('答复审批设置')).toBeInTheDocument()
    unmount()
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '周公开', roles: ['disclosure'], department: null } })
    render(<StaffAdminPage />)
    await settle()
    expect(screen.queryByLabelText('答复审批设置')).not.toBeInTheDocument()
  })

  it('leaves staff accounts out for the disclosure office', async () => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '周公开', roles: ['disclosure'], department: null } })
    render(<StaffAdminPage />)
    await settle()
    expect(tools()).toEqual(['答复模板 ›', '联系方式与接待日 ›', '节假日日历 ›'])
  })

  it('opens a tool on tap', async () => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵管理', roles: ['admin'], department: null } })
    render(<StaffAdminPage />)
    await settle()
    fireEvent.click(screen.getByText('工作人员账号 ›'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/accounts/index' })
    fireEvent.click(screen.getByText('节假日日历 ›'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/staff/office/index' })
  })

  it('says so to someone who has no tool here', async () => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })
    render(<StaffAdminPage />)
    await settle()
    expect(screen.getByText('您的岗位没有可用的管理功能。')).toBeInTheDocument()
    expect(tools()).toEqual([])
  })
})
