import type { StaffRole } from '@/core/schemas/staff'
import type { Db } from '../../server/db/db'
import { loadDemoContent } from '../../server/demo/load-demo'
import { PRIVACY_NOTICE_CURRENT } from '../../server/residents/privacy-notice'
import { residentHarness, type ResidentHarness } from '../../server/residents/testing'
import { staffHeaders, TEST_STAFF_PASSWORD } from '../../server/staff/testing'
import type { FuzzRequest, FuzzResponse, FuzzTarget, Principal } from './fuzzer'
import type { OpenApiDocument } from './openapi'

const STAFF: { phone: string; roles: StaffRole[]; department: string | null }[] = [
  { phone: '13900000001', roles: ['clerk'], department: 'civil-affairs' },
  { phone: '13900000002', roles: ['head'], department: 'civil-affairs' },
  { phone: '13900000003', roles: ['disclosure'], department: null },
  { phone: '13900000004', roles: ['leader'], department: null },
  { phone: '13900000005', roles: ['admin'], department: null }
]

/**
 * The app in this process (app.inject), on `db` with the demo content, a signed-in resident, one
 * account of each staff role and the system token. A session the round itself ends (a resident
 * closing the account, a sign-out) is opened again, so that the round keeps reaching signed-in routes.
 */
export async function inProcessTarget(db: Db): Promise<{ target: FuzzTarget; doc: OpenApiDocument; harness: ResidentHarness }> {
  await loadDemoContent(db)
  const h = await residentHarness(db)
  let residents = 0
  const signInResident = async (): Promise<Principal> => {
    residents++
    // A fresh phone from a fresh address each time: the round's own POST /auth/sms spend the limits of
    // the others, and moving the clock instead would expire the staff's 12-hour sessions.
    const phone = `137${String(residents).padStart(8, '0')}`
    const remoteAddress = `192.168.${Math.floor(residents / 250)}.${(residents % 250) + 1}`
    const sent = await h.app.inject({ method: 'POST', url: '/api/v1/auth/sms', payload: { phone }, remoteAddress })
    const code = [...h.sms].reverse().find((m) => m.to === phone)?.code
    const verified = await h.app.inject({ method: 'POST', url: '/api/v1/auth/sms/verify', payload: { phone, code }, remoteAddress })
    if (sent.statusCode !== 200 || verified.statusCode !== 200) throw new Error(`resident sign-in: ${sent.statusCode} ${verified.statusCode} ${verified.body}`)
    const authorization = `Bearer ${verified.json<{ token: string }>().token}`
    await h.app.inject({ method: 'POST', url: '/api/v1/me/consents', headers: { authorization }, payload: { notice: 'privacy', version: PRIVACY_NOTICE_CURRENT.version }, remoteAddress })
    return { name: 'resident', authorization }
  }
  let resident = await signInResident()
  const staff: Principal[] = []
  for (const s of STAFF) staff.push({ name: s.roles.join('+'), authorization: (await staffHeaders(h.app, db, s)).authorization })
  staff.push({ name: 'system token', authorization: `Bearer ${h.staffToken}` })
  const staffSignIn = async (index: number): Promise<void> => {
    const answer = await h.app.inject({ method: 'POST', url: '/api/v1/staff/auth/login', payload: { phone: STAFF[index].phone, password: TEST_STAFF_PASSWORD } })
    if (answer.statusCode === 200) staff[index] = { ...staff[index], authorization: `Bearer ${answer.json<{ token: string }>().token}` }
  }
  const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/docs' })).json<OpenApiDocument>()

  const target: FuzzTarget = {
    async send(request: FuzzRequest): Promise<FuzzResponse> {
      const answer = await h.app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers: request.headers,
        payload: request.payload,
        remoteAddress: request.remoteAddress
      })
      return { statusCode: answer.statusCode, headers: answer.headers, body: answer.body }
    },
    principals: () => [resident, ...staff],
    async after(request, response, principal) {
      // A session the round ended (DELETE /me, a sign-out) is replaced, so the round keeps reaching
      // signed-in routes; a 401 of the other side's routes (a resident on the workbench) is expected.
      if (response.statusCode !== 401 || !principal.authorization) return
      const staffRoute = request.url.startsWith('/api/v1/staff/')
      if (!staffRoute && principal.authorization === resident.authorization) resident = await signInResident()
      const index = staff.findIndex((p) => p.authorization === principal.authorization)
      if (staffRoute && index >= 0 && index < STAFF.length) await staffSignIn(index)
    }
  }
  return { target, doc, harness: h }
}
