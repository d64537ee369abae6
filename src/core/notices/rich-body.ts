/**
 * Rich-text bodies of notices and service guides (issue 5: "body (rich text, sanitised)").
 *
 * The format is a small subset of HTML: paragraphs, two heading levels, bold, italic, lists, line
 * breaks, simple tables and links to web pages, phone numbers and e-mail addresses. Nothing else is
 * kept: no style, class or event attribute, no script, frame or form, and no picture (pictures are
 * attached as files, which residents open full-screen and can enlarge; a picture inside the text would
 * be shrunk to the phone's width and could point anywhere).
 *
 * The server cleans every body written with this allowlist (server/http/rich-body.ts, sanitize-html),
 * and the app reads the stored HTML with `parseRichBody` below, which keeps only the same subset again,
 * so a row that escaped the server's cleaning still cannot put anything else on a resident's screen.
 * The app renders the result with Taro's RichText as a node array, never as an HTML string, so in a
 * browser no text is ever parsed as markup.
 */

/** How a notice body is stored: `text` is the plain text of old rows and plain drafts, `html` this subset. */
export const BODY_FORMATS = ['text', 'html'] as const
export type BodyFormat = (typeof BODY_FORMATS)[number]

/** The elements kept, each with the attributes it may carry; every other attribute is dropped. */
export const RICH_BODY_ALLOWLIST = {
  p: [],
  br: [],
  h3: [],
  h4: [],
  strong: [],
  em: [],
  ul: [],
  ol: [],
  li: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
  a: ['href']
} as const satisfies Record<string, readonly string[]>
export type RichTag = keyof typeof RICH_BODY_ALLOWLIST

/**
 * Elements read as one of the subset: the old spellings of bold and italic, and the heading levels a
 * pasted document brings (a notice's title is the page's only top heading, so h1 and h2 become h3).
 */
export const RICH_TAG_ALIASES: Readonly<Record<string, RichTag>> = { b: 'strong', i: 'em', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' }

/** Elements dropped with everything inside them: their content is code or a control, never text to read. */
export const RICH_BODY_DISCARDED = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'noembed', 'noframes', 'template', 'textarea', 'select', 'option', 'title', 'head', 'svg', 'math', 'xmp', 'plaintext', 'button'] as const

/** The link schemes kept: web pages, phone numbers and e-mail addresses. */
export const LINK_SCHEMES = ['http', 'https', 'tel', 'mailto'] as const

const BLOCKS = new Set<RichTag>(['p', 'h3', 'h4', 'ul', 'ol', 'table'])
const INLINE = new Set<RichTag>(['strong', 'em', 'a'])
/** Elements that hold blocks: a paragraph or list opened inside them stays inside them. */
const CONTAINERS = new Set<RichTag>(['li', 'td', 'th'])
/** The frame of lists and tables, which holds items, rows and cells only. */
const FRAMES = new Set<RichTag>(['ul', 'ol', 'table', 'thead', 'tbody', 'tr'])
/** Deeper nesting than this is no formatting anyone wrote; it is read as text, so no reader recurses without end. */
const MAX_DEPTH = 24
const MAX_LINK_LENGTH = 2000

/** What a link reaches, which decides what a tap does: open, call or write. */
export type LinkKind = 'web' | 'phone' | 'email'

