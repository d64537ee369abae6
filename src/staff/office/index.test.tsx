import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { mockRequest, requestsMade, type MockRequest } from '../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import type { CalendarYear } from '@/core/schemas/calendar'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '../fixtures'
import StaffOfficePage from '.'

const department = { id: 3, name: '民政办', key: 'civil', duties: '低保、临时救助', phone: '021-5555-0101', address: '街道办事处一楼', hours: '工作日 9:00—17:00' }
const leader = { id: 1, name: '周敏', post: '街道办事处主任', duties: '主持全面工作', phone: '021-5555-0001', photoUrl: null }
const hotline = (label: string) => ({ label, phone: '021-5555-0000', hours: '24 小时' })
const contacts = {
  office: { name: '青石街道办事处', address: '青石路 1 号', location: { latitude: 30, longitude: 120 }, hours: '工作日' },
  dutyPhone: hotline('街道值班电话'),
  supervisionHotline: hotline('监督热线'),
  leaders: [leader],
  departments: [],
  receptions: []
}
const reception = { id: 9, leaderId: 1, leaderName: '周敏', schedule: '每月第一个星期三 上午', place: '一楼接待室', topics: '社区治理', sortOrder: 1 }
const year = (y: number, provisional: boolean): CalendarYear => ({
  year: y,
  provisional,
  source: { title: provisional ? '按法定节日推算' : `国务院办公厅关于${y}年部分节假日安排的通知` },
  daysOff: [{ date: `${y}-01-01`, holiday: '元旦' }],
  makeUpWorkdays: []
})
const schedule2027 = {
  year: 2027,
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知' },
  holidays: [{ name: '元旦', daysOff: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: [] }]
}

function answer(req: MockRequest) {
  const path = new URL(req.url).pathname.replace(/^\/api\/v1/, '')
  if (path === '/staff/content/departments') return { statusCode: 200, data: [department] }
  if (path === '/staff/content/departments/3') return { statusCode: 200, data: JSON.parse(req.data as string) }
  if (path === '/contacts') return { statusCode: 200, data: contacts }
  if (path === '/staff/content/leaders/1') return { statusCode: 200, data: { id: 1, ...JSON.parse(req.data as string) } }
  if (path === '/staff/content/receptions' && req.method === 'GET') return { statusCode: 200, data: [reception] }
  if (path === '/staff/content/receptions') return { statusCode: 201, data: { ...reception, id: 10, ...JSON.parse(req.data as string) } }
  if (path === '/staff/content/receptions/9') return { statusCode: 204, data: '' }
  const calendar = /^\/calendar\/(\d{4})$/.exec(path)
  if (calendar) return { statusCode: 200, data: year(Number(calendar[1]), Number(calendar[1]) > 2026) }
  if (path === '/staff/calendar/years') return { statusCode: 200, data: year(2027, false) }
  return { statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '未找到' } } }
}

const signIn = (roles: string[]) => useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '王管理', roles: roles as never, department: null } })
const writes = (method: string) => requestsMade().filter((r) => r.method === method)

beforeEach(() => {
  signIn(['admin'])
  mockRequest(answer)
})

describe('the office’s contacts', () => {
  it('shows each department as residents read it, with a button to change it', async () => {
    render(<StaffOfficePage />)
    await settle()
    expect(screen.getByText('民政办')).toBeInTheDocument()
    expect(screen.getByText('021-5555-0101')).toBeInTheDocument()
    expect(screen.getByLabelText('修改民政办')).toBeInTheDocument()
  })

  it('saves a department’s new phone and keeps its department code', async () => {
    render(<StaffOfficePage />)
    await settle()
    fireEvent.click(screen.getByLabelText('修改民政办'))
    typeInto('电话', '021-5555-0199')
    fireEvent.click(screen.getByText('保存'))
    await settle()
    expect(JSON.parse(writes('PUT')[0].data as string)).toEqual({ ...department, id: undefined, phone: '021-5555-0199' })
  })

  it('checks a department with the server’s rules before sending', async () => {
    render(<StaffOfficePage />)
    await settle()
    fireEvent.click(screen.getByLabelText('修改民政办'))
    typeInto('电话', '请拨打')
    fireEvent.click(screen.getByText('保存'))
    await settle()
    expect(screen.getByText('⚠ 电话只能包含数字、空格和 + - ( )，例如 021-12345678')).toBeInTheDocument()
    expect(writes('PUT')).toHaveLength(0)
  })

  it('changes a leader’s division of duties', async () => {
    render(<StaffOfficePage />)
    await settle()
    fireEvent.click(screen.getByText('领导'))
    await settle()
    fireEvent.click(screen.getByLabelText('修改周敏'))
    typeInto('分工', '主持全面工作，分管民政')
    fireEvent.click(screen.getByText('保存'))
    await settle()
    expect(writes('PUT')[0].url).toContain('/staff/content/leaders/1')
    expect(JSON.parse(writes('PUT')[0].data as string)).toMatchObject({ duties: '主持全面工作，分管民政' })
  })

  it('lets a leader look but not change anything', async () => {
    signIn(['leader'])
    render(<StaffOfficePage />)
    await settle()
    expect(screen.getByText('民政办')).toBeInTheDocument()
    expect(screen.queryByLabelText('修改民政办')).not.toBeInTheDocument()
    expect(screen.getByText('只有公开办和系统管理员可以修改这些内容，您可以查看。')).toBeInTheDocument()
  })
})

