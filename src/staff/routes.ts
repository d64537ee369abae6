/** The pages of the `staff` subpackage as URLs for Taro.navigateTo / redirectTo. */
export const STAFF_LOGIN_URL = '/staff/login/index'
export const STAFF_QUEUE_URL = '/staff/queue/index'
export const STAFF_REGISTER_URL = '/staff/register/index'
export const STAFF_PUBLISHING_URL = '/staff/publishing/index'
export const STAFF_REPORTS_URL = '/staff/reports/index'

export function staffCaseUrl(trackingNo: string): string {
  return `/staff/case/index?no=${encodeURIComponent(trackingNo)}`
}
