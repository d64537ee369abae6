/** A file kept in the database: an attachment or a leader's photo. */
export interface StoredFile {
  name: string
  mimeType: string
  content: Buffer
}

/** bytea arrives as a Buffer from node-postgres and as a Uint8Array from PGlite; callers get a Buffer. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