describe('leader reception days', () => {
  it('adds a reception day with the leader chosen from the list', async () => {
    render(<StaffOfficePage />)
    await settle()
    fireEvent.click(screen.getByText('接待日'))
    await settle()
    fireEvent.click(screen.getByText('＋ 添加接待日'))
    fireEvent.click(screen.getByText('添加'))
    expect(screen.getByText('⚠ 请选择接待领导')).toBeInTheDocument()
    fireEvent.click(screen.getAllByText('周敏').find((el) => el.closest('[role="radio"]')) as HTMLElement)
    typeInto('接待时间', '每月第三个星期五 下午')
    typeInto('接待地点', '二楼会议室')
    typeInto('接待内容', '城市管理')
    fireEvent.click(screen.getByText('添加'))
    await settle()
    expect(JSON.parse(writes('POST')[0].data as string)).toEqual({ leaderId: 1, schedule: '每月第三个星期五 下午', place: '二楼会议室', topics: '城市管理', sortOrder: 2 })
  })

  it('removes a reception day only after a second, explicit tap', async () => {
    render(<StaffOfficePage />)
    await settle()
    fireEvent.click(screen.getByText('接待日'))
    await settle()
    fireEvent.click(screen.getByLabelText('删除周敏的接待日'))
    expect(writes('DELETE')).toHaveLength(0)
    fireEvent.click(screen.getByText('确认删除'))
    await settle()
    expect(writes('DELETE')[0].url).toContain('/staff/content/receptions/9')
  })
})

describe('the holiday calendar', () => {
  const openCalendar = async () => {
    render(<StaffOfficePage />)
    await settle()
    fireEvent.click(screen.getByText('节假日'))
    await settle()
  }
  // The import box's web component draws its inner textarea a while after it appears; typing
  // earlier makes it throw in jsdom.
  const importBoxReady = () => waitFor(() => expect(document.querySelector('[aria-label="放假安排文件的内容"] textarea')).not.toBeNull())

  it('shows each year as announced or computed', async () => {
    await openCalendar()
    expect(screen.getAllByText('✓ 已公布').length).toBeGreaterThan(0)
    expect(screen.getAllByText('！计算推定').length).toBeGreaterThan(0)
  })

  it('explains every problem of a pasted file in Chinese and imports nothing', async () => {
    await openCalendar()
    await importBoxReady()
    typeInto('放假安排文件的内容', '{"year": 2027')
    fireEvent.click(screen.getByText('检查文件'))
    await settle()
    expect(screen.getByText('⚠ 这不是一个完整的放假安排文件（JSON 格式有误）。请把文件的全部内容原样粘贴进来。')).toBeInTheDocument()
    expect(writes('POST')).toHaveLength(0)
  })

  it('shows what an import replaces before it imports', async () => {
    await openCalendar()
    await importBoxReady()
    typeInto('放假安排文件的内容', JSON.stringify(schedule2027))
    fireEvent.click(screen.getByText('检查文件'))
    await settle()
    expect(screen.getByText('现在：计算推定（国务院尚未公布，按法定节日推算）')).toBeInTheDocument()
    expect(screen.getByText('新增放假：1月2日至1月3日')).toBeInTheDocument()
    expect(writes('POST')).toHaveLength(0)
    fireEvent.click(screen.getByText('确认导入 2027 年'))
    await settle()
    expect(JSON.parse(writes('POST')[0].data as string)).toEqual(schedule2027)
  })

  it('leaves the import to administrators', async () => {
    signIn(['disclosure'])
    await openCalendar()
    expect(screen.queryByText('检查文件')).not.toBeInTheDocument()
    expect(screen.getByText('导入放假安排需要系统管理员账号。')).toBeInTheDocument()
  })
})
