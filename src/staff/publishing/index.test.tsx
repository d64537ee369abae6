import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '../fixtures'
import StaffPublishingPage from '.'

const waiting = {
  id: 7,
  title: '关于2026年冬季供暖安排的通知',
  category: 'gov-practical',
  departmentId: 1,
  department: '党政办公室',
  timeliness: 'adhoc',
  status: 'collated',
  statusLabel: '公开办已审核',
  publishedAt: null,
  scheduledAt: null,
  updatedAt: '2026-11-24T10:00:00+08:00',
  allowedActions: ['approve', 'send_back']
}

beforeEach(() => {
  useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '周敏', roles: ['leader'], department: null } })
  mockRequest((req) => {
    const url = new URL(req.url)
    if (url.pathname === '/api/v1/staff/notices') return { statusCode: 200, data: { items: [waiting], total: 1, page: 1, pageSize: 50 } }
    if (url.pathname === '/api/v1/staff/notices/7/review') return { statusCode: 200, data: { ...waiting, body: '', decisionDate: null, renewalDate: null, renewalDueOn: null, commentUntil: null, attachments: [], history: [] } }
    return { statusCode: 404, data: {} }
  })
})

const reviews = () => requestsMade().filter((r) => r.url.includes('/review'))

describe('the review queue', () => {
  it('shows what waits on the person with the buttons the procedure allows them', async () => {
    render(<StaffPublishingPage />)
    await settle()
    expect(screen.getByText('关于2026年冬季供暖安排的通知')).toBeInTheDocument()
    expect(screen.getByText('领导审批通过')).toBeInTheDocument()
    expect(screen.getByText('退回修改')).toBeInTheDocument()
    expect(screen.queryByText('发布')).not.toBeInTheDocument()
  })

  it('approves with one tap', async () => {
    render(<StaffPublishingPage />)
    await settle()
    fireEvent.click(screen.getByText('领导审批通过'))
    await settle()
    expect(JSON.parse(reviews()[0].data as string)).toEqual({ action: 'approve' })
  })

  it('asks for a comment before sending back, then sends it', async () => {
    render(<StaffPublishingPage />)
    await settle()
    fireEvent.click(screen.getByText('退回修改'))
    fireEvent.click(screen.getByText('确认退回修改'))
    expect(screen.getByText('⚠ 请写明退回修改的意见')).toBeInTheDocument()
    expect(reviews()).toHaveLength(0)
    typeInto('审核意见', '请补充供暖时间')
    fireEvent.click(screen.getByText('确认退回修改'))
    await settle()
    expect(JSON.parse(reviews()[0].data as string)).toEqual({ action: 'send_back', comment: '请补充供暖时间' })
  })

  it('checks a new notice with the server’s rules before saving', async () => {
    render(<StaffPublishingPage />)
    await settle()
    fireEvent.click(screen.getByText('＋ 新建公开内容'))
    await settle()
    fireEvent.click(screen.getByText('保存草稿'))
    expect(screen.getByText('⚠ 请填写标题')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请选择公开类别')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请选择时效类型')).toBeInTheDocument()
  })
})

it('opens a draft for editing with its saved fields and its attachments', async () => {
  const draft = { ...waiting, status: 'draft', statusLabel: '草稿', allowedActions: ['edit', 'submit'] }
  mockRequest((req) => {
    const url = new URL(req.url)
    if (url.pathname === '/api/v1/staff/notices') return { statusCode: 200, data: { items: [draft], total: 1, page: 1, pageSize: 50 } }
    if (url.pathname === '/api/v1/staff/notices/7') {
      return {
        statusCode: 200,
        data: { ...draft, body: '供暖自11月15日开始。', decisionDate: '2026-11-20', renewalDate: null, renewalDueOn: null, commentUntil: null, attachments: [{ id: 3, name: '供暖时间表.pdf', mimeType: 'application/pdf', size: 1000, url: '/x' }], history: [] }
      }
    }
    return { statusCode: 404, data: {} }
  })
  render(<StaffPublishingPage />)
  await settle()
  fireEvent.click(screen.getByText('修改'))
  await settle()
  expect(screen.getByText('修改草稿（草稿）')).toBeInTheDocument()
  expect(screen.getByDisplayValue('关于2026年冬季供暖安排的通知')).toBeInTheDocument()
  expect(screen.getByText('· 供暖时间表.pdf')).toBeInTheDocument()
})
