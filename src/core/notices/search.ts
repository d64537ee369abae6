import { searchKeywords } from './highlight'

/** The longest search a resident may type; the phone's input and the API's schema both hold to it. */
export const SEARCH_QUERY_MAX = 100

/**
 * Keyword search over Chinese text. Chinese has no spaces between words and the embedded database has
 * no Chinese tokenizer, so a keyword matches wherever its characters appear: 低保 finds 城市低保标准 as
 * well as 低保动态公示. The keywords are those of `searchKeywords` (highlight.ts), the same words the
 * app highlights; a result contains every one of them.
 */

/**
 * A `LIKE … ESCAPE '\'` pattern matching `keyword` anywhere in a text, with `%`, `_` and `\` taken
 * literally (a resident searching 100% means the characters 100%, not "100 followed by anything").
 * @example containsPattern('低保') // '%低保%'
 * @example containsPattern('5%_') // '%5\\%\\_%'
 */
export function containsPattern(keyword: string): string {
  return `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * The keywords a search uses: those of `searchKeywords`, without control characters (a database text
 * cannot hold a NUL, and no notice contains one), and without any left empty by that.
 * @example searchableKeywords('低保\u0000 申请') // ['低保', '申请']
 */
export function searchableKeywords(q: string | undefined): string[] {
  const cleaned = searchKeywords(q ?? '').map((keyword) => keyword.replace(/[\u0000-\u001f\u007f]/g, ''))
  return [...new Set(cleaned.filter((keyword) => keyword !== ''))]
}
