import Taro from '@tarojs/taro'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { settle } from '@/packages/cases/test-helpers'
import { forgetDepartmentNames } from '@/components/staff/use-department-names'
import { useStaffSession } from '@/stores/staff-session'
import { aClock, aQueueItem, STAFF_SIGNED_IN } from '../fixtures'
import StaffQueuePage from '.'

const onTrack = aQueueItem({ trackingNo: 'QS-2026-000010', title: '小区路灯不亮', kind: 'complaint', clock: aClock({ dueDate: '2026-12-20', remaining: 14 }) })
const overdue = aQueueItem({ trackingNo: 'QS-2026-000011', title: '申请公开拆迁补偿标准', clock: aClock({ dueDate: '2026-11-18', remaining: -3, status: 'overdue' }) })
const soon = aQueueItem({ trackingNo: 'QS-2026-000012', title: '噪音扰民', kind: 'report', status: 'awaiting_acceptance', clock: aClock({ step: 'accept', dueDate: '2026-11-27', remaining: 2, status: 'due_soon' }) })

beforeEach(() => {
  useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })
  mockRequest((req) => {
    const url = new URL(req.url)
    if (url.pathname === '/api/v1/staff/cases') {
      const items = url.searchParams.get('due') === 'overdue' ? [overdue] : [onTrack, overdue, soon]
      return { statusCode: 200, data: { items, total: items.length, page: 1, pageSize: 50, counts: { in_progress: 2, awaiting_acceptance: 1 } } }
    }
    return { statusCode: 404, data: {} }
  })
})

const rows = () => screen.getAllByRole('link').filter((el) => el.className.includes('staff-queue__row'))

describe('the queue', () => {
  it('lists the most pressing deadline first', async () => {
    render(<StaffQueuePage />)
    await settle()
    expect(rows().map((r) => within(r).getByText(/拆迁|噪音|路灯/).textContent)).toEqual(['申请公开拆迁补偿标准', '噪音扰民', '小区路灯不亮'])
  })

  it('marks overdue and due-soon cases with a sign and a word, not colour alone', async () => {
    render(<StaffQueuePage />)
    await settle()
    const [first, second, third] = rows()
    expect(within(first).getByText('！ 已超期 3 个工作日')).toBeInTheDocument()
    expect(within(second).getByText('⚠ 即将到期：还剩 2 个工作日')).toBeInTheDocument()
    expect(within(third).getByText('还剩 14 个工作日')).toBeInTheDocument()
  })

  it('shows the count of each status', async () => {
    render(<StaffQueuePage />)
    await settle()
    expect(screen.getByText('办理中 2')).toBeInTheDocument()
    expect(screen.getByText('待受理 1')).toBeInTheDocument()
  })

  it('asks the server for overdue cases only when that filter is chosen', async () => {
    render(<StaffQueuePage />)
    await settle()
    fireEvent.click(screen.getByText('！ 已超期'))
    await settle()
    expect(new URL(requestsMade().at(-1)!.url).searchParams.get('due')).toBe('overdue')
    expect(rows()).toHaveLength(1)
  })

  it('pages through a long queue', async () => {
    mockRequest((req) => {
      const page = Number(new URL(req.url).searchParams.get('page'))
      return { statusCode: 200, data: { items: [page === 2 ? onTrack : overdue], total: 51, page, pageSize: 50, counts: { in_progress: 51 } } }
    })
    render(<StaffQueuePage />)
    await settle()
    expect(screen.getByText('第 1 / 2 页')).toBeInTheDocument()
    fireEvent.click(screen.getByText('下一页'))
    await settle()
    expect(screen.getByText('小区路灯不亮')).toBeInTheDocument()
    expect(screen.getByText('上一页')).toBeInTheDocument()
  })

  it('opens a case on tap', async () => {
    render(<StaffQueuePage />)
    await settle()
    fireEvent.click(rows()[0])
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/case/index?no=QS-2026-000011' })
  })

  it('names each case’s department and lets office-wide staff filter by department name', async () => {
    forgetDepartmentNames()
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '周公开', roles: ['disclosure'], department: null } })
    mockRequest((req) => {
      const url = new URL(req.url)
      if (url.pathname === '/api/v1/staff/content/departments') {
        return {
          statusCode: 200,
          data: [
            { id: 2, name: '社会事务办公室', key: 'civil-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' },
            { id: 3, name: '城市管理办公室', key: 'urban-management', duties: '市容', phone: '021-2', address: '三楼', hours: '工作日' }
          ]
        }
      }
      return { statusCode: 200, data: { items: [onTrack], total: 1, page: 1, pageSize: 50, counts: { in_progress: 1 } } }
    })
    render(<StaffQueuePage />)
    await settle()
    expect(within(rows()[0]).getByText(/· 社会事务办公室$/)).toBeInTheDocument()
    fireEvent.click(screen.getByText('按类型、科室筛选 ▼'))
    fireEvent.click(screen.getByText('城市管理办公室'))
    await settle()
    const queueRequests = requestsMade().filter((r) => new URL(r.url).pathname === '/api/v1/staff/cases')
    expect(new URL(queueRequests.at(-1)!.url).searchParams.get('department')).toBe('urban-management')
    fireEvent.click(screen.getByText('收起 ▲'))
    expect(screen.getByText('按类型、科室筛选 ▼（已选：城市管理办公室）')).toBeInTheDocument()
  })

  it('sends a visitor without a staff session to the sign-in page', async () => {
    useStaffSession.setState({ token: null, expiresAt: null, staff: null })
    render(<StaffQueuePage />)
    await settle()
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/staff/login/index' })
  })
})