const LINK_RULES: readonly [LinkKind, RegExp][] = [
  ['web', /^https?:\/\/[a-z0-9\u00a1-\uffff][^\s<>"'`\\\u0000-\u001f\u007f]*$/i],
  ['phone', /^tel:\+?[0-9][0-9\-() ]{1,29}$/i],
  ['email', /^mailto:[^\s@<>"'`\\:/\u0000-\u001f\u007f]+@[a-z0-9\u00a1-\uffff][a-z0-9.\-\u00a1-\uffff]*$/i]
]

/**
 * What a link reaches, or null when it may not be kept: only http and https addresses with a host,
 * tel: numbers and mailto: addresses. Relative addresses, javascript:, data: and anything with spaces,
 * quotes or control characters are refused, however they are spelled.
 * @example linkKind('https://www.gov.cn/zhengce/') // 'web'
 * @example linkKind('tel:021-12345678') // 'phone'
 * @example linkKind('javascript:alert(1)') // null
 */
export function linkKind(href: string): LinkKind | null {
  if (href.length > MAX_LINK_LENGTH) return null
  for (const [kind, rule] of LINK_RULES) if (rule.test(href)) return kind
  return null
}

/**
 * True when a link may be kept (see `linkKind`).
 * @example isSafeLink('mailto:gongkai@example.gov.cn') // true
 * @example isSafeLink(' JaVaScRiPt:alert(1)') // false
 */
export function isSafeLink(href: string): boolean {
  return linkKind(href) !== null
}

/** A kept element with its content; `href` only on links. */
export interface RichElement {
  tag: RichTag
  href?: string
  children: RichContent[]
}
export type RichContent = RichElement | string

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the character references a cleaned body holds (&amp; &lt; &gt; &quot;, numeric ones); others stay as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd'
  })
}

interface Token {
  kind: 'open' | 'close' | 'text'
  name: string
  attrs: Record<string, string>
  text: string
}

/** The attributes of an opening tag, names in lower case, values decoded. */
function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
  for (const m of source.matchAll(pattern)) {
    const name = m[1].toLowerCase()
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

/** The end of a tag that starts at `from`: the first `>` outside quotes, or -1 when the input ends first. */
function tagEnd(html: string, from: number): number {
  let quote: string | null = null
  for (let i = from; i < html.length; i++) {
    const c = html[i]
    if (quote) {
      if (c === quote) quote = null
    } else if (c === '"' || c === "'") {
      // A quote opens a value only after `=`; elsewhere it is a stray character.
      if (/=\s*$/.test(html.slice(Math.max(from, i - 8), i))) quote = c
    } else if (c === '>') return i
  }
  return -1
}

/**
 * The tags and text of `html`, read the forgiving way a browser does: a `<` that does not start a tag
 * is text, comments are skipped, and a tag left open at the end of the input is dropped.
 */
function tokenize(html: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      tokens.push({ kind: 'text', name: '', attrs: {}, text: html.slice(i) })
      break
    }
    const next = html[lt + 1] ?? ''
    const closing = next === '/' && /[a-z]/i.test(html[lt + 2] ?? '')
    if (!closing && !/[a-z!?]/i.test(next)) {
      tokens.push({ kind: 'text', name: '', attrs: {}, text: html.slice(i, lt + 1) })
      i = lt + 1
      continue
    }
    if (lt > i) tokens.push({ kind: 'text', name: '', attrs: {}, text: html.slice(i, lt) })
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      i = end < 0 ? html.length : end + 3
      continue
    }
    const end = tagEnd(html, lt + 1)
    if (end < 0) break
    if (next === '!' || next === '?') {
      i = end + 1
      continue
    }
    const inner = html.slice(lt + (closing ? 2 : 1), end)
    const name = (/^[a-z][a-z0-9-]*/i.exec(inner)?.[0] ?? '').toLowerCase()
    tokens.push({ kind: closing ? 'close' : 'open', name, attrs: closing ? {} : readAttributes(inner.slice(name.length)), text: '' })
    i = end + 1
  }
  return tokens
}

const isElement = (c: RichContent): c is RichElement => typeof c !== 'string'

