import { isSafeLink, parseRichBody, RICH_BODY_ALLOWLIST, RICH_BODY_DISCARDED, RICH_TAG_ALIASES, richBodyHtml, type BodyFormat, type RichContent, type RichElement } from '@/core/notices/rich-body'

/**
 * The body box of the draft editor. Officials type as they always did — a blank line starts a new
 * paragraph, a line break is kept — and the buttons 小标题, 加粗, 列表 and 链接 put the few marks of the
 * rich-text subset around what they chose (<h3>, <strong>, <ul><li>, <a href>). What they type is
 * the "source"; `bodyOfSource` turns it into the body sent to the server, which cleans it again.
 */

/** What the body keeps, in one line beside the box. */
export const BODY_KEPT =
  '保留分段、小标题、加粗、列表、链接（网址、电话、邮箱）和简单表格；颜色、字号、图片和其他网页代码发布时会去掉，图片和原文件请作为附件上传。'

/** The parts of the box an action applies to: a selection, or the cursor when start = end. */
export interface TextSelection {
  start: number
  end: number
}

export interface Edited {
  source: string
  selection: TextSelection
}

const KNOWN = new Set<string>([...Object.keys(RICH_BODY_ALLOWLIST), ...Object.keys(RICH_TAG_ALIASES)])
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g
const BLOCK_LINE = /^\s*<(h[1-6]|ul|ol|table|p)\b/i

/**
 * True when the source holds a mark of the subset; a source without one is sent as plain text, stored
 * exactly as typed and shown as every body was before rich text.
 * @example hasFormatting('请带<strong>身份证</strong>') // true
 * @example hasFormatting('收入 < 1500 元') // false
 */
export function hasFormatting(source: string): boolean {
  return [...source.matchAll(TAG)].some((m) => KNOWN.has(m[1].toLowerCase()))
}

/**
 * The HTML of a source: blocks the buttons made (小标题, 列表) or typed as HTML stay as they are; the
 * other lines become paragraphs, a blank line between two of them, a line break inside one.
 * @example htmlOfSource('<h3>材料</h3>\n\n请带身份证\n和户口簿') // '<h3>材料</h3>\n<p>请带身份证<br>和户口簿</p>'
 */
export function htmlOfSource(source: string): string {
  const out: string[] = []
  const blocks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0)
  for (const block of blocks) {
    let paragraph: string[] = []
    let rawUntil: RegExp | null = null
    const flush = () => {
      if (paragraph.length > 0) out.push(`<p>${paragraph.join('<br>')}</p>`)
      paragraph = []
    }
    for (const line of block.split('\n')) {
      if (rawUntil) {
        out[out.length - 1] += `\n${line}`
        if (rawUntil.test(line)) rawUntil = null
        continue
      }
      const opens = BLOCK_LINE.exec(line)
      if (opens) {
        flush()
        out.push(line.trim())
        const closes = new RegExp(`</${opens[1]}\\s*>`, 'i')
        if (!closes.test(line)) rawUntil = closes
        continue
      }
      paragraph.push(line.trim())
    }
    flush()
  }
  return out.join('\n')
}

/**
 * The body a source sends: plain text as typed when it has no mark, else the HTML of the source.
 * @example bodyOfSource('第一段\n\n第二段') // { body: '第一段\n\n第二段', bodyFormat: 'text' }
 * @example bodyOfSource('<strong>注意</strong>') // { body: '<p><strong>注意</strong></p>', bodyFormat: 'html' }
 */
export function bodyOfSource(source: string): { body: string; bodyFormat: BodyFormat } {
  return hasFormatting(source) ? { body: htmlOfSource(source), bodyFormat: 'html' } : { body: source, bodyFormat: 'text' }
}

/** Text as the box shows it: only a < that would start a tag, and an & that would start a reference, are written as references. */
const sourceText = (text: string) => text.replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;').replace(/<(?=[a-zA-Z/!?])/g, '&lt;')

function inline(c: RichContent, breakAs: string): string {
  if (typeof c === 'string') return sourceText(c)
  if (c.tag === 'br') return breakAs
  const inner = c.children.map((x) => inline(x, breakAs)).join('')
  if (c.tag === 'a') return `<a href="${(c.href ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${inner}</a>`
  return `<${c.tag}>${inner}</${c.tag}>`
}

