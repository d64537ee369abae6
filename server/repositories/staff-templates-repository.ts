import type { ReplyTemplate } from '@/core/schemas/staff'
import type { Queryable } from '../db/db'

/** Reply templates the administrators edited; the defaults live in src/core/staff/templates.ts. */
export async function listReplyTemplates(db: Queryable): Promise<ReplyTemplate[]> {
  const rows = await db.query<{ kind: ReplyTemplate['kind']; outcome: ReplyTemplate['outcome']; body: string; updated_by: string; updated_at: Date | string }>(
    'SELECT kind, outcome, body, updated_by, updated_at FROM reply_templates ORDER BY kind, outcome'
  )
  return rows.map((r) => ({ kind: r.kind, outcome: r.outcome, body: r.body, updatedBy: r.updated_by, updatedAt: new Date(r.updated_at).toISOString() }))
}

/** The edited body of one template, or undefined while the office's starting text stands. */
export async function findReplyTemplateBody(db: Queryable, kind: string, outcome: string): Promise<string | undefined> {
  const [row] = await db.query<{ body: string }>('SELECT body FROM reply_templates WHERE kind = $1 AND outcome = $2', [kind, outcome])
  return row?.body
}

export async function saveReplyTemplate(db: Queryable, t: { kind: string; outcome: string; body: string }, by: string, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO reply_templates (kind, outcome, body, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (kind, outcome) DO UPDATE SET body = EXCLUDED.body, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [t.kind, t.outcome, t.body, by, at.toISOString()]
  )
}
