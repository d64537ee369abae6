import { STAFF_ROLES, type StaffRole } from '../schemas/staff'
import { allowedStaffActions, canStaff, EXTENSION_APPROVAL, inQueueScope, queueScopeOf, scopeOf, seesAllCases, STAFF_ACTIONS, type StaffAction } from './permissions'

/**
 * The matrix written out again by hand, one line per action, columns clerk head disclosure
 * disclosure_head leader admin: D = own department (and the 信访 intake), I = every information
 * request, A = all cases, - = not allowed. The test compares it cell by cell.
 */
const EXPECTED = `
view_case                    D D I I A -
register_case                D D I - - -
accept                       D D I - - -
not_accept                   D D I - - -
assign                       - D I - A -
request_correction           D D I - - -
correction_received          D D I - - -
consultation_started         D D I - - -
consultation_ended           D D I - - -
extend                       D D I - A -
approve_disclosure_extension - - - I - -
approve_petition_extension   - - - - A -
reply                        D D I - A -
approve_reply                - D - - A -
return_reply                 - D - - A -
note                         D D I I A -
record_delivery              D D I - A -
forward_review               D D I - A -
record_review_opinion        D D I - A -
reopen                       - D I - A -
follow_up                    D D I - A -
upload_reply_file            D D I - A -
view_audit_all               - - - - - A
manage_staff                 - - - - - A
manage_templates             - - A - - A
send_reminders               - - - - A A
manage_settings              - - - - - A
`
const rows = EXPECTED.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/))
const cells = rows.flatMap(([action, ...marks]) => STAFF_ROLES.map((role, i) => [action as StaffAction, role, marks[i]] as const))

describe('the permission matrix', () => {
  it('lists every action once in the hand-written table', () => {
    expect(rows.map(([action]) => action).sort()).toEqual([...STAFF_ACTIONS].sort())
  })

  it.each(cells)('%s by a %s is %s', (action, role, mark) => {
    expect(scopeOf(role, action)).toBe(({ D: 'department', I: 'info_requests', A: 'all' } as Record<string, string>)[mark])
  })
})

const civilClerk = { roles: ['clerk'] as StaffRole[], department: 'civil' }

describe('canStaff', () => {
  const disclosure = { roles: ['disclosure'] as StaffRole[], department: null }

  it('lets a clerk act on a case of their own department', () => {
    expect(canStaff(civilClerk, 'accept', { kind: 'complaint', department: 'civil' })).toBe(true)
  })

  it('refuses a clerk a case of another department', () => {
    expect(canStaff(civilClerk, 'accept', { kind: 'complaint', department: 'urban' })).toBe(false)
  })

  it('lets a clerk act on a 信访 matter no department has yet been given (the shared intake queue)', () => {
    expect(canStaff(civilClerk, 'accept', { kind: 'complaint', department: null })).toBe(true)
  })

  it('keeps a new information request, with its identity number, in the disclosure office’s intake until it is assigned (政府信息公开条例 第四条)', () => {
    const unassigned = { kind: 'info_request', department: null } as const
    for (const role of ['clerk', 'head'] as const) expect(canStaff({ roles: [role], department: 'civil' }, 'view_case', unassigned)).toBe(false)
    expect(canStaff(disclosure, 'view_case', unassigned)).toBe(true)
    expect(canStaff({ roles: ['leader'], department: null }, 'view_case', unassigned)).toBe(true)
    expect(canStaff(civilClerk, 'view_case', { kind: 'info_request', department: 'civil' })).toBe(true)
  })

  it('lets the disclosure officer act on any department’s information request', () => {
    expect(canStaff(disclosure, 'reply', { kind: 'info_request', department: 'urban' })).toBe(true)
  })

  it('keeps the disclosure officer away from 信访 matters: neither seeing nor replying to a complaint', () => {
    for (const action of ['view_case', 'accept', 'reply', 'assign', 'note'] as const) {
      expect(canStaff(disclosure, action, { kind: 'complaint', department: null })).toBe(false)
      expect(canStaff(disclosure, action, { kind: 'complaint', department: 'urban' })).toBe(false)
    }
  })

  it('grants a person holding two roles what either role allows', () => {
    const both = { roles: ['clerk', 'leader'] as StaffRole[], department: 'civil' }
    expect(canStaff(both, 'approve_petition_extension', { kind: 'complaint', department: 'urban' })).toBe(true)
  })

  it('refuses an action no role of the person holds, with or without a case', () => {
    expect(canStaff(civilClerk, 'approve_petition_extension')).toBe(false)
    expect(canStaff(civilClerk, 'approve_petition_extension', { kind: 'complaint', department: 'civil' })).toBe(false)
  })

  it('refuses a head without a department another department’s case', () => {
    expect(canStaff({ roles: ['head'], department: null }, 'assign', { kind: 'complaint', department: 'civil' })).toBe(false)
  })

  it('lets the operator’s system token (npm run case:admin) do what any role may, on every case', () => {
    const operator = { roles: ['disclosure', 'leader', 'admin'] as StaffRole[], department: null, operator: true }
    expect(canStaff(operator, 'accept', { kind: 'complaint', department: 'urban' })).toBe(true)
    expect(canStaff(operator, 'view_case', { kind: 'info_request', department: null })).toBe(true)
  })

  it('keeps the administrator away from cases', () => {
    expect(canStaff({ roles: ['admin'], department: null }, 'view_case', { kind: 'complaint', department: null })).toBe(false)
  })
})

