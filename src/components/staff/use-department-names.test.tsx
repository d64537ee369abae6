import { render, screen } from '@testing-library/react'
import { mockRequest, requestsMade } from '../../../mock/taro'
import { settle } from '@/packages/cases/test-helpers'
import { useStaffSession } from '@/stores/staff-session'
import { departmentNameOf, forgetDepartmentNames, useDepartmentNames } from './use-department-names'

const departments = [
  { id: 1, name: '党政办公室', key: 'party-office', duties: '综合协调', phone: '021-1', address: '一楼', hours: '工作日' },
  { id: 2, name: '社会事务办公室', key: 'social-affairs', duties: '民政', phone: '021-2', address: '二楼', hours: '工作日' },
  { id: 3, name: '为民服务中心', key: null, duties: '窗口', phone: '021-3', address: '一楼', hours: '工作日' }
]

function Name({ code }: { code: string }) {
  const { nameOf, departments: list } = useDepartmentNames()
  return (
    <span>
      {nameOf(code)} / {list.length}
    </span>
  )
}

beforeEach(() => {
  forgetDepartmentNames()
  useStaffSession.setState({ token: 'staff-token', expiresAt: '2099-01-01T00:00:00+08:00', staff: null })
})

const departmentRequests = () => requestsMade().filter((r) => r.url.endsWith('/staff/content/departments'))

describe('department names in the workbench', () => {
  it('shows a department by its name, and only departments with a code count', async () => {
    mockRequest(() => ({ statusCode: 200, data: departments }))
    render(<Name code='social-affairs' />)
    await settle()
    expect(screen.getByText('社会事务办公室 / 2')).toBeInTheDocument()
  })

  it('asks the server once however many parts of the page show names', async () => {
    mockRequest(() => ({ statusCode: 200, data: departments }))
    render(
      <>
        <Name code='party-office' />
        <Name code='social-affairs' />
      </>
    )
    await settle()
    render(<Name code='party-office' />)
    await settle()
    expect(departmentRequests()).toHaveLength(1)
    expect(screen.getAllByText('党政办公室 / 2')).toHaveLength(2)
  })

  it('shows the code while the names cannot be loaded, and tries again on the next page', async () => {
    mockRequest(() => 'offline')
    const first = render(<Name code='social-affairs' />)
    await settle()
    expect(screen.getByText('social-affairs / 0')).toBeInTheDocument()
    first.unmount()
    mockRequest(() => ({ statusCode: 200, data: departments }))
    render(<Name code='social-affairs' />)
    await settle()
    expect(screen.getByText('社会事务办公室 / 2')).toBeInTheDocument()
  })
})

describe('departmentNameOf', () => {
  it('falls back to the code of a department nobody named', () => {
    expect(departmentNameOf([{ key: 'party-office', name: '党政办公室' }], 'e2e-123')).toBe('e2e-123')
  })
})