function blockSource(block: RichElement): string {
  switch (block.tag) {
    case 'p':
      return block.children.map((c) => inline(c, '\n')).join('')
    case 'ul':
    case 'ol': {
      const items = block.children.map((li) => {
        const content = (li as RichElement).children
        const hasBlocks = content.some((c) => typeof c !== 'string' && ['p', 'h3', 'h4', 'ul', 'ol', 'table'].includes(c.tag))
        return `<li>${hasBlocks ? richBodyHtml(content as RichElement[]) : content.map((c) => inline(c, '<br>')).join('')}</li>`
      })
      return [`<${block.tag}>`, ...items, `</${block.tag}>`].join('\n')
    }
    case 'table':
      return ['<table>', ...block.children.map((row) => richBodyHtml([row as RichElement])), '</table>'].join('\n')
    default:
      return `<${block.tag}>${block.children.map((c) => inline(c, '<br>')).join('')}</${block.tag}>`
  }
}

/**
 * The box's text for a stored body: a plain body as it is; a rich body with its paragraphs as plain
 * lines again and its other marks as the buttons write them, so that saving it unchanged stores the
 * same body.
 * @example sourceOfBody('<h3>材料</h3>\n<p>请带身份证<br>和户口簿</p>', 'html') // '<h3>材料</h3>\n\n请带身份证\n和户口簿'
 */
export function sourceOfBody(body: string, format: BodyFormat): string {
  return format === 'html' ? parseRichBody(body).map(blockSource).join('\n\n') : body
}

const PLACEHOLDER = { heading: '小标题', bold: '要加粗的文字', list: ['第一项', '第二项'] }

/** The start and end of the lines a selection touches. */
function linesAround(source: string, sel: TextSelection): TextSelection {
  const start = source.lastIndexOf('\n', sel.start - 1) + 1
  const newline = source.indexOf('\n', Math.max(sel.end, sel.start))
  return { start, end: newline < 0 ? source.length : newline }
}

/** Puts `block` between `before` and `after` as a block of its own, a blank line on each side. */
function asOwnBlock(before: string, block: string, after: string, selectInBlock: TextSelection): Edited {
  const head = before.replace(/\s+$/, '')
  const tail = after.replace(/^\s+/, '')
  const lead = head === '' ? '' : `${head}\n\n`
  const source = `${lead}${block}${tail === '' ? '' : `\n\n${tail}`}`
  return { source, selection: { start: lead.length + selectInBlock.start, end: lead.length + selectInBlock.end } }
}

/** A line without the bullet or number an official typed before it (- , •, 1., 1、, （1）). */
const withoutBullet = (line: string) => line.replace(/^\s*(?:[-*•·●]\s*|\(?（?\d{1,2}[.)、）]\s*)/, '').trim()

/**
 * The source after a formatting button: 小标题 makes the lines chosen (or the cursor's line) a heading
 * of its own, 加粗 marks the words chosen bold, 列表 makes each line chosen an item of a list. With
 * nothing to apply it to, each puts in a sample to type over, and selects it.
 * @example applyFormat('请带身份证', { start: 2, end: 5 }, 'bold').source // '请带<strong>身份证</strong>'
 * @example applyFormat('材料\n请带身份证', { start: 1, end: 1 }, 'heading').source // '<h3>材料</h3>\n\n请带身份证'
 */
export function applyFormat(source: string, sel: TextSelection, kind: 'heading' | 'bold' | 'list'): Edited {
  const start = Math.max(0, Math.min(sel.start, sel.end, source.length))
  const end = Math.min(source.length, Math.max(sel.start, sel.end))
  if (kind === 'bold') {
    const chosen = source.slice(start, end)
    const words = chosen.trim() === '' ? PLACEHOLDER.bold : chosen
    const open = '<strong>'
    return {
      source: `${source.slice(0, start)}${open}${words}</strong>${source.slice(end)}`,
      selection: { start: start + open.length, end: start + open.length + words.length }
    }
  }
  const lines = linesAround(source, { start, end })
  const chosen = source.slice(lines.start, lines.end)
  if (kind === 'heading') {
    const words = chosen.replace(/<\/?h[1-6][^>]*>/gi, '').replace(/\s+/g, ' ').trim() || PLACEHOLDER.heading
    return asOwnBlock(source.slice(0, lines.start), `<h3>${words}</h3>`, source.slice(lines.end), { start: 4, end: 4 + words.length })
  }
  const items = chosen.split('\n').map(withoutBullet).filter((l) => l !== '')
  const list = ['<ul>', ...(items.length > 0 ? items : PLACEHOLDER.list).map((item) => `<li>${item}</li>`), '</ul>'].join('\n')
  const sample = list.indexOf(PLACEHOLDER.list[0])
  const select = items.length > 0 ? { start: list.length, end: list.length } : { start: sample, end: sample + PLACEHOLDER.list[0].length }
  return asOwnBlock(source.slice(0, lines.start), list, source.slice(lines.end), select)
}

