import type { WorkbenchSection } from '@/core/staff/workbench'

/** The pages of the `staff` subpackage as URLs for Taro.navigateTo / redirectTo. */
export const STAFF_LOGIN_URL = '/staff/login/index'
export const STAFF_QUEUE_URL = '/staff/queue/index'
export const STAFF_REGISTER_URL = '/staff/register/index'
export const STAFF_PUBLISHING_URL = '/staff/publishing/index'
export const STAFF_REPORTS_URL = '/staff/reports/index'
export const STAFF_AUDIT_URL = '/staff/audit/index'
export const STAFF_ADMIN_URL = '/staff/admin/index'
export const STAFF_TEMPLATES_URL = '/staff/templates/index'
export const STAFF_ACCOUNTS_URL = '/staff/accounts/index'
export const STAFF_OFFICE_URL = '/staff/office/index'

/** The first page of each section of the workbench. */
export const SECTION_URLS: Record<WorkbenchSection, string> = {
  queue: STAFF_QUEUE_URL,
  register: STAFF_REGISTER_URL,
  publishing: STAFF_PUBLISHING_URL,
  reports: STAFF_REPORTS_URL,
  audit: STAFF_AUDIT_URL,
  admin: STAFF_ADMIN_URL
}
export const STAFF_FOLLOW_UPS_URL = '/staff/followups/index'

export function staffCaseUrl(trackingNo: string): string {
  return `/staff/case/index?no=${encodeURIComponent(trackingNo)}`
}

/** The audit page narrowed to one case: what the case page's 查看操作记录 opens. */
export function staffAuditUrl(trackingNo: string): string {
  return `${STAFF_AUDIT_URL}?no=${encodeURIComponent(trackingNo)}`
}
