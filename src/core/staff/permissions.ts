import type { CaseFlow } from '../cases/policies'
import type { CaseKind } from '../schemas/clock'
import type { StaffRole } from '../schemas/staff'

/**
 * What each role may do, as data: action → role → scope. `department` means only cases of the
 * person's own department, and the new 信访 matters no department has yet been given (the intake
 * queue the departments' desks share); `info_requests` means every information request, assigned or
 * not, and nothing else; `all` means every case. A role absent from an action's row may not do it.
 *
 * Why these rows: the clerk (经办人) and the section head (科室负责人) handle their section's cases;
 * the disclosure officer (政务公开工作人员) handles every information request, as 政府信息公开条例
 * 第四条 makes the disclosure office (政府信息公开工作机构) responsible for receiving and answering them,
 * and new ones, with the applicant's identity number, wait in that office's intake until it assigns
 * them: no department's clerk sees them before. The disclosure officer neither sees nor handles 信访
 * matters (complaints, reports, requests for help, suggestions): 信访工作条例 gives them to the
 * 信访 work body and the departments concerned, and a careful office keeps the two apart, so that a
 * complaint about a neighbour or an official is read only by those who must act on it; the disclosure
 * office's own rows stop at information requests. The head of the disclosure office
 * (`disclosure_head`) likewise sees information requests only. The leader in charge (分管领导) sees
 * every case. An extension is approved by whom the law names: for an information request the head of
 * the disclosure office (条例 第三十三条 "经政府信息公开工作机构负责人同意", `disclosure_head`), for a 信访
 * matter the office's head (信访工作条例 第三十四条 "经本机关、单位负责人批准", `leader`); every extension is
 * first asked for and then approved by another person (four eyes, `EXTENSION_APPROVAL`); where the
 * office has decided that replies of a kind need approval (`approve_reply`, `return_reply`), every
 * reply of that kind waits, and nobody approves a reply they wrote (four eyes, see case-actions.ts);
 * the system administrator manages accounts, templates, settings and the audit log but handles no case
 * (separation of duties).
 */
export const PERMISSIONS = {
  view_case: { clerk: 'department', head: 'department', disclosure: 'info_requests', disclosure_head: 'info_requests', leader: 'all' },
  register_case: { clerk: 'department', head: 'department', disclosure: 'info_requests' },
  accept: { clerk: 'department', head: 'department', disclosure: 'info_requests' },
  not_accept: { clerk: 'department', head: 'department', disclosure: 'info_requests' },
  assign: { head: 'department', disclosure: 'info_requests', leader: 'all' },
  request_correction: { clerk: 'department', head: 'department', disclosure: 'info_requests' },
  correction_received: { clerk: 'department', head: 'department', disclosure: 'info_requests' },
  consultation_started: { clerk: 'department', head: 'department', disclosure: 'info_requests' },
  consultation_ended: { clerk: 'department', head: 'department', disclosure: 'info_requests' },
  extend: { clerk: 'department', head: 'department', disclosure: 'info_requests', leader: 'all' },
  approve_disclosure_extension: { disclosure_head: 'info_requests' },
  approve_petition_extension: { leader: 'all' },
  reply: { clerk: 'department', head: 'department', disclosure: 'info_requests', leader: 'all' },
  approve_reply: { head: 'department', leader: 'all' },
  return_reply: { head: 'department', leader: 'all' },
  note: { clerk: 'department', head: 'department', disclosure: 'info_requests', disclosure_head: 'info_requests', leader: 'all' },
  record_delivery: { clerk: 'department', head: 'department', disclosure: 'info_requests', leader: 'all' },
  forward_review: { clerk: 'department', head: 'department', disclosure: 'info_requests', leader: 'all' },
  record_review_opinion: { clerk: 'department', head: 'department', disclosure: 'info_requests', leader: 'all' },
  reopen: { head: 'department', disclosure: 'info_requests', leader: 'all' },
  follow_up: { clerk: 'department', head: 'department', disclosure: 'info_requests', leader: 'all' },
  upload_reply_file: { clerk: 'department', head: 'department', disclosure: 'info_requests', leader: 'all' },
  view_audit_all: { admin: 'all' },
  manage_staff: { admin: 'all' },
  manage_templates: { admin: 'all', disclosure: 'all' },
  send_reminders: { admin: 'all', leader: 'all' },
  manage_settings: { admin: 'all' }
} as const satisfies Record<string, Partial<Record<StaffRole, Scope>>>

export type Scope = 'department' | 'info_requests' | 'all'
export type StaffAction = keyof typeof PERMISSIONS
export const STAFF_ACTIONS = Object.keys(PERMISSIONS) as StaffAction[]

/** The part of a staff member the matrix needs. */
export interface StaffActor {
  roles: readonly StaffRole[]
  department: string | null
  /**
   * The operator's system token (scripts such as `npm run case:admin`): it may do what any role may,
   * on every case. It stands for whoever runs the server and holds its database anyway; people sign
   * in with their own accounts and get only their roles' rows.
   */
  operator?: boolean
}

/** The part of a case the matrix needs: its kind, and the department handling it (null while unassigned). */
export interface CaseScope {
  kind: CaseKind
  department: string | null
}

