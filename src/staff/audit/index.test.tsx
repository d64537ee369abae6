import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade, setRouterParams } from '../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import { forgetDepartmentNames } from '@/components/staff/use-department-names'
import type { StaffAuditEntry } from '@/core/schemas/staff'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '../fixtures'
import StaffAuditPage from '.'

const entry = (over: Partial<StaffAuditEntry>): StaffAuditEntry => ({
  id: 1,
  actor: 'staff:3',
  actorName: '王芳',
  action: 'view_case',
  trackingNo: 'QS-2026-000001',
  detail: {},
  at: '2026-11-25T06:05:00.000Z',
  ...over
})

const caseLog = [
  entry({ id: 3, action: 'assign', detail: { type: 'assign', on: '2026-11-25', recordedOn: '2026-11-25', department: 'social-affairs' } }),
  entry({ id: 2, action: 'view_case_with_id_number', at: '2026-11-24T16:30:00.000Z' }),
  entry({ id: 1, actor: 'staff:1', actorName: '李文', action: 'register_case', at: '2026-11-24T02:00:00.000Z', detail: { kind: 'info_request', channel: 'window', receivedOn: '2026-11-24', recordedOn: '2026-11-24' } })
]
const accounts = [
  { id: 1, name: '李文', phone: '13900000001', roles: ['clerk'], department: 'social-affairs', disabled: false },
  { id: 3, name: '王芳', phone: '13900000003', roles: ['head'], department: 'social-affairs', disabled: false }
]

let total = 3
beforeEach(() => {
  total = 3
  forgetDepartmentNames()
  setRouterParams({})
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/staff/audit') return { statusCode: 200, data: { items: caseLog, total, page: Number(new URL(req.url).searchParams.get('page')), pageSize: 20 } }
    if (path === '/api/v1/staff/accounts') return { statusCode: 200, data: accounts }
    if (path === '/api/v1/staff/content/departments') {
      return { statusCode: 200, data: [{ id: 4, name: '社会事务办公室', key: 'social-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' }] }
    }
    return { statusCode: 404, data: {} }
  })
})

const auditRequests = () => requestsMade().filter((r) => new URL(r.url).pathname === '/api/v1/staff/audit').map((r) => Object.fromEntries(new URL(r.url).searchParams))

describe('the log of one case, opened from the case page', () => {
  beforeEach(() => {
    setRouterParams({ no: 'QS-2026-000001' })
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '李文', roles: ['clerk'], department: 'social-affairs' } })
  })

  it('asks for that case’s log only', async () => {
    render(<StaffAuditPage />)
    await settle()
    expect(auditRequests()).toEqual([{ trackingNo: 'QS-2026-000001', page: '1', pageSize: '20' }])
    expect(screen.getByText('操作记录：QS-2026-000001')).toBeInTheDocument()
  })

  it('says who did what and when in China time, in words', async () => {
    render(<StaffAuditPage />)
    await settle()
    expect(screen.getByText('转办 / 交办')).toBeInTheDocument()
    expect(screen.getByText('2026年11月25日 14:05')).toBeInTheDocument()
    expect(screen.getAllByText('操作人：王芳')).toHaveLength(2)
    expect(screen.getByText('查看事项（含完整证件号码）')).toBeInTheDocument()
    expect(screen.getByText('2026年11月25日 00:30')).toBeInTheDocument()
  })

  it('does not repeat the case’s number on each of its records', async () => {
    render(<StaffAuditPage />)
    await settle()
    expect(screen.queryByText('事项 QS-2026-000001')).not.toBeInTheDocument()
  })

  it('names the department a case went to, not its code', async () => {
    render(<StaffAuditPage />)
    await settle()
    expect(screen.getByText('社会事务办公室', { selector: '.staff-audit__text, .staff-audit__text *' })).toBeInTheDocument()
    expect(screen.queryByText('social-affairs')).not.toBeInTheDocument()
  })

  it('offers no search of the whole log to a clerk', async () => {
    render(<StaffAuditPage />)
    await settle()
    expect(screen.queryByText('查找记录')).not.toBeInTheDocument()
    expect(requestsMade().some((r) => r.url.includes('/staff/accounts'))).toBe(false)
  })

  it('leads back to the case', async () => {
    render(<StaffAuditPage />)
    await settle()
    fireEvent.click(screen.getByText('‹ 返回事项'))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/case/index?no=QS-2026-000001' })
  })

  it('asks nothing of a clerk who came without a case', async () => {
    setRouterParams({})
    render(<StaffAuditPage />)
    await settle()
    expect(auditRequests()).toEqual([])
    expect(screen.getByText('请在事项页面点“查看操作记录”，查看这件事项的记录。')).toBeInTheDocument()
  })
})

