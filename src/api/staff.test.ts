import { mockRequest, requestsMade } from '../../mock/taro'
import { useSession } from '@/stores/session'
import { useStaffSession } from '@/stores/staff-session'
import { fetchStaffMe, reportExportUrl } from './staff'

describe('the staff client', () => {
  it('sends the staff token, not the resident’s', async () => {
    useSession.setState({ token: 'resident-token', expiresAt: '2099-01-01T00:00:00+08:00' })
    useStaffSession.setState({ token: 'staff-token', expiresAt: '2099-01-01T00:00:00+08:00', staff: null })
    mockRequest(() => ({ statusCode: 200, data: { id: 1, name: '李文', phone: '13900000001', roles: ['clerk'], department: 'civil-affairs', disabled: false, actions: [] } }))
    await fetchStaffMe()
    expect(requestsMade()[0].header.Authorization).toBe('Bearer staff-token')
  })

  it('ends the staff session on a refused token and leaves the resident signed in', async () => {
    useSession.setState({ token: 'resident-token', expiresAt: '2099-01-01T00:00:00+08:00' })
    useStaffSession.setState({ token: 'staff-token', expiresAt: '2099-01-01T00:00:00+08:00', staff: null })
    mockRequest(() => ({ statusCode: 401, data: { error: { code: 'UNAUTHORIZED', message: '请重新登录' } } }))
    await expect(fetchStaffMe()).rejects.toMatchObject({ status: 401, message: '请重新登录' })
    expect(useStaffSession.getState().token).toBeNull()
    expect(useSession.getState().token).toBe('resident-token')
  })

  it('builds an export address with the period and the format', () => {
    expect(reportExportUrl('/staff/reports/dashboard', { from: '2026-01-01', to: '2026-11-25', department: undefined }, 'xlsx')).toBe(
      'http://localhost/api/v1/staff/reports/dashboard?from=2026-01-01&to=2026-11-25&format=xlsx'
    )
  })
})
