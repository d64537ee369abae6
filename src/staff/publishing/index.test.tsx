import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade, taroMock, type MockRequest } from '../../../mock/taro'
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
    if (url.pathname === '/api/v1/staff/notices/7/review') return { statusCode: 200, data: { ...waiting, body: '', bodyFormat: 'text', decisionDate: null, renewalDate: null, renewalDueOn: null, commentUntil: null, attachments: [], history: [] } }
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

  it('offers a leader no drafting: leaders review and publish', async () => {
    render(<StaffPublishingPage />)
    await settle()
    expect(screen.queryByText('＋ 新建公开内容')).not.toBeInTheDocument()
  })

  it('checks a new notice with the server’s rules before saving', async () => {
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '李文', roles: ['clerk'], department: 'civil' } })
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
        data: { ...draft, body: '供暖自11月15日开始。', bodyFormat: 'text', decisionDate: '2026-11-20', renewalDate: null, renewalDueOn: null, commentUntil: null, attachments: [{ id: 3, name: '供暖时间表.pdf', mimeType: 'application/pdf', size: 1000, url: '/x' }], history: [] }
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
  expect(screen.getByText('供暖时间表.pdf')).toBeInTheDocument()
  expect(screen.getByText('PDF · 1000 B')).toBeInTheDocument()
})

const detail = (over: object = {}) => ({ ...waiting, body: '供暖自11月15日开始。', bodyFormat: 'text', decisionDate: '2026-11-20', renewalDate: null, renewalDueOn: null, commentUntil: null, attachments: [], history: [], ...over })
const pathOf = (req: MockRequest) => new URL(req.url).pathname.replace(/^\/api\/v1/, '')

describe('publishing now or at a set time', () => {
  const approved = { ...waiting, status: 'approved', statusLabel: '领导已审批', allowedActions: ['publish', 'send_back'] }
  beforeEach(() => {
    mockRequest((req) => {
      if (pathOf(req) === '/staff/notices') return { statusCode: 200, data: { items: [approved], total: 1, page: 1, pageSize: 50 } }
      if (pathOf(req) === '/staff/notices/7/review') return { statusCode: 200, data: detail() }
      return { statusCode: 404, data: {} }
    })
  })

  it('publishes at once when 立即发布 is kept', async () => {
    render(<StaffPublishingPage />)
    await settle()
    fireEvent.click(screen.getByText('发布'))
    fireEvent.click(screen.getByText('确认立即发布'))
    await settle()
    expect(JSON.parse(reviews()[0].data as string)).toEqual({ action: 'publish' })
  })

  it('sends the date and time chosen as China time', async () => {
    render(<StaffPublishingPage />)
    await settle()
    fireEvent.click(screen.getByText('发布'))
    fireEvent.click(screen.getByText('定时发布'))
    typeInto('发布日期', '2099-12-01')
    typeInto('发布时间（北京时间）', '09:30')
    fireEvent.click(screen.getByText('确认定时发布'))
    await settle()
    expect(JSON.parse(reviews()[0].data as string)).toEqual({ action: 'publish', publishAt: '2099-12-01T09:30:00+08:00' })
  })

  it('refuses a time already past before asking the server', async () => {
    render(<StaffPublishingPage />)
    await settle()
    fireEvent.click(screen.getByText('发布'))
    fireEvent.click(screen.getByText('定时发布'))
    typeInto('发布日期', '2020-01-01')
    fireEvent.click(screen.getByText('确认定时发布'))
    expect(screen.getByText('⚠ 定时发布的时间应晚于现在；要马上发布请选“立即发布”')).toBeInTheDocument()
    expect(reviews()).toHaveLength(0)
  })

  it('shows a scheduled item as waiting for its time, and cancels the schedule', async () => {
    const scheduled = { ...approved, scheduledAt: '2026-12-01T01:00:00Z', allowedActions: ['publish', 'cancel_schedule', 'send_back'] }
    mockRequest((req) => {
      if (pathOf(req) === '/staff/notices') return { statusCode: 200, data: { items: [scheduled], total: 1, page: 1, pageSize: 50 } }
      if (pathOf(req) === '/staff/notices/7/review') return { statusCode: 200, data: detail({ status: 'approved' }) }
      return { statusCode: 404, data: {} }
    })
    render(<StaffPublishingPage />)
    await settle()
    expect(screen.getByText('待发布（定时 2026-12-01 09:00）')).toBeInTheDocument()
    fireEvent.click(screen.getByText('取消定时发布'))
    await settle()
    expect(JSON.parse(reviews()[0].data as string)).toEqual({ action: 'cancel_schedule' })
  })
})