/** The tree of the kept elements, before the structure is tidied. */
function buildTree(tokens: Token[]): RichElement {
  const root: RichElement = { tag: 'p', children: [] }
  const stack: RichElement[] = [root]
  const top = () => stack[stack.length - 1]
  const openIndex = (tags: readonly RichTag[], within: readonly RichTag[] = []): number => {
    for (let k = stack.length - 1; k > 0; k--) {
      if (tags.includes(stack[k].tag)) return k
      if (within.includes(stack[k].tag)) return -1
    }
    return -1
  }
  const popTo = (index: number) => {
    stack.length = index
  }
  const append = (c: RichContent) => {
    const children = top().children
    const last = children[children.length - 1]
    if (typeof c === 'string' && typeof last === 'string') children[children.length - 1] = last + c
    else children.push(c)
  }
  const push = (element: RichElement) => {
    append(element)
    stack.push(element)
  }
  /** Closes paragraphs, headings and inline elements up to the nearest element that holds blocks. */
  const closeInlineAndParagraphs = () => {
    while (stack.length > 1 && !CONTAINERS.has(top().tag) && !FRAMES.has(top().tag)) stack.pop()
  }

  let discarding: string | null = null
  for (const t of tokens) {
    if (discarding) {
      if (t.kind === 'close' && t.name === discarding) discarding = null
      continue
    }
    if (t.kind === 'text') {
      append(decodeEntities(t.text))
      continue
    }
    if ((RICH_BODY_DISCARDED as readonly string[]).includes(t.name)) {
      if (t.kind === 'open') discarding = t.name
      continue
    }
    const tag = (RICH_TAG_ALIASES[t.name] ?? (t.name in RICH_BODY_ALLOWLIST ? t.name : null)) as RichTag | null
    if (tag === null) continue
    if (t.kind === 'close') {
      const at = openIndex([tag])
      if (at > 0) popTo(at)
      continue
    }
    if (tag === 'br') {
      append({ tag: 'br', children: [] })
      continue
    }
    if (stack.length > MAX_DEPTH) continue
    if (BLOCKS.has(tag)) {
      closeInlineAndParagraphs()
      if (FRAMES.has(top().tag) && top() !== root) {
        // A block right inside a list or table row belongs in an item or cell of its own.
        if (top().tag === 'ul' || top().tag === 'ol') push({ tag: 'li', children: [] })
        else continue
      }
      push({ tag, children: [] })
    } else if (tag === 'li') {
      const list = openIndex(['ul', 'ol'], ['td', 'th'])
      if (list < 0) {
        closeInlineAndParagraphs()
        push({ tag: 'ul', children: [] })
      } else popTo(list + 1)
      push({ tag: 'li', children: [] })
    } else if (tag === 'thead' || tag === 'tbody') {
      const table = openIndex(['table'])
      if (table < 0) continue
      popTo(table + 1)
      push({ tag, children: [] })
    } else if (tag === 'tr') {
      const group = openIndex(['thead', 'tbody', 'table'])
      if (group < 0) continue
      popTo(group + 1)
      push({ tag, children: [] })
    } else if (tag === 'td' || tag === 'th') {
      const row = openIndex(['tr'], ['table'])
      if (row < 0) continue
      popTo(row + 1)
      push({ tag, children: [] })
    } else if (tag === 'a') {
      // A link inside a link closes the first, as in a browser.
      const open = openIndex(['a'])
      if (open > 0) popTo(open)
      push({ tag, href: (t.attrs.href ?? '').trim(), children: [] })
    } else if (INLINE.has(tag)) {
      push({ tag, children: [] })
    }
  }
  return root
}

const hasText = (c: RichContent): boolean => (typeof c === 'string' ? c.trim() !== '' : c.tag === 'br' || c.children.some(hasText))

/** Runs of white space read as one space, as in any web page (full-width spaces are kept). */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ')

/** The content of an inline run: links without a kept address become their text, empty elements go. */
function tidyInline(content: RichContent[]): RichContent[] {
  const out: RichContent[] = []
  for (const c of content) {
    if (typeof c === 'string') {
      const text = collapse(c)
      if (text === '') continue
      if (typeof out[out.length - 1] === 'string') out[out.length - 1] += text
      else out.push(text)
    } else if (c.tag === 'br') out.push({ tag: 'br', children: [] })
    else if (INLINE.has(c.tag)) {
      const children = tidyInline(c.children)
      if (c.tag === 'a' && !isSafeLink(c.href ?? '')) {
        for (const child of children) {
          if (typeof child === 'string' && typeof out[out.length - 1] === 'string') out[out.length - 1] += child
          else out.push(child)
        }
      } else if (children.some(hasText)) out.push(c.tag === 'a' ? { tag: 'a', href: c.href, children } : { tag: c.tag, children })
    } else out.push(...tidyInline(c.children))
  }
  return out
}

/** Drops the spaces at one end of a run, down the first or last mark; they only came from the layout of the markup. */
function trimEdge(content: RichContent[], end: 'start' | 'end'): RichContent[] {
  const out = [...content]
  const isBreak = (c: RichContent | undefined) => c !== undefined && isElement(c) && c.tag === 'br'
  if (end === 'start') while (isBreak(out[0])) out.shift()
  else while (isBreak(out[out.length - 1])) out.pop()
  const index = end === 'start' ? 0 : out.length - 1
  const c = out[index]
  if (typeof c === 'string') out[index] = end === 'start' ? c.replace(/^ +/, '') : c.replace(/ +$/, '')
  else if (c && INLINE.has(c.tag)) out[index] = { ...c, children: trimEdge(c.children, end) }
  return out.filter((x) => x !== '')
}

