import type { CaseFlow } from '../cases/policies'
import type { StaffRole } from '../schemas/staff'

/**
 * What each role may do, as data: action → role → scope. `department` means only cases of the
 * person's own department (and cases not yet given to any department: the intake queue);
 * `all` means every case. A role absent from an action's row may not do it.
 *
 * Why these rows: the clerk (经办人) and the section head (科室负责人) handle their section's cases;
 * the disclosure officer (政务公开工作人员) and the leader in charge (分管领导) see every case, as
 * 政府信息公开条例 第四条 makes the disclosure office responsible for all requests; an extension is
 * approved by whom the law names: for an information request the head of the disclosure office
 * (条例 第三十三条 "经政府信息公开工作机构负责人同意", `disclosure_head`), for a 信访 matter the office's
 * head (信访工作条例 第三十四条 "经本机关、单位负责人批准", `leader`); every extension is first asked for
 * and then approved by another person (four eyes, `EXTENSION_APPROVAL`); so is a clerk's reply where the office
 * has decided that replies of that kind need a head's approval (`approve_reply`, `return_reply`); the
 * system administrator manages accounts, templates, settings and the audit log but handles no case
 * (separation of duties).
 */
export const PERMISSIONS = {
  view_case: { clerk: 'department', head: 'department', disclosure: 'all', disclosure_head: 'all', leader: 'all' },
  register_case: { clerk: 'department', head: 'department', disclosure: 'all' },
  accept: { clerk: 'department', head: 'department', disclosure: 'all' },
  not_accept: { clerk: 'department', head: 'department', disclosure: 'all' },
  assign: { head: 'department', disclosure: 'all', leader: 'all' },
  request_correction: { clerk: 'department', head: 'department', disclosure: 'all' },
  correction_received: { clerk: 'department', head: 'department', disclosure: 'all' },
  consultation_started: { clerk: 'department', head: 'department', disclosure: 'all' },
  consultation_ended: { clerk: 'department', head: 'department', disclosure: 'all' },
  extend: { clerk: 'department', head: 'department', disclosure: 'all', leader: 'all' },
  approve_disclosure_extension: { disclosure_head: 'all' },
  approve_petition_extension: { leader: 'all' },
  reply: { clerk: 'department', head: 'department', disclosure: 'all', leader: 'all' },
  approve_reply: { head: 'department', leader: 'all' },
  return_reply: { head: 'department', leader: 'all' },
  note: { clerk: 'department', head: 'department', disclosure: 'all', disclosure_head: 'all', leader: 'all' },
  record_delivery: { clerk: 'department', head: 'department', disclosure: 'all', leader: 'all' },
  forward_review: { clerk: 'department', head: 'department', disclosure: 'all', leader: 'all' },
  record_review_opinion: { clerk: 'department', head: 'department', disclosure: 'all', leader: 'all' },
  reopen: { head: 'department', disclosure: 'all', leader: 'all' },
  follow_up: { clerk: 'department', head: 'department', disclosure: 'all', leader: 'all' },
  upload_reply_file: { clerk: 'department', head: 'department', disclosure: 'all', leader: 'all' },
  view_audit_all: { admin: 'all' },
  manage_staff: { admin: 'all' },
  manage_templates: { admin: 'all', disclosure: 'all' },
  send_reminders: { admin: 'all', leader: 'all' },
  manage_settings: { admin: 'all' }
} as const satisfies Record<string, Partial<Record<StaffRole, Scope>>>

export type Scope = 'department' | 'all'
export type StaffAction = keyof typeof PERMISSIONS
export const STAFF_ACTIONS = Object.keys(PERMISSIONS) as StaffAction[]

/** The part of a staff member the matrix needs. */
export interface StaffActor {
  roles: readonly StaffRole[]
  department: string | null
}

/** The part of a case the matrix needs: the department handling it, null while unassigned. */
export interface CaseScope {
  department: string | null
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
 * @example canStaff({ roles: ['clerk'], department: 'civil' }, 'accept', { department: 'civil' }) // true
 * @example canStaff({ roles: ['clerk'], department: 'civil' }, 'accept', { department: 'urban' }) // false
 */
export function canStaff(staff: StaffActor, action: StaffAction, c?: CaseScope): boolean {
  return staff.roles.some((role) => {
    const scope = scopeOf(role, action)
    if (!scope) return false
    if (scope === 'all' || !c) return true
    return c.department === null || (staff.department !== null && c.department === staff.department)
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
 * True when the person sees every case rather than their department's only (the queue filter).
 * @example seesAllCases({ roles: ['disclosure'], department: null }) // true
 */
export function seesAllCases(staff: StaffActor): boolean {
  return staff.roles.some((role) => scopeOf(role, 'view_case') === 'all')
}
