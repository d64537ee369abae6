import Taro from '@tarojs/taro'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import { forgetDepartmentNames } from '@/components/staff/use-department-names'
import type { StaffMember } from '@/core/schemas/staff'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '../fixtures'
import StaffAccountsPage from '.'

const wang: StaffMember = { id: 3, name: '王芳', phone: '13900000003', roles: ['clerk', 'head'], department: 'social-affairs', disabled: false }
const zhao: StaffMember = { id: 1, name: '赵管理', phone: '13900000001', roles: ['admin'], department: null, disabled: false }
const departments = [
  { id: 4, name: '社会事务办公室', key: 'social-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' },
  { id: 5, name: '城市管理办公室', key: 'urban-management', duties: '市容', phone: '021-2', address: '三楼', hours: '工作日' }
]

let refuse: { statusCode: number; data: unknown } | null = null
beforeEach(() => {
  refuse = null
  forgetDepartmentNames()
  useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵管理', roles: ['admin'], department: null } })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/staff/content/departments') return { statusCode: 200, data: departments }
    if (path === '/api/v1/staff/accounts' && req.method === 'GET') return { statusCode: 200, data: [zhao, wang] }
    if (path === '/api/v1/staff/me') return { statusCode: 200, data: { ...zhao, actions: ['manage_staff'] } }
    if (refuse) return refuse
    if (path === '/api/v1/staff/accounts' && req.method === 'POST') return { statusCode: 201, data: { id: 7, disabled: false, ...(JSON.parse(String(req.data)) as object) } }
    if (/\/staff\/accounts\/\d+\/(disable|password)$/.test(path)) return { statusCode: 204, data: '' }
    return { statusCode: 404, data: {} }
  })
})

const row = (name: string) => screen.getByLabelText(name)
const sent = (method: string) => requestsMade().filter((r) => r.method === method && r.url.includes('/staff/accounts'))

