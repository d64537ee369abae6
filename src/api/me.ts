import type { Me } from '@/core/schemas/auth'
import { getJson, http, unchecked } from './client'
import { toApiError } from './errors'

/**
 * The signed-in resident's own account, as the 我的 tab uses it. A tab page belongs to the
 * mini-program's main package, which stays free of zod (README: sizes): these answers are taken as
 * the server's schemas declare them, without parsing, like the public content of src/api/content.ts.
 */

/** GET /me: who is signed in (the masked phone or WeChat), for 我的. */
export function fetchAccount(): Promise<Pick<Me, 'phoneMasked' | 'wechat'>> {
  return getJson('/me', unchecked<Me>())
}

/** GET /me/export: everything the office holds about the resident's account, as JSON. */
export function exportMyData(): Promise<unknown> {
  return getJson('/me/export', unchecked<unknown>())
}

/** DELETE /me: closes the account; submitted cases stay as official records. */
export async function closeAccount(): Promise<void> {
  try {
    await http.delete('/me')
  } catch (error) {
    throw toApiError(error)
  }
}