/** A block's content without the spaces and line breaks at its start and end. */
const trimEnds = (content: RichContent[]): RichContent[] => trimEdge(trimEdge(content, 'start'), 'end')

/** Blocks: loose text and inline elements become paragraphs; every element holds what its kind allows. */
function tidyBlocks(content: RichContent[]): RichElement[] {
  const blocks: RichElement[] = []
  let run: RichContent[] = []
  const flush = () => {
    const children = trimEnds(tidyInline(run))
    if (children.some(hasText)) blocks.push({ tag: 'p', children })
    run = []
  }
  for (const c of content) {
    if (isElement(c) && BLOCKS.has(c.tag)) {
      flush()
      const block = tidyBlock(c)
      if (block) blocks.push(block)
    } else if (isElement(c) && (CONTAINERS.has(c.tag) || FRAMES.has(c.tag))) {
      run.push(...c.children)
    } else run.push(c)
  }
  flush()
  return blocks
}

function tidyBlock(block: RichElement): RichElement | null {
  switch (block.tag) {
    case 'ul':
    case 'ol': {
      const items = block.children.flatMap((c) => (isElement(c) && c.tag === 'li' ? [c] : hasText(c) ? [{ tag: 'li' as const, children: [c] }] : []))
      const children = items.map((li) => ({ tag: 'li' as const, children: tidyCell(li.children) })).filter((li) => li.children.some(hasText))
      return children.length > 0 ? { tag: block.tag, children } : null
    }
    case 'table': {
      const rows = (content: RichContent[]): RichElement[] =>
        content.flatMap((c) => (isElement(c) && c.tag === 'tr' ? [c] : isElement(c) && (c.tag === 'thead' || c.tag === 'tbody') ? rows(c.children) : []))
      const tidyRow = (row: RichElement): RichElement => ({
        tag: 'tr',
        children: row.children.flatMap((c) => (isElement(c) && (c.tag === 'td' || c.tag === 'th') ? [{ tag: c.tag, children: tidyCell(c.children) }] : []))
      })
      const children = rows(block.children).map(tidyRow).filter((r) => r.children.length > 0)
      return children.some(hasText) ? { tag: 'table', children } : null
    }
    default: {
      const children = trimEnds(tidyInline(block.children))
      return children.some(hasText) ? { tag: block.tag, children } : null
    }
  }
}

/**
 * The content of a list item or table cell: text and inline elements as they are, and where it holds
 * blocks (a paragraph or a nested list), those blocks.
 */
function tidyCell(content: RichContent[]): RichContent[] {
  const hasBlocks = content.some((c) => isElement(c) && BLOCKS.has(c.tag))
  return hasBlocks ? tidyBlocks(content) : trimEnds(tidyInline(content))
}

/**
 * The blocks of a rich body: only the allowlisted elements, links only to kept addresses, loose text
 * gathered into paragraphs, empty elements dropped. Forgiving: any input gives an answer, never an
 * error, and unclosed or misnested tags are closed where a browser would close them.
 * @example parseRichBody('<p>请带<b>身份证</b></p><script>x()</script>')
 * // [{ tag: 'p', children: ['请带', { tag: 'strong', children: ['身份证'] }] }]
 */
export function parseRichBody(html: string): RichElement[] {
  return tidyBlocks(buildTree(tokenize(html)).children)
}

/**
 * HTML the server's sanitiser wrote (server/http/rich-body.ts); only that module makes one, so a
 * repository that takes it cannot be handed a body that skipped the cleaning.
 */
export type SanitizedHtml = string & { readonly __sanitizedBy: 'server/http/rich-body' }

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function serialize(c: RichContent): string {
  if (typeof c === 'string') return escapeText(c)
  if (c.tag === 'br') return '<br>'
  const href = c.tag === 'a' && c.href ? ` href="${escapeText(c.href).replace(/"/g, '&quot;')}"` : ''
  return `<${c.tag}${href}>${c.children.map(serialize).join('')}</${c.tag}>`
}

/**
 * The blocks of a rich body written back as HTML, one block per line: the canonical form the server
 * stores, so that what is stored is exactly what residents see.
 * @example richBodyHtml(parseRichBody('开头<B>重点')) // '<p>开头<strong>重点</strong></p>'
 */
export function richBodyHtml(blocks: readonly RichElement[]): string {
  return blocks.map(serialize).join('\n')
}

