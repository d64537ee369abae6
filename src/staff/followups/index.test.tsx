import Taro from '@tarojs/taro'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import { forgetDepartmentNames } from '@/components/staff/use-department-names'
import type { FollowUpTask } from '@/core/schemas/follow-ups'
import { useStaffSession } from '@/stores/staff-session'
import { aStaffCase, STAFF_SIGNED_IN } from '../fixtures'
import { FollowUpsLink } from './link'
import StaffFollowUpsPage from '.'

function aFollowUp(over: Partial<FollowUpTask> = {}, clock: Partial<FollowUpTask['clock']> = {}): FollowUpTask {
  return {
    trackingNo: 'QS-2026-000021',
    kind: 'complaint',
    title: '楼道堆物无人清理',
    department: 'civil-affairs',
    owner: 'department',
    phone: '13812345678',
    residentName: '王秀英',
    ratingComment: '物业只清了一半',
    clock: {
      label: '不满意评价后5个工作日内回访',
      basis: '本办事处服务承诺（办事处自定的期限，不是法定期限）',
      ratedOn: '2026-11-20',
      dueDate: '2026-11-27',
      unit: 'working_days',
      remaining: 2,
      status: 'due_soon',
      provisional: false,
      followedUpOn: null,
      ...clock
    },
    due: 'due_soon',
    escalation: null,
    result: null,
    ...over
  }
}

const overdue = aFollowUp(
  { trackingNo: 'QS-2026-000020', title: '夜间施工噪音', department: null, owner: 'disclosure_office', residentName: null, ratingComment: null, due: 'overdue', escalation: 'leader' },
  { ratedOn: '2026-11-16', dueDate: '2026-11-23', remaining: -2, status: 'overdue' }
)
const soon = aFollowUp()
const done = aFollowUp(
  {
    trackingNo: 'QS-2026-000019',
    title: '小区路灯不亮',
    due: null,
    result: { residentSaid: '路灯已经修好了', solved: true, note: '物业已确认', actor: 'staff:1', actorName: '李文' }
  },
  { ratedOn: '2026-11-10', dueDate: '2026-11-17', remaining: 3, status: 'answered_in_time', followedUpOn: '2026-11-12' }
)

const pageOf = (items: FollowUpTask[]) => ({ items, total: items.length, page: 1, pageSize: 50, counts: { open: 2, overdue: 1, done: 1 } })
let posted: unknown[] = []
let refuse = false

beforeEach(() => {
  forgetDepartmentNames()
  posted = []
  refuse = false
  useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })
  mockRequest((req) => {
    const url = new URL(req.url)
    if (url.pathname === '/api/v1/staff/follow-ups') {
      if (url.searchParams.get('state') === 'done') return { statusCode: 200, data: pageOf([done]) }
      if (url.searchParams.get('due') === 'overdue') return { statusCode: 200, data: pageOf([overdue]) }
      return { statusCode: 200, data: pageOf(posted.length > 0 ? [overdue] : [overdue, soon]) }
    }
    if (url.pathname === '/api/v1/staff/content/departments') {
      return { statusCode: 200, data: [{ id: 2, name: '民政科', key: 'civil-affairs', duties: '民政', phone: '021-1', address: '二楼', hours: '工作日' }] }
    }
    if (url.pathname === '/api/v1/staff/cases/QS-2026-000021/events') {
      posted.push(typeof req.data === 'string' ? JSON.parse(req.data) : req.data)
      return refuse ? { statusCode: 409, data: { error: { code: 'ACTION_NOT_ALLOWED', message: '只有评价为“不满意”且尚未回访的事项需要回访' } } } : { statusCode: 200, data: aStaffCase() }
    }
    return { statusCode: 404, data: {} }
  })
})

const rows = () => screen.getAllByRole('listitem')

