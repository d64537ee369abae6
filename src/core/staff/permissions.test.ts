import { STAFF_ROLES, type StaffRole } from '../schemas/staff'
import { allowedStaffActions, canStaff, EXTENSION_APPROVAL, scopeOf, seesAllCases, STAFF_ACTIONS, type StaffAction } from './permissions'

/**
 * The matrix written out again by hand, one line per action, columns clerk head disclosure
 * disclosure_head leader admin: D = own department, A = all cases, - = not allowed. The test
 * compares it cell by cell.
 */
const EXPECTED = `
view_case                    D D A A A -
register_case                D D A - - -
accept                       D D A - - -
not_accept                   D D A - - -
assign                       - D A - A -
request_correction           D D A - - -
correction_received          D D A - - -
consultation_started         D D A - - -
consultation_ended           D D A - - -
extend                       D D A - A -
approve_disclosure_extension - - - A - -
approve_petition_extension   - - - - A -
reply                        D D A - A -
approve_reply                - D - - A -
return_reply                 - D - - A -
note                         D D A A A -
record_delivery              D D A - A -
forward_review               D D A - A -
record_review_opinion        D D A - A -
reopen                       - D A - A -
follow_up                    D D A - A -
upload_reply_file            D D A - A -
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
    expect(scopeOf(role, action)).toBe(mark === 'D' ? 'department' : mark === 'A' ? 'all' : undefined)
  })
})

const civilClerk = { roles: ['clerk'] as StaffRole[], department: 'civil' }

describe('canStaff', () => {
  it('lets a clerk act on a case of their own department', () => {
    expect(canStaff(civilClerk, 'accept', { department: 'civil' })).toBe(true)
  })

  it('refuses a clerk a case of another department', () => {
    expect(canStaff(civilClerk, 'accept', { department: 'urban' })).toBe(false)
  })

  it('lets a clerk act on a case no department has yet been given (the intake queue)', () => {
    expect(canStaff(civilClerk, 'accept', { department: null })).toBe(true)
  })

  it('lets the disclosure officer act on any department’s case', () => {
    expect(canStaff({ roles: ['disclosure'], department: null }, 'reply', { department: 'urban' })).toBe(true)
  })

  it('grants a person holding two roles what either role allows', () => {
    const both = { roles: ['clerk', 'leader'] as StaffRole[], department: 'civil' }
    expect(canStaff(both, 'approve_petition_extension', { department: 'urban' })).toBe(true)
  })

  it('refuses an action no role of the person holds, with or without a case', () => {
    expect(canStaff(civilClerk, 'approve_petition_extension')).toBe(false)
    expect(canStaff(civilClerk, 'approve_petition_extension', { department: 'civil' })).toBe(false)
  })

  it('refuses a head without a department another department’s case', () => {
    expect(canStaff({ roles: ['head'], department: null }, 'assign', { department: 'civil' })).toBe(false)
  })

  it('keeps the administrator away from cases', () => {
    expect(canStaff({ roles: ['admin'], department: null }, 'view_case', { department: null })).toBe(false)
  })
})

describe('extensions and the queue scope', () => {
  it('has an information request’s extension approved by the head of the disclosure office (条例 第三十三条) and a 信访 matter’s by the office’s head (信访工作条例 第三十四条)', () => {
    expect(EXTENSION_APPROVAL).toEqual({ disclosure: 'approve_disclosure_extension', petition: 'approve_petition_extension' })
    expect(canStaff({ roles: ['disclosure_head'], department: null }, EXTENSION_APPROVAL.disclosure, { department: 'civil' })).toBe(true)
    expect(canStaff({ roles: ['leader'], department: null }, EXTENSION_APPROVAL.disclosure, { department: 'civil' })).toBe(false)
    expect(canStaff({ roles: ['head'], department: 'civil' }, EXTENSION_APPROVAL.petition, { department: 'civil' })).toBe(false)
    expect(canStaff({ roles: ['leader'], department: null }, EXTENSION_APPROVAL.petition, { department: 'civil' })).toBe(true)
  })

  it('shows the disclosure officer and the leader every case, a clerk their department’s', () => {
    expect(seesAllCases({ roles: ['leader'], department: null })).toBe(true)
    expect(seesAllCases({ roles: ['disclosure'], department: null })).toBe(true)
    expect(seesAllCases(civilClerk)).toBe(false)
  })

  it('lists an administrator’s actions for the workbench menu', () => {
    expect(allowedStaffActions({ roles: ['admin'], department: null })).toEqual(['view_audit_all', 'manage_staff', 'manage_templates', 'send_reminders', 'manage_settings'])
  })
})
