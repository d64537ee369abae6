import type { AttachmentType } from './file-type'

/**
 * What one resident may keep uploading: a bound on files that cost the office storage and the
 * embedded database's event loop. Each upload is at most UPLOAD_MAX_BYTES (10 MB, schemas/cases.ts).
 */
export const UPLOAD_LIMITS = {
  /** Files one account may upload in any 24 hours. */
  perDay: 30,
  /** Bytes one account may keep stored, attached to cases or not. */
  quotaBytes: 100 * 1024 * 1024,
  /** Uploads of one account (or one official) in flight at once. */
  concurrentPerUploader: 2,
  /** Uploads in flight at once on the server, everyone's together. */
  concurrentTotal: 8,
  /** A file never attached to a case is removed this long after its upload. */
  unattachedKeptMs: 24 * 60 * 60_000
} as const

/** Why an upload is refused by the limits, as the resident is told it (a stable code with a Chinese message). */
export type UploadRefusal =
  | { status: 429; code: 'UPLOAD_DAILY_LIMIT'; message: string }
  | { status: 413; code: 'UPLOAD_QUOTA_EXCEEDED'; message: string }

/**
 * Whether an account that uploaded `uploadedToday` files in the last 24 hours and keeps `storedBytes`
 * may upload `size` more bytes; the refusal says which limit and what to do.
 * @example uploadRefusalOf({ uploadedToday: 30, storedBytes: 0 }, 1000)?.code // 'UPLOAD_DAILY_LIMIT'
 */
export function uploadRefusalOf(account: { uploadedToday: number; storedBytes: number }, size: number): UploadRefusal | undefined {
  if (account.uploadedToday >= UPLOAD_LIMITS.perDay) {
    return { status: 429, code: 'UPLOAD_DAILY_LIMIT', message: `24 小时内最多上传 ${UPLOAD_LIMITS.perDay} 个文件，请明天再试` }
  }
  if (account.storedBytes + size > UPLOAD_LIMITS.quotaBytes) {
    const mb = UPLOAD_LIMITS.quotaBytes / 1024 / 1024
    return {
      status: 413,
      code: 'UPLOAD_QUOTA_EXCEEDED',
      message: `每个账号最多保存 ${mb} MB 的文件，已经不够放下这个文件；没有用在事项里的文件一天后会自动删除，请明天再试`
    }
  }
  return undefined
}

/** What a client may declare a file part as; anything else (application/octet-stream) leaves the content to decide. */
const DECLARED: Record<string, AttachmentType> = {
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/png': 'image/png',
  'application/pdf': 'application/pdf'
}

const PICTURE_TYPES: readonly AttachmentType[] = ['image/jpeg', 'image/png']

/**
 * True when the type a client declared for a file disagrees with what its first bytes are: a PDF
 * sent as a picture, a PNG sent as a JPEG. Pictures the app shows stay pictures only.
 * @example declaredTypeMismatch('image/png', 'application/pdf') // true
 * @example declaredTypeMismatch('application/octet-stream', 'image/jpeg') // false
 */
export function declaredTypeMismatch(declared: string | undefined, detected: AttachmentType): boolean {
  const type = (declared ?? '').split(';')[0].trim().toLowerCase()
  if (type.startsWith('image/') && !PICTURE_TYPES.includes(detected)) return true
  const expected = DECLARED[type]
  return expected !== undefined && expected !== detected
}

/** Markers of another format a reader looks for near a file's start: a PDF header, HTML or SVG markup. */
const FOREIGN_MARKERS = ['%PDF-', '<html', '<script', '<svg', '<!doctype', '<iframe', '<body']

/**
 * True when a picture carries another format in its first kilobyte, where PDF readers look for their
 * header and browsers sniff for markup: a polyglot, which a picture the app shows must never be.
 * @example isPolyglotPicture(new TextEncoder().encode('\xff\xd8\xff%PDF-1.7'), 'image/jpeg') // true
 */
export function isPolyglotPicture(bytes: Uint8Array, type: AttachmentType): boolean {
  if (!PICTURE_TYPES.includes(type)) return false
  const head = Array.from(bytes.subarray(0, 1024), (b) => String.fromCharCode(b))
    .join('')
    .toLowerCase()
  return FOREIGN_MARKERS.some((marker) => head.includes(marker.toLowerCase()))
}
