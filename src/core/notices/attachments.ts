/** What kind of file an attachment is, as residents name it. */
export type AttachmentKind = 'pdf' | 'word' | 'image' | 'other'

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  pdf: 'PDF',
  word: 'Word',
  image: '图片',
  other: '文件'
}

const WORD_TYPES = new Set([
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
])

/**
 * The kind of an attachment, from its MIME type.
 * @example attachmentKind('application/pdf') // 'pdf'
 * @example attachmentKind('image/jpeg') // 'image'
 */
export function attachmentKind(mimeType: string): AttachmentKind {
  const type = mimeType.toLowerCase().split(';')[0].trim()
  if (type === 'application/pdf') return 'pdf'
  if (WORD_TYPES.has(type)) return 'word'
  if (type.startsWith('image/')) return 'image'
  return 'other'
}

/**
 * A file size as residents read it: bytes under 1 KB, whole KB under 1 MB, MB with one decimal.
 * @example formatFileSize(532) // '532 B'
 * @example formatFileSize(245_760) // '240 KB'
 * @example formatFileSize(1_572_864) // '1.5 MB'
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
