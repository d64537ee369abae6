import { ATTACHMENT_KIND_LABELS, attachmentKind, formatFileSize } from '@/core/notices/attachments'
import { allowedReviewActions } from '@/core/notices/review'
import type { StaffRole } from '@/core/schemas/staff'
import { UPLOAD_MAX_BYTES } from '@/core/schemas/cases'

/** The draft editor's decisions: who drafts, the body's formatting and the files attached to it. */

/**
 * True when the person may write drafts (the roles that may edit a draft in the review table); a
 * leader reviews and publishes but does not draft.
 * @example canDraft(['leader']) // false
 * @example canDraft(['clerk']) // true
 */
export function canDraft(roles: readonly StaffRole[]): boolean {
  return allowedReviewActions('draft', roles).includes('edit')
}

/**
 * How the body is published, in the words the editor shows beside it. The server keeps the body as
 * plain text and residents' pages show it as typed, so nothing in it can run or restyle the app.
 */
export const BODY_FORMAT_HINT =
  '正文按原样发给居民：空一行就是分段，换行会保留。不能设置加粗、颜色或字号，也不能插入图片和表格；表格、图片和原文件请作为附件上传。'

/**
 * What in a body would not show the way its author meant: markup from a web page or a word
 * processor, or Markdown marks, which residents would see as typed.
 * @example bodyFormatNotes('<p>通知</p>') // ['正文里有网页代码（如 <p>），居民会看到这些符号。请删去，用空一行来分段。']
 */
export function bodyFormatNotes(body: string): string[] {
  const notes: string[] = []
  const tag = /<\/?([a-zA-Z][a-zA-Z0-9]*)[^<>]*>/.exec(body)
  if (tag) notes.push(`正文里有网页代码（如 <${tag[1].toLowerCase()}>），居民会看到这些符号。请删去，用空一行来分段。`)
  if (/\*\*[^*\n]+\*\*|^#{1,6}\s/m.test(body)) notes.push('正文里的 ** 或 # 不会变成加粗或标题，居民会原样看到。要强调的内容可以单独成段。')
  return notes
}

/** The file types the server accepts on a notice (it checks the content, not the name). */
const ACCEPTED = /\.(pdf|jpe?g|png)$/i

/**
 * Why a picked file cannot be attached, before it is sent, or null when it may be.
 * @example attachmentProblem({ name: '表.xlsx', size: 2048 }) // '只能添加 PDF 文件或 JPG、PNG 图片；表格请先另存为 PDF'
 */
export function attachmentProblem(file: { name?: string; size?: number }): string | null {
  if (file.name && !ACCEPTED.test(file.name)) return '只能添加 PDF 文件或 JPG、PNG 图片；表格请先另存为 PDF'
  if (file.size !== undefined && file.size > UPLOAD_MAX_BYTES) return `文件不能超过 ${UPLOAD_MAX_BYTES / 1024 / 1024} MB，这个文件有 ${formatFileSize(file.size)}`
  return null
}

/**
 * An attachment's type and size, as the list shows them beside its name.
 * @example attachmentFacts({ mimeType: 'application/pdf', size: 245_760 }) // 'PDF · 240 KB'
 */
export function attachmentFacts(file: { mimeType: string; size: number }): string {
  return `${ATTACHMENT_KIND_LABELS[attachmentKind(file.mimeType)]} · ${formatFileSize(file.size)}`
}
