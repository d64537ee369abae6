import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest } from '../../../../mock/taro'
import { settle } from '@/packages/cases/test-helpers'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '@/staff/fixtures'
import { ReplyApprovalSetting } from '.'

const checked = () => Array.from(document.querySelectorAll('[role="checkbox"][aria-checked="true"]')).map((c) => c.textContent)

describe('答复审批', () => {
  let saved: unknown
  beforeEach(() => {
    saved = undefined
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵管理', roles: ['admin'], department: null } })
    mockRequest((req) => {
      if (req.method === 'PUT') {
        saved = JSON.parse(String(req.data))
        return { statusCode: 200, data: { replyApproval: saved, reconsiderationBody: null, reviewBody: null } }
      }
      return { statusCode: 200, data: { replyApproval: { kinds: ['info_request'] }, reconsiderationBody: null, reviewBody: null } }
    })
  })

  it('shows which kinds’ replies wait for a head’s approval now', async () => {
    render(<ReplyApprovalSetting />)
    await settle()
    expect(checked()).toEqual(['☑ 政府信息公开申请'])
  })

  it('saves the kinds ticked and says it took effect', async () => {
    render(<ReplyApprovalSetting />)
    await settle()
    fireEvent.click(screen.getByText(/投诉/))
    fireEvent.click(screen.getByText('保存'))
    await settle()
    expect(saved).toEqual({ kinds: ['info_request', 'complaint'] })
    expect(screen.getByText('已保存，从现在起按新的设置办理。')).toBeInTheDocument()
  })

  it('shows the server’s refusal in its own words', async () => {
    mockRequest((req) =>
      req.method === 'PUT'
        ? { statusCode: 403, data: { error: { code: 'FORBIDDEN', message: '您的岗位不能修改办理设置' } } }
        : { statusCode: 200, data: { replyApproval: { kinds: [] }, reconsiderationBody: null, reviewBody: null } }
    )
    render(<ReplyApprovalSetting />)
    await settle()
    fireEvent.click(screen.getByText('保存'))
    await settle()
    expect(screen.getByRole('alert')).toHaveTextContent('您的岗位不能修改办理设置')
  })
})
