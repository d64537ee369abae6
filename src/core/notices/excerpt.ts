/**
 * The short text under a notice's title in a list: its opening, or, for a search, the words around
 * the first place the body mentions what was searched, so that a resident sees why it was found.
 */

/** Characters shown when a list shows a notice's opening. */
export const OPENING_LENGTH = 60
/** Characters shown on each side of a search match. */
export const MATCH_RADIUS = 30

const ELLIPSIS = '…'

/** Paragraph breaks and runs of spaces read as one space in a one-line excerpt. */
function asOneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Moves a cut off the second half of a surrogate pair, so no character is broken in two. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index
}

/**
 * The opening of `body` on one line, cut after `length` characters with … at the cut.
 * @example openingExcerpt('本街道2025年低保标准调整为每人每月1450元。', 10) // '本街道2025年低保…'
 */
export function openingExcerpt(body: string, length: number = OPENING_LENGTH): string {
  const text = asOneLine(body)
  if (text.length <= length) return text
  return text.slice(0, safeCut(text, length)) + ELLIPSIS
}

/**
 * The index and length of the earliest occurrence of any of `keywords` in `text`, ignoring Latin case;
 * null when none occurs.
 * @example firstMatch('申请低保的条件', ['条件', '低保']) // { index: 2, length: 2 }
 */
export function firstMatch(text: string, keywords: string[]): { index: number; length: number } | null {
  const lower = text.toLowerCase()
  // Lower-casing keeps the length of Chinese and Latin text; where it would not (a few rare letters),
  // the text is searched as written so that indexes still point into the original.
  const haystack = lower.length === text.length ? lower : text
  let best: { index: number; length: number } | null = null
  for (const keyword of keywords) {
    if (keyword === '') continue
    const needle = haystack === lower ? keyword.toLowerCase() : keyword
    const index = haystack.indexOf(needle)
    if (index >= 0 && (best === null || index < best.index)) best = { index, length: needle.length }
  }
  return best
}

/**
 * The text around the first occurrence in `body` of any of `keywords`, `radius` characters on each side,
 * on one line, with … where the body was cut. Without a match in the body (the title matched), the
 * opening of the body.
 * @example excerptAround('第一段。\n\n城市低保标准调整为每人每月1450元，自1月1日起执行。', ['低保'], 4)
 * // '…。 城市低保标准调整…'
 */
export function excerptAround(body: string, keywords: string[], radius: number = MATCH_RADIUS): string {
  const text = asOneLine(body)
  const match = firstMatch(text, keywords)
  if (match === null) return openingExcerpt(body, radius * 2)
  const start = safeCut(text, Math.max(0, match.index - radius))
  const end = safeCut(text, Math.min(text.length, match.index + match.length + radius))
  return (start > 0 ? ELLIPSIS : '') + text.slice(start, end) + (end < text.length ? ELLIPSIS : '')
}
