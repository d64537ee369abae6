import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import type { ReplyTemplate } from '@/core/schemas/staff'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '../fixtures'
import StaffTemplatesPage from '.'

const templates: ReplyTemplate[] = [
  { kind: 'info_request', outcome: 'disclosed', body: '{申请人}：\n您的申请（编号{事项编号}）予以公开。', updatedBy: null, updatedAt: null },
  { kind: 'complaint', outcome: 'supported', body: '您于{收到日期}反映的“{事项标题}”已办理。', updatedBy: 'staff:2', updatedAt: '2026-11-25T06:05:00.000Z' }
]

beforeEach(() => {
  mockRequest((req) => {
    const path = new URL(req.url).pathname
    if (path === '/api/v1/staff/templates') return { statusCode: 200, data: templates }
    if (path === '/api/v1/staff/accounts') return { statusCode: 200, data: [{ id: 2, name: '赵管理', phone: '13900000002', roles: ['admin'], department: null, disabled: false }] }
    if (path.startsWith('/api/v1/staff/templates/') && req.method === 'PUT') {
      const body = (JSON.parse(String(req.data)) as { body: string }).body
      return { statusCode: 200, data: { kind: 'complaint', outcome: 'supported', body, updatedBy: 'staff:2', updatedAt: '2026-11-26T01:00:00.000Z' } }
    }
    return { statusCode: 404, data: {} }
  })
})

const asAdmin = () => useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵管理', roles: ['admin'], department: null } })
const asClerk = () => useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '李文', roles: ['clerk'], department: 'civil-affairs' } })

describe('reply templates', () => {
  it('lists the regulation’s outcomes of an information request, saying which have a template', async () => {
    asAdmin()
    render(<StaffTemplatesPage />)
    await settle()
    const outcome = screen.getByText('✓ 予以公开').parentElement as HTMLElement
    expect(outcome).toHaveTextContent('初始模板')
    expect(screen.getByText('不予公开（属于国家秘密）').parentElement).toHaveTextContent('未设模板')
  })

  it('shows every placeholder with what it stands for', async () => {
    asAdmin()
    render(<StaffTemplatesPage />)
    await settle()
    expect(screen.getByText('{收到日期}')).toBeInTheDocument()
    expect(screen.getByText('收到申请的日期，例如 2026年11月20日')).toBeInTheDocument()
  })

  it('previews the reply filled with an example case, with the legal basis and remedies of an information request', async () => {
    asAdmin()
    render(<StaffTemplatesPage />)
    await settle()
    const preview = document.querySelector('.staff-templates__preview')
    expect(preview).toHaveTextContent('张桂兰： 您的申请（编号QS-2026-000123）予以公开。')
    expect(preview).toHaveTextContent('依据：《中华人民共和国政府信息公开条例》第三十六条')
  })

  it('names who last changed a template and when', async () => {
    asAdmin()
    render(<StaffTemplatesPage />)
    await settle()
    fireEvent.click(screen.getByText('投诉'))
    expect(screen.getByText('最后修改：2026年11月25日 14:05，赵管理')).toBeInTheDocument()
  })

  it('lets an administrator add a placeholder and save the template', async () => {
    asAdmin()
    render(<StaffTemplatesPage />)
    await settle()
    fireEvent.click(screen.getByText('投诉'))
    typeInto('模板正文', '您反映的问题已办理，编号')
    fireEvent.click(screen.getByText('{事项编号}'))
    fireEvent.click(screen.getByText('保存模板'))
    await settle()
    const put = requestsMade().find((r) => r.method === 'PUT')
    expect(put?.url).toMatch(/\/staff\/templates\/complaint\/supported$/)
    expect(JSON.parse(String(put?.data))).toEqual({ body: '您反映的问题已办理，编号{事项编号}' })
    expect(screen.getByText('最后修改：2026年11月26日 09:00，赵管理')).toBeInTheDocument()
  })

  it('refuses to save a placeholder that does not exist, and says which exist', async () => {
    asAdmin()
    render(<StaffTemplatesPage />)
    await settle()
    typeInto('模板正文', '{编号}')
    fireEvent.click(screen.getByText('保存模板'))
    await settle()
    expect(screen.getByText('⚠ 模板中有不认识的占位符，可用的有：{申请人}{事项编号}{事项标题}{收到日期}{答复日期}{答复结果}')).toBeInTheDocument()
    expect(requestsMade().some((r) => r.method === 'PUT')).toBe(false)
  })

  it('shows the server’s refusal in its own words', async () => {
    asAdmin()
    mockRequest((req) =>
      req.method === 'PUT'
        ? { statusCode: 403, data: { error: { code: 'FORBIDDEN', message: '您的岗位不能修改答复模板' } } }
        : { statusCode: 200, data: new URL(req.url).pathname.endsWith('/templates') ? templates : [] }
    )
    render(<StaffTemplatesPage />)
    await settle()
    expect(screen.queryByText('保存模板')).not.toBeInTheDocument()
    typeInto('模板正文', '{申请人}：经审查，予以公开。')
    fireEvent.click(screen.getByText('保存模板'))
    await settle()
    expect(screen.getByText('⚠ 您的岗位不能修改答复模板')).toBeInTheDocument()
  })

  it('lets a clerk read the templates but not change them', async () => {
    asClerk()
    render(<StaffTemplatesPage />)
    await settle()
    expect(screen.getByText('只有系统管理员和政务公开工作人员可以修改模板，您可以查看。')).toBeInTheDocument()
    expect(screen.queryByLabelText('模板正文')).not.toBeInTheDocument()
    expect(screen.queryByText('保存模板')).not.toBeInTheDocument()
    expect(requestsMade().some((r) => r.url.includes('/staff/accounts'))).toBe(false)
  })

  it('offers the 信访 outcomes for a complaint', async () => {
    asClerk()
    render(<StaffTemplatesPage />)
    await settle()
    fireEvent.click(screen.getByText('投诉'))
    expect(screen.getAllByRole('radio').filter((r) => r.className.includes('staff-templates__outcome')).map((r) => r.querySelector('.staff-templates__outcome-label')?.textContent)).toEqual(['✓ 予以支持', '解释说明', '不予支持'])
  })

  it('folds the outcomes to the chosen one once chosen, with a button to choose another', async () => {
    asClerk()
    render(<StaffTemplatesPage />)
    await settle()
    expect(screen.getByText('换一个答复结果（共 21 种）▼')).toBeInTheDocument()
    fireEvent.click(screen.getByText('换一个答复结果（共 21 种）▼'))
    expect(document.querySelector('.staff-templates__outcomes--folded')).toBeNull()
    fireEvent.click(screen.getByText('部分公开'))
    expect(document.querySelector('.staff-templates__outcomes--folded')).not.toBeNull()
    expect(screen.getByText('政府信息公开申请 · 部分公开')).toBeInTheDocument()
  })
})
