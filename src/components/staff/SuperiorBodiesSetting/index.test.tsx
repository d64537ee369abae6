import { fireEvent, render, screen } from '@testing-library/react'
import { mockRequest } from '../../../../mock/taro'
import { settle, typeInto } from '@/packages/cases/test-helpers'
import { useStaffSession } from '@/stores/staff-session'
import { STAFF_SIGNED_IN } from '@/staff/fixtures'
import { SuperiorBodiesSetting } from '.'

describe('复议与复查机关', () => {
  let saved: unknown
  beforeEach(() => {
    saved = undefined
    useStaffSession.setState({ ...STAFF_SIGNED_IN, staff: { name: '赵管理', roles: ['admin'], department: null } })
    mockRequest((req) => {
      if (req.method === 'PUT') {
        saved = JSON.parse(String(req.data))
        return { statusCode: 200, data: { replyApproval: { kinds: [] }, ...(saved as object) } }
      }
      return { statusCode: 200, data: { replyApproval: { kinds: [] }, reconsiderationBody: null, reviewBody: null } }
    })
  })

  it('warns that no reply can go out while the bodies are not set', async () => {
    render(<SuperiorBodiesSetting />)
    await settle()
    expect(screen.getByRole('alert')).toHaveTextContent('设置之前，工作人员不能发出答复')
  })

  it('saves the district government as reconsideration and 复查 body (行政复议法 第二十四条; 信访工作条例 第三十五条)', async () => {
    render(<SuperiorBodiesSetting />)
    await settle()
    typeInto('行政复议机关（全称）', '沧澜市望川区人民政府')
    typeInto('复查机关（上一级机关全称）', '沧澜市望川区人民政府')
    typeInto('复查机关的地址和电话', '政府大道1号')
    fireEvent.click(screen.getByText('保存'))
    await settle()
    expect(saved).toEqual({ reconsiderationBody: { name: '沧澜市望川区人民政府' }, reviewBody: { name: '沧澜市望川区人民政府', contact: '政府大道1号' } })
    expect(screen.getByText('已保存，之后的答复都写明这两个机关。')).toBeInTheDocument()
  })

  it('asks for the full name before sending', async () => {
    render(<SuperiorBodiesSetting />)
    await settle()
    fireEvent.click(screen.getByText('保存'))
    await settle()
    expect(saved).toBeUndefined()
    expect(screen.getAllByText(/请填写机关的全称/).length).toBeGreaterThan(0)
  })
})
