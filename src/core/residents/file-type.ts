/** The file types residents may attach: photos and PDF documents. */
export type AttachmentType = 'image/jpeg' | 'image/png' | 'application/pdf'

const SIGNATURES: { type: AttachmentType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }
]

/**
 * The type of a file from its first bytes, whatever its name says; undefined for anything else (a
 * program renamed to .jpg stays a program).
 * @example detectAttachmentType(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])) // 'application/pdf'
 */
export function detectAttachmentType(head: Uint8Array): AttachmentType | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => head[i] === b))?.type
}