describe('the search of the whole log by an administrator', () => {
  beforeEach(() => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵管理', roles: ['admin'], department: null } })
  })

  it('searches by an official found by name', async () => {
    render(<StaffAuditPage />)
    await settle()
    typeInto('查找操作人', '王')
    fireEvent.click(screen.getByText('王芳', { selector: '.staff-chip *' }))
    fireEvent.click(screen.getByText('查询'))
    await settle()
    expect(auditRequests().at(-1)).toEqual({ actor: 'staff:3', page: '1', pageSize: '20' })
    expect(screen.getByText('查找条件 ▼（王芳）')).toBeInTheDocument()
  })

  it('searches by an action chosen within its group', async () => {
    render(<StaffAuditPage />)
    await settle()
    fireEvent.click(screen.getByText('账号、模板与设置'))
    fireEvent.click(screen.getByText('停用工作人员账号'))
    fireEvent.click(screen.getByText('查询'))
    await settle()
    expect(auditRequests().at(-1)).toEqual({ action: 'disable_staff', page: '1', pageSize: '20' })
    expect(screen.getByText('操作类型（已选：停用工作人员账号）')).toBeInTheDocument()
  })

  it('searches by case number and China-time days', async () => {
    render(<StaffAuditPage />)
    await settle()
    typeInto('事项编号', 'qs-2026-000001')
    typeInto('从', '2026-11-01')
    typeInto('到', '2026-11-30')
    fireEvent.click(screen.getByText('查询'))
    await settle()
    expect(auditRequests().at(-1)).toEqual({ trackingNo: 'QS-2026-000001', from: '2026-11-01', to: '2026-11-30', page: '1', pageSize: '20' })
  })

  it('says under the end date that a range ends before it begins, and asks nothing', async () => {
    render(<StaffAuditPage />)
    await settle()
    const before = auditRequests().length
    typeInto('从', '2026-11-30')
    typeInto('到', '2026-11-01')
    fireEvent.click(screen.getByText('查询'))
    await settle()
    expect(screen.getByText('⚠ 开始日期不能晚于结束日期')).toBeInTheDocument()
    expect(auditRequests()).toHaveLength(before)
  })

  it('narrows to one case from any of its entries', async () => {
    render(<StaffAuditPage />)
    await settle()
    fireEvent.click(screen.getAllByText('只看这件事项')[0])
    await settle()
    expect(auditRequests().at(-1)).toEqual({ trackingNo: 'QS-2026-000001', page: '1', pageSize: '20' })
  })

  it('shows each record’s case number when searching the whole log', async () => {
    render(<StaffAuditPage />)
    await settle()
    expect(screen.getAllByText('事项 QS-2026-000001')).toHaveLength(3)
  })

  it('offers no way into a case, which an administrator may not open', async () => {
    render(<StaffAuditPage />)
    await settle()
    expect(screen.queryByText('打开事项 ›')).not.toBeInTheDocument()
  })

  it('pages through a long log', async () => {
    total = 45
    render(<StaffAuditPage />)
    await settle()
    expect(screen.getByText('第 1 / 3 页')).toBeInTheDocument()
    fireEvent.click(screen.getByText('下一页'))
    await settle()
    expect(auditRequests().at(-1)).toMatchObject({ page: '2' })
  })
})