/** A node of Taro's RichText `nodes` array (the mini-program's rich-text format). */
export type RichTextNode = { type: 'text'; text: string } | { name: string; attrs: Record<string, string>; children: RichTextNode[] }

/**
 * The class each element gets in the RichText nodes, so that the app's stylesheet sets it in the app's
 * type sizes (inline styles would escape the px conversion and the large-font mode).
 */
export const richClassOf = (tag: RichTag): string => `rich-body__${tag}`

function toNode(c: RichContent): RichTextNode {
  if (typeof c === 'string') return { type: 'text', text: c }
  const attrs: Record<string, string> = { class: richClassOf(c.tag) }
  if (c.tag === 'a' && c.href) {
    attrs.href = c.href
    if (linkKind(c.href) === 'web') {
      attrs.target = '_blank'
      attrs.rel = 'noopener noreferrer'
    }
  }
  return { name: c.tag, attrs, children: c.children.map(toNode) }
}

/**
 * A rich body as the node array Taro's RichText takes, each element with its class (`richClassOf`).
 * @example richTextNodes('<h3>办理时间</h3>')
 * // [{ name: 'h3', attrs: { class: 'rich-body__h3' }, children: [{ type: 'text', text: '办理时间' }] }]
 */
export function richTextNodes(html: string): RichTextNode[] {
  return parseRichBody(html).map(toNode)
}

function textOf(c: RichContent): string {
  if (typeof c === 'string') return c
  switch (c.tag) {
    case 'br':
      return '\n'
    case 'ul':
    case 'ol':
    case 'tr':
    case 'table':
    case 'thead':
    case 'tbody':
      return c.children.map(textOf).join('\n')
    case 'td':
    case 'th':
      return c.children.map(textOf).join('')
    case 'li':
      return c.children.map((x) => (isElement(x) && BLOCKS.has(x.tag) ? `\n${textOf(x)}` : textOf(x))).join('').replace(/^\n/, '')
    default:
      return c.children.map(textOf).join('')
  }
}

/**
 * The words of a rich body without its markup, in the plain-text body's own layout (a blank line
 * between blocks, one line per list item or table row, cells apart by a space), so that search,
 * excerpts and highlighting read it exactly as they read a plain body. Marks inside a word do not
 * split it: 请带<strong>身份</strong>证 reads 请带身份证.
 * @example richBodyText('<h3>材料</h3><ul><li>身份证</li><li>户口簿</li></ul>') // '材料\n\n身份证\n户口簿'
 */
export function richBodyText(html: string): string {
  return parseRichBody(html)
    .map((block) => (block.tag === 'table' ? block.children.map((row) => (row as RichElement).children.map(textOf).join(' ')).join('\n') : textOf(block)))
    .join('\n\n')
}

/**
 * The text of a body in either format: a plain body is its own text.
 * @example bodyText('第一段。\n\n第二段。', 'text') // '第一段。\n\n第二段。'
 * @example bodyText('<p>第一段。</p><p>第二段。</p>', 'html') // '第一段。\n\n第二段。'
 */
export function bodyText(body: string, format: BodyFormat): string {
  return format === 'html' ? richBodyText(body) : body
}

/** A link of a body, with the words it is written under. */
export interface BodyLink {
  text: string
  href: string
  kind: LinkKind
}

/**
 * The links of a rich body in reading order, each address once. A mini-program cannot follow a link
 * inside rich text, so the page lists them where a tap calls, opens or copies.
 * @example richBodyLinks('<p>咨询 <a href="tel:021-12345678">民政办</a></p>') // [{ text: '民政办', href: 'tel:021-12345678', kind: 'phone' }]
 */
export function richBodyLinks(html: string): BodyLink[] {
  const links: BodyLink[] = []
  const visit = (c: RichContent) => {
    if (typeof c === 'string') return
    const kind = c.tag === 'a' && c.href ? linkKind(c.href) : null
    if (kind && c.href && !links.some((l) => l.href === c.href)) links.push({ text: textOf(c).trim() || c.href, href: c.href, kind })
    c.children.forEach(visit)
  }
  parseRichBody(html).forEach(visit)
  return links
}

/**
 * The address a link shows residents: a phone number or e-mail address without its scheme.
 * @example linkAddress('tel:021-12345678') // '021-12345678'
 * @example linkAddress('https://www.gov.cn/') // 'https://www.gov.cn/'
 */
export function linkAddress(href: string): string {
  return href.replace(/^(tel|mailto):/i, '')
}