/**
 * Whether a case lies within a scope. A case no department has yet been given is in the intake of
 * its kind: an information request in the disclosure office's, a 信访 matter in the departments'
 * shared one (staff who register a matter at the window keep it in their own department, 首问负责).
 * @example caseInScope('department', 'civil', { kind: 'info_request', department: null }) // false
 */
export function caseInScope(scope: Scope, staffDepartment: string | null, c: CaseScope): boolean {
  switch (scope) {
    case 'all':
      return true
    case 'info_requests':
      return c.kind === 'info_request'
    case 'department':
      return c.department === null ? c.kind !== 'info_request' : staffDepartment !== null && c.department === staffDepartment
  }
}

/**
 * The scope a role holds for an action, or undefined when the role may not do it.
 * @example scopeOf('clerk', 'approve_extension') // undefined
 */
export function scopeOf(role: StaffRole, action: StaffAction): Scope | undefined {
  const row: Partial<Record<StaffRole, Scope>> = PERMISSIONS[action]
  return row[role]
}

/**
 * True when any of the person's roles allows `action`; with a case, the case must also lie within
 * that role's scope. Without a case it answers whether the person may do it on some case.
 * @example canStaff({ roles: ['clerk'], department: 'civil' }, 'accept', { kind: 'complaint', department: 'civil' }) // true
 * @example canStaff({ roles: ['clerk'], department: 'civil' }, 'accept', { kind: 'complaint', department: 'urban' }) // false
 */
export function canStaff(staff: StaffActor, action: StaffAction, c?: CaseScope): boolean {
  if (staff.operator) return Object.keys(PERMISSIONS[action]).length > 0
  return staff.roles.some((role) => {
    const scope = scopeOf(role, action)
    if (!scope) return false
    return !c || caseInScope(scope, staff.department, c)
  })
}

/**
 * Every action the person may do somewhere: what the workbench shows buttons and menus for.
 * @example allowedStaffActions({ roles: ['admin'], department: null }) // ['view_audit_all', 'manage_staff', 'manage_templates', 'send_reminders', 'manage_settings']
 */
export function allowedStaffActions(staff: StaffActor): StaffAction[] {
  return STAFF_ACTIONS.filter((action) => canStaff(staff, action))
}

/**
 * Who approves an extension, per lifecycle: the matrix's row for it. The law names the approver
 * (条例 第三十三条: 政府信息公开工作机构负责人; 信访工作条例 第三十四条: 本机关负责人), and the person who
 * asked for the extension never approves it, whatever roles they hold.
 */
export const EXTENSION_APPROVAL: Record<CaseFlow, StaffAction> = {
  disclosure: 'approve_disclosure_extension',
  petition: 'approve_petition_extension'
}

/**
 * True when the person sees cases of every department rather than their own department's only (all
 * cases, or all information requests): the queue's department filter, and where a case they register goes.
 * @example seesAllCases({ roles: ['disclosure'], department: null }) // true
 */
export function seesAllCases(staff: StaffActor): boolean {
  if (staff.operator) return true
  return staff.roles.some((role) => {
    const scope = scopeOf(role, 'view_case')
    return scope === 'all' || scope === 'info_requests'
  })
}

/**
 * Where a case this person registers goes: their own department (首问负责), or the intake of its
 * kind for staff who see every department's cases, who then assign it.
 * @example registeredDepartmentOf({ roles: ['clerk'], department: 'civil' }) // 'civil'
 */
export function registeredDepartmentOf(staff: StaffActor): string | null {
  return seesAllCases(staff) ? null : staff.department
}

/**
 * Whether this person may register a case of this kind: the disclosure officer registers information
 * requests only (信访 matters are not the disclosure office's, see PERMISSIONS).
 * @example mayRegister({ roles: ['disclosure'], department: null }, 'complaint') // false
 */
export function mayRegister(staff: StaffActor, kind: CaseKind): boolean {
  return canStaff(staff, 'register_case', { kind, department: registeredDepartmentOf(staff) })
}

/**
 * Which cases a person's queue holds: every case (`all`), every information request
 * (`infoRequests`), and, at a department's desk (`desk`), that department's cases and the shared
 * intake of 信访 matters.
 */
export interface QueueScope {
  all: boolean
  infoRequests: boolean
  desk: boolean
  department: string | null
}

/**
 * The cases a person may see, as the queue's SQL filter reads them.
 * @example queueScopeOf({ roles: ['disclosure'], department: null }) // { all: false, infoRequests: true, desk: false, department: null }
 */
export function queueScopeOf(staff: StaffActor): QueueScope {
  const scopes = staff.roles.map((role) => scopeOf(role, 'view_case'))
  return { all: staff.operator === true || scopes.includes('all'), infoRequests: scopes.includes('info_requests'), desk: scopes.includes('department'), department: staff.department }
}

/**
 * Whether a queue scope holds the case: the rule of `canStaff(staff, 'view_case', c)`, which the
 * queue's SQL repeats.
 * @example inQueueScope({ all: false, infoRequests: false, desk: true, department: 'civil' }, { kind: 'info_request', department: null }) // false
 */
export function inQueueScope(scope: QueueScope, c: CaseScope): boolean {
  return (
    scope.all ||
    (scope.infoRequests && caseInScope('info_requests', scope.department, c)) ||
    (scope.desk && caseInScope('department', scope.department, c))
  )
}
