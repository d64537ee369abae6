import Taro from '@tarojs/taro'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { settle } from '@/packages/cases/test-helpers'
import { forgetDepartmentNames } from '@/components/staff/use-department-names'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '../fixtures'
import StaffReportsPage from '.'

const counts = (n: number) => ({ citizen: n, commercial: 0, research: 0, social_welfare: 0, legal_service: 0, other: 0, total: n })
const dashboard = {
  from: '2026-01-01',
  to: '2026-11-25',
  department: null,
  asOf: '2026-11-25',
  received: 12,
  closed: 10,
  completionRate: 0.8333,
  replied: 8,
  repliedOnTime: 7,
  onTimeRate: 0.875,
  averageWorkingDays: 9.5,
  onTheSpot: 2,
  onTheSpotRate: 0.1667,
  ratings: { satisfied: 3, basically_satisfied: 1, average: 0, dissatisfied: 1, unknown: 1 },
  satisfactionRate: 0.8,
  appraisalScore: 88,
  overdueNow: 1
}
const annual = {
  year: 2026,
  title: '2026年政府信息公开工作年度报告：收到和处理政府信息公开申请情况',
  columns: [
    { key: 'citizen', label: '自然人' },
    { key: 'total', label: '总计' }
  ],
  rows: [
    { key: 'new', label: '一、本年新收政府信息公开申请数量', depth: 0, counts: counts(3) },
    { key: 'results', label: '三、本年度办理结果', depth: 0, counts: null },
    { key: 'partly_disclosed', label: '（二）部分公开', depth: 1, counts: counts(1) }
  ]
}

beforeEach(() => {
  forgetDepartmentNames()
  useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '周敏', roles: ['leader'], department: null } })
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/staff/reports/dashboard') return { statusCode: 200, data: dashboard }
    if (path === '/api/v1/staff/reports/trend') {
      return { statusCode: 200, data: { year: 2026, department: null, months: [{ month: '2026-10', received: 5, replied: 4, repliedOnTime: 3, onTimeRate: 0.75 }] } }
    }
    if (path === '/api/v1/staff/reports/annual-disclosure') return { statusCode: 200, data: annual }
    if (path === '/api/v1/staff/content/departments') {
      return { statusCode: 200, data: [{ id: 2, name: '社会事务办公室', key: 'civil-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' }] }
    }
    return { statusCode: 404, data: {} }
  })
})

describe('the reports page', () => {
  it('shows the period’s figures with the appraisal score', async () => {
    render(<StaffReportsPage />)
    await settle()
    expect(screen.getByText('12 件')).toBeInTheDocument()
    expect(screen.getByText('87.5%')).toBeInTheDocument()
    expect(screen.getByText('7 / 8 件按期')).toBeInTheDocument()
    expect(screen.getByText('88.00')).toBeInTheDocument()
    expect(screen.getByText('！ 当前超期')).toBeInTheDocument()
  })

  it('writes the number on each bar of the monthly charts', async () => {
    render(<StaffReportsPage />)
    await settle()
    const received = screen.getByRole('figure', { name: '2026年每月收件数' })
    expect(within(received).getByText('10月')).toBeInTheDocument()
    expect(within(received).getByText('5')).toBeInTheDocument()
    expect(within(screen.getByRole('figure', { name: '2026年每月按期答复率' })).getByText('75.0%')).toBeInTheDocument()
  })

  it('lays out the yearly table with a figure in each cell and none on heading rows', async () => {
    render(<StaffReportsPage />)
    await settle()
    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(rows.map((r) => r.textContent)).toEqual(['项目自然人总计', '一、本年新收政府信息公开申请数量33', '三、本年度办理结果', '（二）部分公开11'])
  })

  it('offers CSV and Excel downloads of each table', async () => {
    render(<StaffReportsPage />)
    await settle()
    expect(screen.getAllByText('下载 CSV')).toHaveLength(2)
    expect(screen.getAllByText('下载 Excel（XLSX）')).toHaveLength(2)
  })
})

it('leaves the yearly table out for a clerk, whose figures are the department’s', async () => {
  useStaffSession.setState({ staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })
  render(<StaffReportsPage />)
  await settle()
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
  expect(screen.getByText('12 件')).toBeInTheDocument()
})

it('lets office-wide staff narrow the figures to a department chosen by name', async () => {
  render(<StaffReportsPage />)
  await settle()
  fireEvent.click(screen.getByText('范围：全街道 ▼ 按科室查看'))
  fireEvent.click(screen.getByText('社会事务办公室'))
  await settle()
  const last = (path: string) => requestsMade().filter((r) => new URL(r.url).pathname === path).at(-1)!
  expect(new URL(last('/api/v1/staff/reports/dashboard').url).searchParams.get('department')).toBe('civil-affairs')
  expect(new URL(last('/api/v1/staff/reports/trend').url).searchParams.get('department')).toBe('civil-affairs')
  expect(screen.getByText('范围：社会事务办公室 ▼ 按科室查看')).toBeInTheDocument()
})

it('names a clerk’s own department, whose figures are the only ones they may see', async () => {
  useStaffSession.setState({ staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })
  render(<StaffReportsPage />)
  await settle()
  expect(screen.getByText('本科室：社会事务办公室')).toBeInTheDocument()
  expect(screen.queryByRole('radiogroup', { name: '科室' })).not.toBeInTheDocument()
})

it('asks to sign in again, without falling into an endless re-render, when the server refuses the staff session', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  mockRequest(() => ({ statusCode: 401, data: { error: { code: 'unauthorized', message: '请重新登录' } } }))
  render(<StaffReportsPage />)
  await settle()
  expect(useStaffSession.getState().token).toBeNull()
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
  expect(errors).not.toHaveBeenCalled()
  errors.mockRestore()
})
