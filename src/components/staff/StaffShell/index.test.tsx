import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../../mock/taro'
import { settle } from '@/packages/cases/test-helpers'
import type { StaffRole } from '@/core/schemas/staff'
import { useStaffSession } from '@/stores/staff-session'
import { forgetDepartmentNames } from '../use-department-names'
import { StaffShell, type StaffSection } from '.'

const SIGNED_IN = { token: 'staff-token-abcdefgh', expiresAt: '2099-01-01T00:00:00+08:00' }

function signInAs(roles: StaffRole[], department: string | null = null) {
  useStaffSession.setState({ ...SIGNED_IN, staff: { name: '李文', roles, department } })
}

async function shell(section: StaffSection = 'queue') {
  render(
    <StaffShell section={section} title='标题'>
      <span>内容</span>
    </StaffShell>
  )
  await settle()
}

const tabs = () => screen.getAllByRole('link').map((l) => l.textContent)

beforeEach(() => {
  forgetDepartmentNames()
  mockRequest((req) =>
    new URL(req.url).pathname === '/api/v1/staff/content/departments'
      ? { statusCode: 200, data: [{ id: 4, name: '社会事务办公室', key: 'social-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' }] }
      : { statusCode: 404, data: {} }
  )
})

describe('the workbench frame', () => {
  it('names the signed-in official’s department, not its code', async () => {
    signInAs(['clerk'], 'social-affairs')
    await shell()
    expect(screen.getByText('社会事务办公室')).toBeInTheDocument()
    expect(screen.queryByText('social-affairs')).not.toBeInTheDocument()
  })

  it('offers a clerk the case sections without 操作记录 or 管理', async () => {
    signInAs(['clerk'], 'social-affairs')
    await shell()
    expect(tabs()).toEqual(['待办事项', '登记来件', '信息发布', '统计报表'])
  })

  it('offers an administrator 操作记录 and 管理 and no case queue', async () => {
    signInAs(['admin'])
    await shell('admin')
    expect(tabs()).toEqual(['信息发布', '统计报表', '操作记录', '管理'])
  })

  it('offers the disclosure office 管理 for the templates and contacts', async () => {
    signInAs(['disclosure'])
    await shell()
    expect(tabs()).toEqual(['待办事项', '登记来件', '信息发布', '统计报表', '管理'])
  })

  it('marks the current section and opens another on tap', async () => {
    signInAs(['admin'])
    await shell('admin')
    expect(screen.getByText('管理').parentElement).toHaveAttribute('aria-current', 'page')
    fireEvent.click(screen.getByText('操作记录'))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/audit/index' })
  })

  it('keeps the case sections when the person’s roles are unknown, leaving the checks to the server', async () => {
    useStaffSession.setState({ ...SIGNED_IN, staff: null })
    await shell()
    expect(tabs()).toEqual(['待办事项', '登记来件', '信息发布', '统计报表'])
    expect(screen.getByText('工作人员')).toBeInTheDocument()
  })

  it('signs out on 退出 and asks the server to end the session, so a copy of the token stops working too', async () => {
    signInAs(['clerk'], 'social-affairs')
    await shell()
    fireEvent.click(screen.getByText('退出'))
    await settle()
    expect(useStaffSession.getState().token).toBeNull()
    const logout = requestsMade().find((r) => r.url.endsWith('/api/v1/staff/auth/logout'))
    expect(logout).toMatchObject({ method: 'POST', header: expect.objectContaining({ Authorization: `Bearer ${SIGNED_IN.token}` }) })
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
  })

  it('sends a visitor without a staff session to the sign-in page', async () => {
    useStaffSession.setState({ token: null, expiresAt: null, staff: null })
    await shell()
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
    expect(screen.queryByText('内容')).not.toBeInTheDocument()
  })
})
