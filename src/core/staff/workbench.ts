import type { StaffRole } from '../schemas/staff'
import { canStaff, type StaffActor } from './permissions'

/** The sections of the workbench, in the order of its navigation bar. */
export const WORKBENCH_SECTIONS = ['queue', 'register', 'publishing', 'reports', 'audit', 'admin'] as const
export type WorkbenchSection = (typeof WORKBENCH_SECTIONS)[number]

/**
 * Who edits what residents read on the contacts page and the holiday calendar: the disclosure office
 * and administrators (the roles server/routes/staff-content.ts requires).
 */
export const OFFICE_CONTENT_EDITORS: readonly StaffRole[] = ['disclosure', 'admin']

/**
 * True when the person may edit the office's contacts, reception days and holiday calendar.
 * @example canEditOfficeContent({ roles: ['disclosure'], department: null }) // true
 * @example canEditOfficeContent({ roles: ['leader'], department: null }) // false
 */
export function canEditOfficeContent(staff: StaffActor): boolean {
  return staff.roles.some((role) => OFFICE_CONTENT_EDITORS.includes(role))
}

/**
 * True when the workbench offers the section to the person: a section whose every use the permission
 * matrix refuses them would only answer 403. The case queue needs `view_case`, registering
 * `register_case`, the whole audit log `view_audit_all`, and 管理 one of the tools it lists (accounts,
 * reply templates, office contacts). Publishing and reports are open to all staff; the server narrows
 * what each person sees there.
 * @example maySeeSection({ roles: ['admin'], department: null }, 'queue') // false
 * @example maySeeSection({ roles: ['admin'], department: null }, 'audit') // true
 * @example maySeeSection({ roles: ['clerk'], department: 'civil' }, 'admin') // false
 */
export function maySeeSection(staff: StaffActor, section: WorkbenchSection): boolean {
  switch (section) {
    case 'queue':
      return canStaff(staff, 'view_case')
    case 'register':
      return canStaff(staff, 'register_case')
    case 'audit':
      return canStaff(staff, 'view_audit_all')
    case 'admin':
      return canStaff(staff, 'manage_staff') || canStaff(staff, 'manage_templates') || canEditOfficeContent(staff)
    case 'publishing':
    case 'reports':
      return true
  }
}

/**
 * The sections of the navigation bar for the person, in bar order.
 * @example workbenchSectionsFor({ roles: ['clerk'], department: 'civil' }) // ['queue', 'register', 'publishing', 'reports']
 */
export function workbenchSectionsFor(staff: StaffActor): WorkbenchSection[] {
  return WORKBENCH_SECTIONS.filter((section) => maySeeSection(staff, section))
}

/**
 * Where the person lands after sign-in: the case queue for those who handle cases, 管理 for an
 * administrator who handles none, publishing otherwise.
 * @example homeSectionOf({ roles: ['admin'], department: null }) // 'admin'
 * @example homeSectionOf({ roles: ['head', 'admin'], department: 'civil' }) // 'queue'
 */
export function homeSectionOf(staff: StaffActor): WorkbenchSection {
  if (maySeeSection(staff, 'queue')) return 'queue'
  if (maySeeSection(staff, 'admin')) return 'admin'
  return 'publishing'
}