describe('a draft’s body and files', () => {
  beforeEach(() => useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵公开', roles: ['disclosure'], department: null } }))
  const draft = { ...waiting, status: 'draft', statusLabel: '草稿', allowedActions: ['edit', 'submit'] }
  const file = { id: 3, name: '供暖时间表.pdf', mimeType: 'application/pdf', size: 245_760, url: '/x' }
  beforeEach(() => {
    mockRequest((req) => {
      if (pathOf(req) === '/staff/notices') return { statusCode: 200, data: { items: [draft], total: 1, page: 1, pageSize: 50 } }
      if (pathOf(req) === '/staff/notices/7') return { statusCode: 200, data: detail({ ...draft, attachments: [file] }) }
      if (pathOf(req) === '/staff/notices/7/attachments/3') return { statusCode: 200, data: detail({ ...draft, attachments: [] }) }
      return { statusCode: 404, data: {} }
    })
  })
  const openDraft = async () => {
    render(<StaffPublishingPage />)
    await settle()
    fireEvent.click(screen.getByText('修改'))
    await settle()
  }

  it('saves a body formatted with the buttons as rich text', async () => {
    await openDraft()
    typeInto('正文', '供暖时间')
    fireEvent.click(screen.getByText('小标题'))
    fireEvent.click(screen.getByText('保存草稿'))
    await settle()
    const saved = requestsMade().find((r) => r.method === 'PUT')
    expect(JSON.parse(saved?.data as string)).toMatchObject({ body: '<h3>供暖时间</h3>', bodyFormat: 'html' })
  })

  it('saves a body without any mark as plain text, as typed', async () => {
    await openDraft()
    typeInto('正文', '第一段\n\n收入 < 1500 元')
    fireEvent.click(screen.getByText('保存草稿'))
    await settle()
    const saved = requestsMade().find((r) => r.method === 'PUT')
    expect(JSON.parse(saved?.data as string)).toMatchObject({ body: '第一段\n\n收入 < 1500 元', bodyFormat: 'text' })
  })

  it('opens a rich draft with its paragraphs as lines and its marks as the buttons write them', async () => {
    mockRequest((req) => {
      if (pathOf(req) === '/staff/notices') return { statusCode: 200, data: { items: [draft], total: 1, page: 1, pageSize: 50 } }
      if (pathOf(req) === '/staff/notices/7') return { statusCode: 200, data: detail({ ...draft, body: '<h3>供暖时间</h3>\n<p>自11月15日起<br>至次年3月15日</p>', bodyFormat: 'html' }) }
      return { statusCode: 404, data: {} }
    })
    await openDraft()
    expect((screen.getByLabelText('正文') as unknown as { value: string }).value).toBe('<h3>供暖时间</h3>\n\n自11月15日起\n至次年3月15日')
  })

  it('removes an attachment of the draft', async () => {
    await openDraft()
    expect(screen.getByText('PDF · 240 KB')).toBeInTheDocument()
    fireEvent.click(screen.getByLabelText('删除附件供暖时间表.pdf'))
    await settle()
    expect(requestsMade().find((r) => r.method === 'DELETE')?.url).toContain('/staff/notices/7/attachments/3')
    expect(screen.queryByText('供暖时间表.pdf')).not.toBeInTheDocument()
  })

  it('offers a browser one chooser for PDF files and pictures, and uploads the chosen file under its name', async () => {
    const chosen = new File(['%PDF-1.7'], '供暖方案.pdf', { type: 'application/pdf' })
    // jsdom has no object URLs; a browser gives the chosen file one.
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:http://localhost/1'), revokeObjectURL: jest.fn() })
    const click = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.accept).toContain('application/pdf')
      Object.defineProperty(this, 'files', { value: [chosen] })
      this.dispatchEvent(new Event('change'))
    })
    await openDraft()
    fireEvent.click(screen.getByText('＋ 添加附件'))
    await settle()
    click.mockRestore()
    expect(taroMock.uploadFile.mock.calls[0][0]).toMatchObject({ filePath: 'blob:http://localhost/1', fileName: '供暖方案.pdf' })
  })

  describe('in the mini-program', () => {
    const platform = process.env.TARO_ENV
    beforeEach(() => {
      process.env.TARO_ENV = 'weapp'
    })
    afterEach(() => {
      process.env.TARO_ENV = platform
    })

    it('uploads a PDF to the draft with its name', async () => {
      taroMock.uploadFile.mockResolvedValueOnce({ statusCode: 201, data: JSON.stringify(detail({ ...draft, attachments: [file, { ...file, id: 4, name: 'a.pdf', size: 2048 }] })), errMsg: 'uploadFile:ok' })
      await openDraft()
      fireEvent.click(screen.getByText('＋ 从聊天添加 PDF'))
      await settle()
      expect(taroMock.uploadFile.mock.calls[0][0]).toMatchObject({ url: expect.stringContaining('/staff/notices/7/attachments'), filePath: 'wxfile://tmp/a.pdf', fileName: 'a.pdf' })
      expect(screen.getByText('a.pdf')).toBeInTheDocument()
    })

    it('refuses a file over 10 MB without sending it', async () => {
      taroMock.chooseMessageFile.mockResolvedValueOnce({ tempFiles: [{ path: 'wxfile://tmp/big.pdf', name: 'big.pdf', size: 11 * 1024 * 1024, type: 'file', time: 0 }], errMsg: 'chooseMessageFile:ok' })
      await openDraft()
      fireEvent.click(screen.getByText('＋ 从聊天添加 PDF'))
      await settle()
      expect(screen.getByText('⚠ 文件不能超过 10 MB，这个文件有 11.0 MB')).toBeInTheDocument()
      expect(taroMock.uploadFile).not.toHaveBeenCalled()
    })
  })
})

