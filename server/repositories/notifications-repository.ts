import type { Queryable } from '../db/db'

/** A resident's notifications, newest first, with the unread count. */
export async function listNotifications(db: Queryable, accountId: number, page: number, pageSize: number) {
  const rows = await db.query<{ id: number; tracking_no: string | null; text: string; created_at: Date | string; read_at: unknown; total: number | string; unread: number | string }>(
    `SELECT n.id, c.tracking_no, n.text, n.created_at, n.read_at,
       count(*) OVER () AS total, count(*) FILTER (WHERE n.read_at IS NULL) OVER () AS unread
     FROM notifications n LEFT JOIN cases c ON c.id = n.case_id
     WHERE n.account_id = $1 ORDER BY n.id DESC LIMIT $2 OFFSET $3`,
    [accountId, pageSize, (page - 1) * pageSize]
  )
  const counts = rows[0] ? { total: Number(rows[0].total), unread: Number(rows[0].unread) } : await countNotifications(db, accountId)
  return {
    items: rows.map((r) => ({ id: r.id, trackingNo: r.tracking_no, text: r.text, createdAt: new Date(r.created_at).toISOString(), read: r.read_at !== null })),
    ...counts
  }
}

export async function countNotifications(db: Queryable, accountId: number): Promise<{ total: number; unread: number }> {
  const [row] = await db.query<{ total: number | string; unread: number | string }>(
    'SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notifications WHERE account_id = $1',
    [accountId]
  )
  return { total: Number(row.total), unread: Number(row.unread) }
}

/** Marks the given notifications of the account read, or all of them. */
export async function markNotificationsRead(db: Queryable, accountId: number, ids: readonly number[] | undefined, now: Date): Promise<void> {
  if (ids) {
    await db.query('UPDATE notifications SET read_at = $3 WHERE account_id = $1 AND id = ANY($2::int[]) AND read_at IS NULL', [accountId, ids, now.toISOString()])
  } else {
    await db.query('UPDATE notifications SET read_at = $2 WHERE account_id = $1 AND read_at IS NULL', [accountId, now.toISOString()])
  }
}
