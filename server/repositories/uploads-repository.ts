import type { Queryable } from '../db/db'

/** Files residents upload for their cases, kept in the database with their owner. */

export interface UploadMeta {
  id: string
  name: string
  contentType: string
  size: number
}

export async function insertUpload(db: Queryable, accountId: number, upload: UploadMeta, bytes: Buffer, at: Date): Promise<void> {
  await db.query('INSERT INTO uploads (id, account_id, name, content_type, size, bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    upload.id,
    accountId,
    upload.name,
    upload.contentType,
    upload.size,
    bytes,
    at
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

/** An upload's content, when the viewer uploaded it or it is attached to an event of a case they may see. */
export async function findVisibleUploadContent(
  db: Queryable,
  viewer: { id: number; phone: string | null },
  id: string
): Promise<(UploadMeta & { bytes: Buffer }) | undefined> {
  const rows = await db.query<UploadMeta & { bytes: Uint8Array }>(
    `SELECT u.id, u.name, u.content_type AS "contentType", u.size, u.bytes FROM uploads u
     WHERE u.id = $2 AND (u.account_id = $1 OR EXISTS (
       SELECT 1 FROM case_events e JOIN cases c ON c.id = e.case_id
       WHERE e.data -> 'attachments' ? u.id
         AND (c.account_id = $1 OR (c.account_id IS NULL AND $3::text IS NOT NULL AND c.phone = $3::text))))`,
    [viewer.id, id, viewer.phone]
  )
  return rows[0] ? { ...rows[0], bytes: Buffer.from(rows[0].bytes) } : undefined
}

/** Stores a file staff upload for a reply to one case. */
export async function insertStaffUpload(db: Queryable, actor: string, caseId: number, upload: UploadMeta, bytes: Buffer, at: Date): Promise<void> {
  await db.query(
    'INSERT INTO uploads (id, account_id, uploaded_by, case_id, name, content_type, size, bytes, created_at) VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8)',
    [upload.id, actor, caseId, upload.name, upload.contentType, upload.size, bytes, at]
  )
}

/** The uploads among `ids` that staff made for the case: the only files its reply may attach. */
export async function findStaffUploads(db: Queryable, caseId: number, ids: readonly string[]): Promise<UploadMeta[]> {
  if (ids.length === 0) return []
  return db.query<UploadMeta>(
    `SELECT id, name, content_type AS "contentType", size FROM uploads WHERE account_id IS NULL AND case_id = $1 AND id = ANY($2::text[])`,
    [caseId, ids]
  )
}

/**
 * Removes the uploads made before `before` that no case refers to (in its body or any event's
 * attachments): files a resident or an official uploaded and never used. Answers how many went.
 */
export async function removeUnattachedUploads(db: Queryable, before: Date): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `DELETE FROM uploads u
     WHERE u.created_at < $1
       AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.body -> 'attachments' ? u.id)
       AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.data -> 'attachments' ? u.id)
     RETURNING u.id`,
    [before]
  )
  return rows.length
}

/** What an account has uploaded in the 24 hours before `now` and keeps in all: what the limits read. */
export async function uploadStatsOf(db: Queryable, accountId: number, now: Date): Promise<{ uploadedToday: number; storedBytes: number }> {
  const [row] = await db.query<{ today: number | string; bytes: number | string }>(
    `SELECT count(*) FILTER (WHERE created_at > $2::timestamptz - interval '1 day') AS today, coalesce(sum(size), 0) AS bytes
     FROM uploads WHERE account_id = $1`,
    [accountId, now]
  )
  return { uploadedToday: Number(row.today), storedBytes: Number(row.bytes) }
}