describe('extensions and the queue scope', () => {
  it('has an information request’s extension approved by the head of the disclosure office (条例 第三十三条) and a 信访 matter’s by the office’s head (信访工作条例 第三十四条)', () => {
    expect(EXTENSION_APPROVAL).toEqual({ disclosure: 'approve_disclosure_extension', petition: 'approve_petition_extension' })
    expect(canStaff({ roles: ['disclosure_head'], department: null }, EXTENSION_APPROVAL.disclosure, { kind: 'info_request', department: 'civil' })).toBe(true)
    expect(canStaff({ roles: ['leader'], department: null }, EXTENSION_APPROVAL.disclosure, { kind: 'info_request', department: 'civil' })).toBe(false)
    expect(canStaff({ roles: ['head'], department: 'civil' }, EXTENSION_APPROVAL.petition, { kind: 'complaint', department: 'civil' })).toBe(false)
    expect(canStaff({ roles: ['leader'], department: null }, EXTENSION_APPROVAL.petition, { kind: 'complaint', department: 'civil' })).toBe(true)
  })

  it('shows the disclosure officer and the leader every department’s cases, a clerk their department’s', () => {
    expect(seesAllCases({ roles: ['leader'], department: null })).toBe(true)
    expect(seesAllCases({ roles: ['disclosure'], department: null })).toBe(true)
    expect(seesAllCases(civilClerk)).toBe(false)
  })

  it('gives the queue the same cases as the matrix: a clerk their department’s and the 信访 intake, the disclosure officer every information request', () => {
    const kinds = ['info_request', 'complaint'] as const
    const cases = kinds.flatMap((kind) => [null, 'civil', 'urban'].map((department) => ({ kind, department })))
    const people = [civilClerk, { roles: ['disclosure'] as StaffRole[], department: null }, { roles: ['leader'] as StaffRole[], department: null }, { roles: ['clerk', 'disclosure'] as StaffRole[], department: 'civil' }]
    for (const person of people) {
      for (const c of cases) expect([person.roles, c, inQueueScope(queueScopeOf(person), c)]).toEqual([person.roles, c, canStaff(person, 'view_case', c)])
    }
  })

  it('lists an administrator’s actions for the workbench menu', () => {
    expect(allowedStaffActions({ roles: ['admin'], department: null })).toEqual(['view_audit_all', 'manage_staff', 'manage_templates', 'send_reminders', 'manage_settings'])
  })
})