describe('the follow-up list (回访任务)', () => {
  it('lists the owed follow-ups the most urgent first, each with its promised date in words', async () => {
    render(<StaffFollowUpsPage />)
    await settle()
    const [first, second] = rows()
    expect(within(first).getByText('夜间施工噪音')).toBeInTheDocument()
    expect(within(first).getByText('！ 回访已超期 2 个工作日')).toBeInTheDocument()
    expect(within(first).getByText('督办：报分管领导督办')).toBeInTheDocument()
    expect(within(second).getByText('⚠ 还剩 2 个工作日回访')).toBeInTheDocument()
    expect(within(second).getByText('2026年11月20日评价“不满意”，应在2026年11月27日前回访')).toBeInTheDocument()
  })

  it('names who owes each call, the resident’s words and the number to call', async () => {
    render(<StaffFollowUpsPage />)
    await settle()
    const [first, second] = rows()
    expect(within(first).getByText('负责：政务公开办')).toBeInTheDocument()
    expect(within(second).getByText('负责：民政科 · 群众：王秀英')).toBeInTheDocument()
    expect(within(second).getByText('评价时说：“物业只清了一半”')).toBeInTheDocument()
    fireEvent.click(within(second).getByRole('link', { name: '回访电话（王秀英）13812345678 拨打' }))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13812345678' })
  })

  it('says the promised period is the office’s own, not the law’s', async () => {
    render(<StaffFollowUpsPage />)
    await settle()
    expect(screen.getByText('这是本办事处的服务承诺，不是法定期限。回访后群众可以再评价一次。')).toBeInTheDocument()
  })

  it('shows the count of each tab and asks the server for overdue ones on 已超期', async () => {
    render(<StaffFollowUpsPage />)
    await settle()
    expect(screen.getByText('✓ 待回访 2')).toBeInTheDocument()
    fireEvent.click(screen.getByText('已超期 1'))
    await settle()
    const asked = new URL(requestsMade().at(-1)!.url).searchParams
    expect([asked.get('state'), asked.get('due')]).toEqual(['open', 'overdue'])
    expect(rows()).toHaveLength(1)
  })

  it('shows on 已回访 what each follow-up heard and who made it', async () => {
    render(<StaffFollowUpsPage />)
    await settle()
    fireEvent.click(screen.getByText('已回访 1'))
    await settle()
    const [row] = rows()
    expect(within(row).getByText('✓ 已按时回访')).toBeInTheDocument()
    expect(within(row).getByText('✓ 问题已解决')).toBeInTheDocument()
    expect(within(row).getByText('群众说：路灯已经修好了')).toBeInTheDocument()
    expect(within(row).getByText('2026年11月12日回访 · 李文')).toBeInTheDocument()
    expect(within(row).queryByText('记录回访结果')).toBeNull()
  })

  it('asks for what the resident said and whether it is solved before recording the result', async () => {
    render(<StaffFollowUpsPage />)
    await settle()
    fireEvent.click(within(rows()[1]).getByText('记录回访结果'))
    fireEvent.click(screen.getByText('确认回访'))
    await settle()
    expect(screen.getByText('⚠ 请填写群众的意见')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请选择问题是否已经解决')).toBeInTheDocument()
    expect(posted).toEqual([])
  })

  const record = async (said: string, solved: '已解决' | '未解决') => {
    fireEvent.click(within(rows()[1]).getByText('记录回访结果'))
    typeInto('群众的意见（回访时群众怎么说）', said)
    fireEvent.click(screen.getByText(solved))
    fireEvent.click(screen.getByText('确认回访'))
    await settle()
  }

  it('records the result on the case, says so and takes the follow-up off the list', async () => {
    render(<StaffFollowUpsPage />)
    await settle()
    await record('已经清理干净了', '已解决')
    expect(posted).toEqual([{ type: 'follow_up', residentSaid: '已经清理干净了', solved: true }])
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已记录回访', icon: 'success' })
    expect(rows()).toHaveLength(1)
  })

  it('keeps the form with the server’s reason when it refuses the result', async () => {
    refuse = true
    render(<StaffFollowUpsPage />)
    await settle()
    await record('还是没解决', '未解决')
    expect(posted).toEqual([{ type: 'follow_up', residentSaid: '还是没解决', solved: false }])
    expect(screen.getByText('⚠ 只有评价为“不满意”且尚未回访的事项需要回访')).toBeInTheDocument()
  })

  it('opens the case from a follow-up', async () => {
    render(<StaffFollowUpsPage />)
    await settle()
    fireEvent.click(within(rows()[0]).getByText('投诉 · QS-2026-000020 · 查看事项 ›'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/case/index?no=QS-2026-000020' })
  })
})

describe('the queue’s link to the follow-ups', () => {
  it('counts the owed follow-ups and the overdue among them, and opens the list', async () => {
    render(<FollowUpsLink />)
    await settle()
    fireEvent.click(screen.getByText('回访任务（2）· 1 件已超期'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/followups/index' })
  })

  it('still leads to the list when the count cannot be loaded', async () => {
    mockRequest(() => 'offline')
    render(<FollowUpsLink />)
    await settle()
    expect(screen.getByText('回访任务')).toBeInTheDocument()
  })
})
