import { ATTACHMENT_KIND_LABELS, attachmentKind, formatFileSize } from '@/core/notices/attachments'
import { allowedReviewActions } from '@/core/notices/review'
import type { StaffRole } from '@/core/schemas/staff'
import { UPLOAD_MAX_BYTES } from '@/core/schemas/cases'

/** The draft editor's decisions: who drafts and the files attached to it (the body's are in body-model.ts). */

/**
 * True when the person may write drafts (the roles that may edit a draft in the review table); a
 * leader reviews and publishes but does not draft.
 * @example canDraft(['leader']) // false
 * @example canDraft(['clerk']) // true
 */
export function canDraft(roles: readonly StaffRole[]): boolean {
  return allowedReviewActions('draft', roles).includes('edit')
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
