/** A run of text that either matches one of the search keywords or does not. */
export interface HighlightSegment {
  text: string
  match: boolean
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/g

/**
 * The keywords of a search box: split on any whitespace (including the full-width space a Chinese
 * keyboard types), empties dropped, duplicates removed, longest first so that 「低保对象」 wins
 * over 「低保」 where both match.
 * @example searchKeywords(' 低保  低保对象 ') // ['低保对象', '低保']
 */
export function searchKeywords(q: string): string[] {
  const words = q.split(/[\s\u3000]+/u).filter((w) => w.length > 0)
  return [...new Set(words)].sort((a, b) => b.length - a.length)
}

/**
 * Cuts `text` into runs that match the keywords of `q` and runs that do not, so that a list can show
 * residents where their words were found. Every occurrence is marked; Latin letters match whatever
 * their case; neighbouring matches merge into one run. Concatenating the runs gives back `text`.
 * @example highlightSegments('城乡低保标准调整，低保对象…', '低保')
 * // [{ text: '城乡', match: false }, { text: '低保', match: true }, { text: '标准调整，', match: false },
 * //  { text: '低保', match: true }, { text: '对象…', match: false }]
 */
export function highlightSegments(text: string, q: string): HighlightSegment[] {
  if (text.length === 0) return []
  const keywords = searchKeywords(q)
  if (keywords.length === 0) return [{ text, match: false }]

  // Keywords are escaped, so the pattern is a plain alternation of literals; `u` + `i` gives
  // Unicode case folding for Latin and leaves Chinese characters as they are.
  const pattern = new RegExp(keywords.map((k) => k.replace(REGEX_SYNTAX, '\\$&')).join('|'), 'giu')
  const segments: HighlightSegment[] = []
  const push = (piece: string, match: boolean) => {
    if (piece.length === 0) return
    const last = segments[segments.length - 1]
    if (last && last.match === match) last.text += piece
    else segments.push({ text: piece, match })
  }

  let from = 0
  for (const found of text.matchAll(pattern)) {
    const at = found.index
    push(text.slice(from, at), false)
    push(found[0], true)
    from = at + found[0].length
  }
  push(text.slice(from), false)
  return segments
}