describe('staff accounts', () => {
  it('lists each account with its roles in words and its department by name', async () => {
    render(<StaffAccountsPage />)
    await settle()
    expect(within(row('王芳')).getByText('经办人、科室负责人')).toBeInTheDocument()
    expect(within(row('王芳')).getByText('13900000003 · 社会事务办公室')).toBeInTheDocument()
    expect(within(row('赵管理')).getByText('13900000001 · 不属于科室')).toBeInTheDocument()
  })

  it('adds an account with several roles and a department chosen by name', async () => {
    render(<StaffAccountsPage />)
    await settle()
    fireEvent.click(screen.getByText('＋ 新建账号'))
    typeInto('姓名', '孙丽')
    typeInto('手机号', '13900000009')
    fireEvent.click(screen.getByText('☐ 经办人'))
    fireEvent.click(screen.getByText('☐ 政务公开工作人员'))
    fireEvent.click(screen.getByText('城市管理办公室'))
    typeInto('初始密码', 'a-long-password')
    fireEvent.click(screen.getByText('创建账号'))
    await settle()
    expect(JSON.parse(String(sent('POST')[0].data))).toEqual({ name: '孙丽', phone: '13900000009', roles: ['clerk', 'disclosure'], department: 'urban-management', password: 'a-long-password' })
    expect(within(row('孙丽')).getByText('经办人、政务公开工作人员')).toBeInTheDocument()
  })

  it('says under the department that a clerk needs one, and sends nothing', async () => {
    render(<StaffAccountsPage />)
    await settle()
    fireEvent.click(screen.getByText('＋ 新建账号'))
    typeInto('姓名', '孙丽')
    typeInto('手机号', '13900000009')
    fireEvent.click(screen.getByText('☐ 经办人'))
    typeInto('初始密码', 'a-long-password')
    fireEvent.click(screen.getByText('创建账号'))
    await settle()
    expect(screen.getByText('⚠ 经办人和科室负责人必须属于一个科室')).toBeInTheDocument()
    expect(sent('POST')).toHaveLength(0)
  })

  it('puts the server’s word on a phone that already has an account under the phone', async () => {
    render(<StaffAccountsPage />)
    await settle()
    refuse = { statusCode: 409, data: { error: { code: 'STAFF_PHONE_TAKEN', message: '手机号 13900000003 已有工作人员账号', fields: { phone: '该手机号已有工作人员账号' } } } }
    fireEvent.click(screen.getByText('＋ 新建账号'))
    typeInto('姓名', '王芳')
    typeInto('手机号', '13900000003')
    fireEvent.click(screen.getByText('☐ 分管领导'))
    typeInto('初始密码', 'a-long-password')
    fireEvent.click(screen.getByText('创建账号'))
    await settle()
    const field = screen.getByText('⚠ 手机号 13900000003 已有工作人员账号').closest('.case-field') as HTMLElement
    expect(field.querySelector('[aria-label="手机号"]')).not.toBeNull()
  })

  it('shows any other refusal of the server in its own words', async () => {
    render(<StaffAccountsPage />)
    await settle()
    refuse = { statusCode: 403, data: { error: { code: 'FORBIDDEN', message: '您的岗位不能管理工作人员账号' } } }
    fireEvent.click(screen.getByText('＋ 新建账号'))
    typeInto('姓名', '孙丽')
    typeInto('手机号', '13900000009')
    fireEvent.click(screen.getByText('☐ 分管领导'))
    typeInto('初始密码', 'a-long-password')
    fireEvent.click(screen.getByText('创建账号'))
    await settle()
    expect(screen.getByText('⚠ 您的岗位不能管理工作人员账号')).toBeInTheDocument()
  })

  it('disables an account after the administrator confirms', async () => {
    render(<StaffAccountsPage />)
    await settle()
    fireEvent.click(within(row('王芳')).getByText('停用'))
    await settle()
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '停用王芳的账号？' }))
    expect(sent('POST').map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/staff/accounts/3/disable'])
    expect(within(row('王芳')).getByText('已停用')).toBeInTheDocument()
    expect(within(row('王芳')).queryByText('重设密码')).not.toBeInTheDocument()
  })

  it('keeps the account when the administrator does not confirm', async () => {
    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<StaffAccountsPage />)
    await settle()
    fireEvent.click(within(row('王芳')).getByText('停用'))
    await settle()
    expect(sent('POST')).toHaveLength(0)
  })

  it('resets a password of at least 10 characters', async () => {
    render(<StaffAccountsPage />)
    await settle()
    fireEvent.click(within(row('王芳')).getByText('重设密码'))
    typeInto('王芳的新密码', 'short')
    fireEvent.click(screen.getByText('确认重设'))
    await settle()
    expect(screen.getByText('⚠ 密码至少 10 个字符')).toBeInTheDocument()
    typeInto('王芳的新密码', 'a-new-long-password')
    fireEvent.click(screen.getByText('确认重设'))
    await settle()
    const put = sent('PUT')
    expect(put.map((r) => new URL(r.url).pathname)).toEqual(['/api/v1/staff/accounts/3/password'])
    expect(JSON.parse(String(put[0].data))).toEqual({ password: 'a-new-long-password' })
  })

  it('asks nothing for someone who is not an administrator', async () => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '周公开', roles: ['disclosure'], department: null } })
    render(<StaffAccountsPage />)
    await settle()
    expect(screen.getByText('只有系统管理员可以管理工作人员账号。')).toBeInTheDocument()
    expect(requestsMade().some((r) => r.url.includes('/staff/accounts'))).toBe(false)
  })

  it('offers an administrator no way to disable their own account', async () => {
    render(<StaffAccountsPage />)
    await settle()
    expect(within(row('赵管理')).getByText('本人')).toBeInTheDocument()
    expect(within(row('赵管理')).queryByText('停用')).not.toBeInTheDocument()
    expect(within(row('赵管理')).getByText('重设密码')).toBeInTheDocument()
  })
})
