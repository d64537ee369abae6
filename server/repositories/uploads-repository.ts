import type { Queryable } from '../db/db'

/** Files residents upload for their cases, kept in the database with their owner. */

export interface UploadMeta {
  id: string
  name: string
  contentType: string
  size: number
}

export async function insertUpload(db: Queryable, accountId: number, upload: UploadMeta, bytes: Buffer): Promise<void> {
  await db.query('INSERT INTO uploads (id, account_id, name, content_type, size, bytes) VALUES ($1, $2, $3, $4, $5, $6)', [
    upload.id,
    accountId,
    upload.name,
    upload.contentType,
    upload.size,
    bytes
  ])
}

/** The uploads among `ids` that belong to the account. */
export async function findOwnUploads(db: Queryable, accountId: number, ids: readonly string[]): Promise<UploadMeta[]> {
  if (ids.length === 0) return []
  return db.query<UploadMeta>(
    `SELECT id, name, content_type AS "contentType", size FROM uploads WHERE account_id = $1 AND id = ANY($2::text[])`,
    [accountId, ids]
  )
}

/** Uploads by id, whoever owns them (attachments of a case the viewer may already see). */
export async function findUploads(db: Queryable, ids: readonly string[]): Promise<UploadMeta[]> {
  if (ids.length === 0) return []
  return db.query<UploadMeta>(`SELECT id, name, content_type AS "contentType", size FROM uploads WHERE id = ANY($1::text[])`, [ids])
}

/** An upload's content, when it belongs to the account. */
export async function findOwnUploadContent(db: Queryable, accountId: number, id: string): Promise<(UploadMeta & { bytes: Buffer }) | undefined> {
  const rows = await db.query<UploadMeta & { bytes: Uint8Array }>(
    `SELECT id, name, content_type AS "contentType", size, bytes FROM uploads WHERE account_id = $1 AND id = $2`,
    [accountId, id]
  )
  return rows[0] ? { ...rows[0], bytes: Buffer.from(rows[0].bytes) } : undefined
}
