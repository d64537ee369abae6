import Taro from '@tarojs/taro'
import type { CaseKind } from '@/core/schemas/clock'

/**
 * The pages of the `packages/cases` subpackage as URLs for Taro.navigateTo / redirectTo; 首页 and 我的
 * import these rather than spell the paths. Type imports only: this module is in the main package.
 */
export const NEW_CASE_URL = '/packages/cases/new/index'
export const MY_CASES_URL = '/packages/cases/mine/index'

/** `back`: return to the page that asked (a form waiting to be sent) instead of opening 我的事项. */
export function loginUrl(back = false): string {
  return back ? '/packages/cases/login/index?back=1' : '/packages/cases/login/index'
}

export function privacyUrl(back = false): string {
  return back ? '/packages/cases/privacy/index?back=1' : '/packages/cases/privacy/index'
}

export function caseFormUrl(kind: CaseKind): string {
  return `/packages/cases/form/index?kind=${kind}`
}

export function caseDetailUrl(trackingNo: string): string {
  return `/packages/cases/detail/index?no=${encodeURIComponent(trackingNo)}`
}

/** The tracking number in `?no=`, decoded once (the mini-program passes it still encoded). */
export function trackingNoParam(value: string | undefined): string | null {
  if (!value) return null
  try {
    return decodeURIComponent(value).trim() || null
  } catch {
    return value.trim() || null
  }
}

/** Back to the page that sent the resident here, or to `fallback` when this page was opened directly. */
export function returnOr(fallback: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: fallback })
}
