import { z } from 'zod'

/**
 * The building blocks every schema uses for text and whole numbers, so that what the database
 * cannot store is refused once, here, with a Chinese message, and never reaches SQL as a 500.
 */

/** The largest value of a PostgreSQL `integer` (int4): every id and count column of the database. */
export const INT4_MAX = 2_147_483_647

/**
 * A NUL character (PostgreSQL text cannot hold it) or half of a surrogate pair (not UTF-8 at all):
 * a high surrogate not followed by a low one, or a low one not preceded by a high one.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * True when `value` has a character the database cannot store.
 * @example hasUnstorableCharacter('低保\u0000') // true
 * @example hasUnstorableCharacter('😀') // false (a whole surrogate pair)
 * @example hasUnstorableCharacter('\uD83D') // true (half of one)
 */
export function hasUnstorableCharacter(value: string): boolean {
  return UNSTORABLE.test(value)
}

export const UNSTORABLE_TEXT_MESSAGE = '含有无法保存的字符（空字符或残缺的表情符号），请删除后再试'

type TextParams = Parameters<typeof z.string>[0]

/**
 * The one string schema of the API: `z.string` that refuses text the database cannot store. Every
 * string of src/core/schemas starts here (ESLint forbids `z.string` elsewhere); chain `.trim()`,
 * `.min()`, `.max()` and `.regex()` as usual. Every string a client sends needs a `.max()` (the
 * schema-limits test walks the served OpenAPI document).
 * @example text({ error: '请填写标题' }).trim().min(1).max(50)
 */
export function text(params?: TextParams) {
  // eslint-disable-next-line no-restricted-properties -- the one place z.string is allowed
  return z.string(params).refine((value) => !hasUnstorableCharacter(value), { error: UNSTORABLE_TEXT_MESSAGE })
}

/**
 * A whole number between `min` and `max` (at most INT4_MAX, what an `integer` column holds), with
 * Chinese messages naming `what`.
 * @example int('份数', 1, 99)
 */
export function int(what: string, min: number, max: number) {
  return z
    .number({ error: `${what}必须是数字` })
    .int({ error: `${what}必须是整数` })
    .min(min, { error: `${what}不能小于 ${min}` })
    .max(max, { error: `${what}不能大于 ${max}` })
}

/** An id of a row: a positive `integer`. Beyond INT4_MAX no row can have it, so it is refused with 400. */
export function id(what = '编号', unchosen?: string) {
  return z
    .number({ error: unchosen ?? `${what}必须是数字` })
    .int({ error: `${what}必须是整数` })
    .min(1, { error: unchosen ?? `${what}必须是正整数` })
    .max(INT4_MAX, { error: `${what}不正确` })
}

/** `id` read from a path or query string, where every value arrives as text. */
export function idFromText(what = '编号') {
  return z.coerce
    .number({ error: `${what}必须是数字` })
    .int({ error: `${what}必须是整数` })
    .min(1, { error: `${what}必须是正整数` })
    .max(INT4_MAX, { error: `${what}不正确` })
}
