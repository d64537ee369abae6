import type { CategoryId } from '@/core/notices/catalogue'

/**
 * The pages of the `packages/content` subpackage and the tab they link to, as URLs for
 * Taro.navigateTo / Taro.switchTab. Pages elsewhere (首页) import these rather than spell the paths.
 */
export const SERVICES_TAB_URL = '/pages/services/index'

export function noticeListUrl(category: CategoryId): string {
  return `/packages/content/notices/index?category=${category}`
}

export function noticeUrl(id: number): string {
  return `/packages/content/notice/index?id=${id}`
}

/** The search page, with the keywords filled in when given. */
export function searchUrl(q?: string): string {
  const words = q?.trim()
  return words ? `/packages/content/search/index?q=${encodeURIComponent(words)}` : '/packages/content/search/index'
}

export function guideUrl(id: number): string {
  return `/packages/content/guide/index?id=${id}`
}

/**
 * A query parameter as the resident typed it. The mini-program hands parameters over still
 * percent-encoded; H5 may already have decoded them, and text such as 「100%」 cannot be decoded twice.
 */
export function routeParam(value: string | undefined): string {
  if (value === undefined) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** A positive whole-number id from a query parameter, or null when there is none. */
export function routeId(value: string | undefined): number | null {
  const id = Number(routeParam(value))
  return Number.isInteger(id) && id > 0 ? id : null
}