/**
 * The address of a link as officials type it: a web address (www. gets https://), a phone number or
 * an e-mail address; or why it cannot be linked.
 * @example linkHrefOf('021-12345678') // { href: 'tel:021-12345678' }
 * @example linkHrefOf('www.gov.cn') // { href: 'https://www.gov.cn' }
 * @example linkHrefOf('javascript:alert(1)') // { problem: '…' }
 */
export function linkHrefOf(typed: string): { href: string } | { problem: string } {
  const text = typed.trim()
  let href = text
  if (/^\+?[0-9][0-9\-() ]{2,29}$/.test(text) && (text.match(/\d/g) ?? []).length >= 3) href = `tel:${text}`
  else if (/^[^\s@:/]+@[^\s@]+\.[^\s@]+$/.test(text)) href = `mailto:${text}`
  else if (/^www\./i.test(text)) href = `https://${text}`
  return isSafeLink(href) ? { href } : { problem: '请填写以 http:// 或 https:// 开头的网址、电话号码或邮箱地址' }
}

/**
 * The source with a link put in place of the words chosen (or at the cursor): `words` are what
 * residents read, the address what a tap reaches. The address must be one `linkHrefOf` gave.
 * @example insertLink('咨询电话', { start: 4, end: 4 }, '民政办', 'tel:021-12345678').source // '咨询电话<a href="tel:021-12345678">民政办</a>'
 */
export function insertLink(source: string, sel: TextSelection, words: string, href: string): Edited {
  const start = Math.max(0, Math.min(sel.start, sel.end, source.length))
  const end = Math.min(source.length, Math.max(sel.start, sel.end))
  const shown = words.trim() || href.replace(/^(tel|mailto):/i, '')
  const link = `<a href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${sourceText(shown)}</a>`
  return { source: `${source.slice(0, start)}${link}${source.slice(end)}`, selection: { start: start + link.length, end: start + link.length } }
}

/**
 * What in a body would not show the way its author meant: web code the subset does not keep (it is
 * dropped when published, with its words kept or, for a script, with everything in it), a link to an
 * address that cannot be kept, and Markdown marks, which residents would see as typed.
 * @example bodyFormatNotes('<span style="color:red">通知</span>') // ['正文里有不保留的网页代码（如 <span>），发布时会去掉，只留下文字。']
 */
export function bodyFormatNotes(source: string): string[] {
  const notes: string[] = []
  const unknown = [...source.matchAll(TAG)].map((m) => m[1].toLowerCase()).find((name) => !KNOWN.has(name))
  if (unknown && (RICH_BODY_DISCARDED as readonly string[]).includes(unknown)) notes.push(`正文里有网页程序或控件代码（如 <${unknown}>），发布时会连同其中的内容一起去掉。`)
  else if (unknown) notes.push(`正文里有不保留的网页代码（如 <${unknown}>），发布时会去掉，只留下文字。`)
  const refused = [...source.matchAll(/<a\b[^>]*?href\s*=\s*"([^"]*)"/gi)].map((m) => m[1].replace(/&amp;/g, '&').trim()).find((href) => !isSafeLink(href))
  if (refused !== undefined) notes.push(`链接地址“${refused}”不能使用，发布时只留下文字。链接只能是网址（http:// 或 https:// 开头）、电话号码或邮箱。`)
  if (/\*\*[^*\n]+\*\*|^#{1,6}\s/m.test(source)) notes.push('正文里的 ** 或 # 不会变成加粗或标题，居民会原样看到。请用上面的“加粗”“小标题”按钮。')
  return notes
}
