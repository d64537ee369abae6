import sanitizeHtml from 'sanitize-html'
import {
  isSafeLink,
  LINK_SCHEMES,
  parseRichBody,
  RICH_BODY_ALLOWLIST,
  RICH_BODY_DISCARDED,
  RICH_TAG_ALIASES,
  richBodyHtml,
  richBodyText,
  type SanitizedHtml
} from '@/core/notices/rich-body'

/**
 * Cleans a rich-text body before it is stored (issue 5: "body (rich text, sanitised)"). Two passes:
 * sanitize-html parses the input the forgiving way a browser does (htmlparser2) and keeps only the
 * allowlist of src/core/notices/rich-body.ts; then the core reader tidies what is left into the
 * canonical blocks the app renders, and that is what is stored. The app reads it with the same core
 * reader, so residents see exactly what was stored.
 */

/** An element the allowlist does not hold: sanitize-html drops the tag and keeps its words. */
const DROPPED = 'jf-dropped'

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: Object.keys(RICH_BODY_ALLOWLIST),
  allowedAttributes: Object.fromEntries(Object.entries(RICH_BODY_ALLOWLIST).map(([tag, attrs]) => [tag, [...attrs]])),
  allowedSchemes: [...LINK_SCHEMES],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowedClasses: {},
  allowedStyles: {},
  parseStyleAttributes: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [...RICH_BODY_DISCARDED],
  transformTags: {
    ...Object.fromEntries(Object.entries(RICH_TAG_ALIASES).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {}, false)])),
    // The library checks the scheme; the core rule also refuses relative addresses, spaces and quotes.
    a: (_tag, attribs): sanitizeHtml.Tag => {
      const href = (attribs.href ?? '').trim()
      return isSafeLink(href) ? { tagName: 'a', attribs: { href } } : { tagName: DROPPED, attribs: {} }
    }
  }
}

/** A cleaned body and its words without markup (for search and excerpts). */
export interface CleanBody {
  html: SanitizedHtml
  text: string
}

/**
 * The stored form of a rich body: only the allowlisted elements, only kept links, tidied into blocks.
 * The text is empty when nothing readable is left (a body that was only a script, say).
 * @example cleanRichBody('<p onclick="x()">请带<b>身份证</b></p><script>x()</script>')
 * // { html: '<p>请带<strong>身份证</strong></p>', text: '请带身份证' }
 */
export function cleanRichBody(input: string): CleanBody {
  const blocks = parseRichBody(sanitizeHtml(input, OPTIONS))
  const html = richBodyHtml(blocks) as SanitizedHtml
  return { html, text: richBodyText(html) }
}