describe('service guides', () => {
  beforeEach(() => useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵公开', roles: ['disclosure'], department: null } }))
  const guide = {
    id: 5,
    guideId: null,
    name: '最低生活保障申请',
    summary: '家庭收入低于本市低保标准的居民申请低保',
    topic: '社会救助',
    departmentId: 1,
    department: '民政办',
    legalBasis: ['《社会救助暂行办法》'],
    procedure: ['申请', '审核'],
    materials: [{ name: '身份证', copies: '1 份', note: null }],
    statutoryLimit: '30 个工作日',
    promisedLimit: '20 个工作日',
    feeStandard: '不收费',
    feeBasis: '无',
    body: '',
    status: 'submitted',
    statusLabel: '部门已报送',
    scheduledAt: null,
    updatedAt: '2026-11-24T10:00:00+08:00',
    allowedActions: ['collate', 'send_back']
  }
  const contacts = { departments: [{ id: 1, name: '民政办' }], leaders: [] }
  const published = { ...guide, id: 12, departmentName: '民政办', department: { id: 1, name: '民政办', phone: '1', address: '一楼', location: null, hours: '工作日' } }
  beforeEach(() => {
    mockRequest((req) => {
      const path = pathOf(req)
      if (path === '/staff/notices') return { statusCode: 200, data: { items: [], total: 0, page: 1, pageSize: 50 } }
      if (path === '/staff/guides' && req.method === 'GET') return { statusCode: 200, data: { items: [guide], total: 1, page: 1, pageSize: 50 } }
      if (path === '/staff/guides') return { statusCode: 201, data: { ...guide, status: 'draft', history: [] } }
      if (path === '/staff/guides/5/review') return { statusCode: 200, data: { ...guide, history: [] } }
      if (path === '/contacts') return { statusCode: 200, data: contacts }
      if (path === '/guides') return { statusCode: 200, data: { items: [{ id: 12, name: '高龄津贴申领', summary: '', topic: '养老', departmentName: '民政办', promisedLimit: '10 个工作日' }], total: 1, page: 1, pageSize: 50 } }
      if (path === '/guides/12') return { statusCode: 200, data: { ...published, name: '高龄津贴申领' } }
      return { statusCode: 404, data: {} }
    })
  })
  const openGuides = async () => {
    render(<StaffPublishingPage />)
    await settle()
    fireEvent.click(screen.getByText('办事指南'))
    await settle()
  }

  it('lists the guides waiting on the reviewer with the steps allowed', async () => {
    await openGuides()
    expect(screen.getByText('最低生活保障申请')).toBeInTheDocument()
    fireEvent.click(screen.getByText('公开办审核通过'))
    await settle()
    expect(requestsMade().find((r) => pathOf(r) === '/staff/guides/5/review')?.data).toBe(JSON.stringify({ action: 'collate' }))
  })

  it('checks a new guide’s eight disclosures before saving', async () => {
    await openGuides()
    fireEvent.click(screen.getByText('＋ 新建办事指南'))
    await settle()
    fireEvent.click(screen.getByText('保存草稿'))
    expect(screen.getByText('⚠ 请填写事项名称')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请选择受理部门')).toBeInTheDocument()
    expect(screen.getByText('⚠ 请至少填写一项申请材料')).toBeInTheDocument()
    expect(requestsMade().filter((r) => r.method === 'POST')).toHaveLength(0)
  })

  it('starts a revision from the published guide and sends it as a revision', async () => {
    await openGuides()
    fireEvent.click(screen.getByText('修订已发布的指南'))
    await settle()
    fireEvent.click(screen.getByText('高龄津贴申领'))
    await settle()
    expect(screen.getByText('修订已发布的办事指南')).toBeInTheDocument()
    typeInto('承诺时限', '15 个工作日')
    fireEvent.click(screen.getByText('保存草稿'))
    await settle()
    const sent = JSON.parse(requestsMade().find((r) => r.method === 'POST' && pathOf(r) === '/staff/guides')?.data as string)
    expect(sent).toMatchObject({ name: '高龄津贴申领', promisedLimit: '15 个工作日', revises: 12, departmentId: 1 })
  })
})
