import type { ContentTimeliness, HotTopic } from '@/core/notices/renewal'
import type { ReviewState } from '@/core/notices/review'
import type { BodyFormat, SanitizedHtml } from '@/core/notices/rich-body'
import type { DepartmentEditBody, GuideDraftBody, LeaderEditBody, NoticeDraftBody, ReceptionBody, StaffDepartment, StaffReception } from '@/core/schemas/publishing'
import type { Queryable } from '../db/db'
import { asBuffer, type StoredFile } from './files'

/** Notices as their authors and reviewers see them, in every state, with the review history. */

export interface StaffNoticeRow {
  id: number
  title: string
  category: string
  departmentId: number
  department: string
  /** The department's key (staff accounts carry it); null when none was set. */
  departmentKey: string | null
  timeliness: 'fixed' | 'periodic' | 'adhoc'
  status: ReviewState
  publishedAt: string | null
  scheduledAt: string | null
  updatedAt: string
  body: string
  bodyFormat: BodyFormat
  decisionDate: string | null
  renewalDate: string | null
  commentUntil: string | null
}

export interface ReviewStepRow {
  action: string
  from: ReviewState | null
  to: ReviewState
  actor: string
  actorName: string | null
  comment: string | null
  at: string
}

const COLUMNS = `n.id, n.title, n.category, n.department_id AS "departmentId", d.name AS department, d.key AS "departmentKey",
  n.timeliness, n.status, to_char(n.published_at, 'YYYY-MM-DD') AS "publishedAt",
  to_char(n.scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "scheduledAt",
  to_char(n.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt",
  n.body, n.body_format AS "bodyFormat", to_char(n.decision_date, 'YYYY-MM-DD') AS "decisionDate", to_char(n.renewal_date, 'YYYY-MM-DD') AS "renewalDate",
  to_char(n.comment_until, 'YYYY-MM-DD') AS "commentUntil"`

export interface NoticeFilter {
  statuses: readonly ReviewState[] | null
  /** Only notices of this department key; every department when null. */
  departmentKey: string | null
  page: number
  pageSize: number
}

/**
 * Where items under review live. Notices and guide drafts go through the same review, so they are
 * listed, found and traced by the same queries; these are table and column names, never input.
 */
interface ReviewedTable {
  /** The table, aliased as `alias` in `columns`; its rows have status, department_id and updated_at. */
  table: string
  alias: string
  columns: string
  /** The table of review steps, and its column naming the item. */
  reviews: string
  reviewOf: string
}

const NOTICES: ReviewedTable = { table: 'notices', alias: 'n', columns: COLUMNS, reviews: 'notice_reviews', reviewOf: 'notice_id' }

/** Items in the given states (all when null), newest change first, with the total. */
async function listUnderReview<Row>(db: Queryable, t: ReviewedTable, f: NoticeFilter): Promise<{ items: Omit<Row & { total: number | string }, 'total'>[]; total: number }> {
  const rows = await db.query<Row & { total: number | string }>(
    `SELECT ${t.columns}, count(*) OVER () AS total FROM ${t.table} ${t.alias} JOIN departments d ON d.id = ${t.alias}.department_id
      WHERE ($1::text[] IS NULL OR ${t.alias}.status = ANY($1::text[])) AND ($2::text IS NULL OR d.key = $2::text)
      ORDER BY ${t.alias}.updated_at DESC, ${t.alias}.id DESC LIMIT $3 OFFSET $4`,
    [f.statuses, f.departmentKey, f.pageSize, (f.page - 1) * f.pageSize]
  )
  return { items: rows.map(({ total: _total, ...r }) => r), total: Number(rows[0]?.total ?? 0) }
}

/** One item with its department; `lock` takes a row lock on the item (inside a transaction). */
async function findUnderReview<Row>(db: Queryable, t: ReviewedTable, id: number, lock: boolean): Promise<Row | undefined> {
  const [row] = await db.query<Row>(
    `SELECT ${t.columns} FROM ${t.table} ${t.alias} JOIN departments d ON d.id = ${t.alias}.department_id WHERE ${t.alias}.id = $1 ${lock ? `FOR UPDATE OF ${t.alias}` : ''}`,
    [id]
  )
  return row
}

/** An item's review steps in the order they were taken, with the names of the staff who took them. */
async function reviewHistory(db: Queryable, t: ReviewedTable, id: number): Promise<ReviewStepRow[]> {
  return db.query<ReviewStepRow>(
    `SELECT r.action, r.from_status AS "from", r.to_status AS "to", r.actor, s.name AS "actorName", r.comment,
            to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
       FROM ${t.reviews} r LEFT JOIN staff_accounts s ON r.actor = 'staff:' || s.id
      WHERE r.${t.reviewOf} = $1 ORDER BY r.id`,
    [id]
  )
}

/** Notices in the given states (all when null), newest change first, with the total. */
export async function listStaffNotices(db: Queryable, f: NoticeFilter): Promise<{ items: StaffNoticeRow[]; total: number }> {
  return listUnderReview<StaffNoticeRow>(db, NOTICES, f)
}

export async function findStaffNotice(db: Queryable, id: number, lock = false): Promise<StaffNoticeRow | undefined> {
  return findUnderReview<StaffNoticeRow>(db, NOTICES, id, lock)
}

export async function noticeHistory(db: Queryable, id: number): Promise<ReviewStepRow[]> {
  return reviewHistory(db, NOTICES, id)
}

export async function noticeAttachments(db: Queryable, id: number): Promise<{ id: number; name: string; mimeType: string; size: number }[]> {
  return db.query('SELECT id, name, mime_type AS "mimeType", size FROM attachments WHERE notice_id = $1 ORDER BY sort_order, id', [id])
}

export async function findDepartment(db: Queryable, id: number): Promise<{ id: number; name: string; key: string | null } | undefined> {
  const [row] = await db.query<{ id: number; name: string; key: string | null }>('SELECT id, name, key FROM departments WHERE id = $1', [id])
  return row
}

/**
 * A notice draft as it is stored: a plain body as typed, or a rich body as the server's sanitiser
 * wrote it (`SanitizedHtml`, which only server/http/rich-body.ts makes) with its words for search.
 */
export type StoredNoticeDraft = Omit<NoticeDraftBody, 'body' | 'bodyFormat'> &
  ({ bodyFormat: 'text'; body: string; bodyText: null } | { bodyFormat: 'html'; body: SanitizedHtml; bodyText: string })

const draftParams = (d: StoredNoticeDraft) => [d.title, d.category, d.departmentId, d.timeliness, d.body, d.decisionDate, d.renewalDate, d.commentUntil, d.bodyFormat, d.bodyText]

/** A new draft; its creation is the first step of its history. */
export async function insertNoticeDraft(tx: Queryable, d: StoredNoticeDraft, actor: string): Promise<number> {
  const [{ id }] = await tx.query<{ id: number }>(
    `INSERT INTO notices (title, category, department_id, timeliness, body, decision_date, renewal_date, comment_until, body_format, body_text, status, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', NULL) RETURNING id`,
    draftParams(d)
  )
  await insertReviewStep(tx, id, { action: 'create', from: null, to: 'draft', actor, comment: null })
  return id
}

export async function updateNoticeDraft(tx: Queryable, id: number, d: StoredNoticeDraft): Promise<void> {
  await tx.query(
    `UPDATE notices SET title = $1, category = $2, department_id = $3, timeliness = $4, body = $5, decision_date = $6,
            renewal_date = $7, comment_until = $8, body_format = $9, body_text = $10, updated_at = now() WHERE id = $11`,
    [...draftParams(d), id]
  )
}

export async function insertReviewStep(
  tx: Queryable,
  noticeId: number,
  s: { action: string; from: ReviewState | null; to: ReviewState; actor: string; comment: string | null }
): Promise<void> {
  await tx.query('INSERT INTO notice_reviews (notice_id, action, from_status, to_status, actor, comment) VALUES ($1, $2, $3, $4, $5, $6)', [
    noticeId,
    s.action,
    s.from,
    s.to,
    s.actor,
    s.comment
  ])
}

/** Moves a notice to `to`; publishing dates it `publishedOn`, scheduling keeps it approved with a time. */
export async function setNoticeStatus(tx: Queryable, id: number, to: ReviewState, publishedOn: string | null, scheduledAt: string | null): Promise<void> {
  await tx.query(
    `UPDATE notices SET status = $2, published_at = CASE WHEN $2 = 'published' THEN $3::date ELSE published_at END,
            scheduled_at = $4::timestamptz, updated_at = now() WHERE id = $1`,
    [id, to, publishedOn, scheduledAt]
  )
}

/**
 * Publishes the approved notices whose time has come (one statement, so two servers on one
 * PostgreSQL database cannot publish a notice twice) and records the step; answers their ids.
 */
export async function publishDueNotices(tx: Queryable, now: Date, today: string): Promise<number[]> {
  const rows = await tx.query<{ id: number }>(
    `WITH due AS (
       UPDATE notices SET status = 'published', published_at = $2::date, scheduled_at = NULL, updated_at = now()
        WHERE status = 'approved' AND scheduled_at <= $1::timestamptz RETURNING id
     ), recorded AS (
       INSERT INTO notice_reviews (notice_id, action, from_status, to_status, actor, comment)
       SELECT id, 'publish', 'approved', 'published', 'system', '定时发布' FROM due
     )
     SELECT id FROM due ORDER BY id`,
    [now.toISOString(), today]
  )
  return rows.map((r) => r.id)
}

export async function insertNoticeAttachment(tx: Queryable, noticeId: number, file: { name: string; mimeType: string; content: Buffer }): Promise<number> {
  const [{ id }] = await tx.query<{ id: number }>(
    `INSERT INTO attachments (notice_id, name, mime_type, size, content, sort_order)
     VALUES ($1, $2, $3, $4, $5, (SELECT coalesce(max(sort_order), 0) + 1 FROM attachments WHERE notice_id = $1)) RETURNING id`,
    [noticeId, file.name, file.mimeType, file.content.length, file.content]
  )
  return id
}

export async function deleteNoticeAttachment(tx: Queryable, noticeId: number, attachmentId: number): Promise<boolean> {
  const rows = await tx.query('DELETE FROM attachments WHERE id = $1 AND notice_id = $2 RETURNING id', [attachmentId, noticeId])
  return rows.length > 0
}

/** An attachment of a notice in any state (staff read drafts' files too). */
export async function findNoticeAttachment(db: Queryable, noticeId: number, attachmentId: number): Promise<StoredFile | undefined> {
  const [row] = await db.query<{ name: string; mime_type: string; content: Uint8Array }>(
    'SELECT name, mime_type, content FROM attachments WHERE id = $1 AND notice_id = $2',
    [attachmentId, noticeId]
  )
  return row ? { name: row.name, mimeType: row.mime_type, content: asBuffer(row.content) } : undefined
}

/** What the timeliness board reads of the notices: all but drafts never submitted and withdrawn ones. */
export async function timelinessContent(db: Queryable, departmentKey: string | null): Promise<ContentTimeliness[]> {
  return db.query<ContentTimeliness>(
    `SELECT n.id, n.title, d.name AS department, n.timeliness, n.status, to_char(n.published_at, 'YYYY-MM-DD') AS "publishedAt",
            to_char(n.renewal_date, 'YYYY-MM-DD') AS "renewalDate", to_char(n.decision_date, 'YYYY-MM-DD') AS "decisionDate"
       FROM notices n JOIN departments d ON d.id = n.department_id
      WHERE n.status <> 'withdrawn' AND ($1::text IS NULL OR d.key = $1::text)
      ORDER BY n.id`,
    [departmentKey]
  )
}

/**
 * The hot issues residents raised (意见建议) that are still unanswered: the office answers them
 * publicly within a week. Withdrawn and refused ones are not read.
 */
export async function unansweredHotTopics(db: Queryable, departmentKey: string | null): Promise<HotTopic[]> {
  return db.query<HotTopic>(
    `SELECT c.tracking_no AS "trackingNo", c.title, c.department, to_char(c.received_on, 'YYYY-MM-DD') AS "receivedOn", NULL AS "answeredOn"
       FROM cases c
      WHERE c.kind = 'suggestion' AND ($1::text IS NULL OR c.department = $1::text)
        AND NOT EXISTS (SELECT 1 FROM case_events w WHERE w.case_id = c.id AND w.type IN ('replied', 'withdrawn', 'not_accepted'))
      ORDER BY c.id`,
    [departmentKey]
  )
}

/* Contacts and reception days as the workbench edits them; each change is public once committed. */

export async function listDepartmentsForStaff(db: Queryable): Promise<StaffDepartment[]> {
  return db.query<StaffDepartment>('SELECT id, name, key, duties, phone, address, hours FROM departments ORDER BY sort_order, id')
}

/** Replaces a department's details; answers the row before the change, undefined when there is none. */
export async function updateDepartment(tx: Queryable, id: number, d: DepartmentEditBody): Promise<StaffDepartment | undefined> {
  const [before] = await tx.query<StaffDepartment>('SELECT id, name, key, duties, phone, address, hours FROM departments WHERE id = $1 FOR UPDATE', [id])
  if (!before) return undefined
  await tx.query('UPDATE departments SET name = $2, key = $3, duties = $4, phone = $5, address = $6, hours = $7 WHERE id = $1', [
    id,
    d.name,
    d.key,
    d.duties,
    d.phone,
    d.address,
    d.hours
  ])
  return before
}

export async function updateLeader(tx: Queryable, id: number, l: LeaderEditBody): Promise<LeaderEditBody | undefined> {
  const [before] = await tx.query<LeaderEditBody>('SELECT name, post, duties, phone FROM leaders WHERE id = $1 FOR UPDATE', [id])
  if (!before) return undefined
  await tx.query('UPDATE leaders SET name = $2, post = $3, duties = $4, phone = $5 WHERE id = $1', [id, l.name, l.post, l.duties, l.phone])
  return before
}

const RECEPTION_COLUMNS = `r.id, r.leader_id AS "leaderId", l.name AS "leaderName", r.schedule, r.place, r.topics, r.sort_order AS "sortOrder"`

export async function listReceptionsForStaff(db: Queryable): Promise<StaffReception[]> {
  return db.query<StaffReception>(`SELECT ${RECEPTION_COLUMNS} FROM receptions r JOIN leaders l ON l.id = r.leader_id ORDER BY r.sort_order, r.id`)
}

export async function findReception(db: Queryable, id: number): Promise<StaffReception | undefined> {
  const [row] = await db.query<StaffReception>(`SELECT ${RECEPTION_COLUMNS} FROM receptions r JOIN leaders l ON l.id = r.leader_id WHERE r.id = $1`, [id])
  return row
}

export async function leaderExists(db: Queryable, id: number): Promise<boolean> {
  return (await db.query('SELECT 1 FROM leaders WHERE id = $1', [id])).length > 0
}

export async function insertReception(tx: Queryable, r: ReceptionBody): Promise<number> {
  const [{ id }] = await tx.query<{ id: number }>(
    'INSERT INTO receptions (leader_id, schedule, place, topics, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [r.leaderId, r.schedule, r.place, r.topics, r.sortOrder]
  )
  return id
}

export async function updateReception(tx: Queryable, id: number, r: ReceptionBody): Promise<boolean> {
  const rows = await tx.query('UPDATE receptions SET leader_id = $2, schedule = $3, place = $4, topics = $5, sort_order = $6 WHERE id = $1 RETURNING id', [
    id,
    r.leaderId,
    r.schedule,
    r.place,
    r.topics,
    r.sortOrder
  ])
  return rows.length > 0
}

export async function deleteReception(tx: Queryable, id: number): Promise<boolean> {
  return (await tx.query('DELETE FROM receptions WHERE id = $1 RETURNING id', [id])).length > 0
}

/** Replaces one office setting (a hotline); answers the value before. */
export async function saveOfficeSetting(tx: Queryable, key: string, value: object): Promise<unknown> {
  const [before] = await tx.query<{ value: unknown }>('SELECT value FROM office_settings WHERE key = $1 FOR UPDATE', [key])
  await tx.query('INSERT INTO office_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, JSON.stringify(value)])
  return before?.value ?? null
}

/* Service guide drafts: written to the public guides table only when published. */

export interface GuideDraftRow {
  id: number
  guideId: number | null
  status: ReviewState
  departmentId: number
  department: string
  departmentKey: string | null
  /** `body` is missing from drafts saved before guides had one. */
  content: Omit<GuideDraftBody, 'body'> & { body?: string }
  scheduledAt: string | null
  updatedAt: string
}

const GUIDE_COLUMNS = `g.id, g.guide_id AS "guideId", g.status, g.department_id AS "departmentId", d.name AS department, d.key AS "departmentKey",
  g.content, to_char(g.scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "scheduledAt",
  to_char(g.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"`

const GUIDE_DRAFTS: ReviewedTable = { table: 'guide_drafts', alias: 'g', columns: GUIDE_COLUMNS, reviews: 'guide_reviews', reviewOf: 'draft_id' }

export async function listGuideDrafts(db: Queryable, f: NoticeFilter): Promise<{ items: GuideDraftRow[]; total: number }> {
  return listUnderReview<GuideDraftRow>(db, GUIDE_DRAFTS, f)
}

export async function findGuideDraft(db: Queryable, id: number, lock = false): Promise<GuideDraftRow | undefined> {
  return findUnderReview<GuideDraftRow>(db, GUIDE_DRAFTS, id, lock)
}

export async function guideHistory(db: Queryable, id: number): Promise<ReviewStepRow[]> {
  return reviewHistory(db, GUIDE_DRAFTS, id)
}

export async function guideExists(db: Queryable, guideId: number): Promise<boolean> {
  return (await db.query('SELECT 1 FROM guides WHERE id = $1', [guideId])).length > 0
}

/** A guide draft as it is stored: its body (办事须知) as the server's sanitiser wrote it. */
export type StoredGuideDraft = Omit<GuideDraftBody, 'body'> & { body: SanitizedHtml }

export async function insertGuideDraft(tx: Queryable, g: StoredGuideDraft, actor: string): Promise<number> {
  const { revises, ...content } = g
  const [{ id }] = await tx.query<{ id: number }>('INSERT INTO guide_drafts (guide_id, department_id, content) VALUES ($1, $2, $3::jsonb) RETURNING id', [
    revises,
    g.departmentId,
    JSON.stringify(content)
  ])
  await insertGuideReviewStep(tx, id, { action: 'create', from: null, to: 'draft', actor, comment: null })
  return id
}

export async function updateGuideDraft(tx: Queryable, id: number, g: StoredGuideDraft): Promise<void> {
  const { revises: _revises, ...content } = g
  await tx.query('UPDATE guide_drafts SET department_id = $2, content = $3::jsonb, updated_at = now() WHERE id = $1', [id, g.departmentId, JSON.stringify(content)])
}

export async function insertGuideReviewStep(
  tx: Queryable,
  draftId: number,
  s: { action: string; from: ReviewState | null; to: ReviewState; actor: string; comment: string | null }
): Promise<void> {
  await tx.query('INSERT INTO guide_reviews (draft_id, action, from_status, to_status, actor, comment) VALUES ($1, $2, $3, $4, $5, $6)', [
    draftId,
    s.action,
    s.from,
    s.to,
    s.actor,
    s.comment
  ])
}

/** Writes a draft into the public guides table (a new guide, or over the one it revises). */
async function publishGuideContent(tx: Queryable, draft: GuideDraftRow): Promise<number> {
  const c = draft.content
  const values = [
    c.name,
    c.summary,
    c.topic,
    draft.departmentId,
    JSON.stringify(c.legalBasis),
    JSON.stringify(c.procedure),
    JSON.stringify(c.materials),
    c.statutoryLimit,
    c.promisedLimit,
    c.feeStandard,
    c.feeBasis,
    // Drafts saved before guides had a body have none.
    c.body ?? ''
  ]
  if (draft.guideId !== null) {
    const updated = await tx.query<{ id: number }>(
      `UPDATE guides SET name = $2, summary = $3, topic = $4, department_id = $5, legal_basis = $6::jsonb, procedure = $7::jsonb,
              materials = $8::jsonb, statutory_limit = $9, promised_limit = $10, fee_standard = $11, fee_basis = $12, body = $13 WHERE id = $1 RETURNING id`,
      [draft.guideId, ...values]
    )
    if (updated[0]) return updated[0].id
  }
  const [{ id }] = await tx.query<{ id: number }>(
    `INSERT INTO guides (name, summary, topic, department_id, legal_basis, procedure, materials, statutory_limit, promised_limit, fee_standard, fee_basis, body)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8, $9, $10, $11, $12) RETURNING id`,
    values
  )
  return id
}

/**
 * Moves a guide draft to `to`: publishing writes it to the public guides table, and the earlier
 * published version of the same guide is marked withdrawn (superseded); withdrawing removes it.
 */
export async function setGuideDraftStatus(tx: Queryable, draft: GuideDraftRow, to: ReviewState, scheduledAt: string | null): Promise<void> {
  let guideId = draft.guideId
  if (to === 'published') {
    guideId = await publishGuideContent(tx, draft)
    const superseded = await tx.query<{ id: number; status: ReviewState }>(
      `UPDATE guide_drafts o SET guide_id = NULL, status = CASE WHEN o.status = 'published' THEN 'withdrawn' ELSE o.status END, updated_at = now()
        FROM guide_drafts p WHERE p.id = o.id AND o.guide_id = $1 AND o.id <> $2 RETURNING o.id, p.status`,
      [guideId, draft.id]
    )
    for (const s of superseded.filter((o) => o.status === 'published')) {
      await insertGuideReviewStep(tx, s.id, { action: 'supersede', from: 'published', to: 'withdrawn', actor: 'system', comment: `已由新版本（草稿 ${draft.id}）替换` })
    }
  }
  if (to === 'withdrawn' && guideId !== null) {
    await tx.query('DELETE FROM guides WHERE id = $1', [guideId])
    guideId = null
  }
  await tx.query('UPDATE guide_drafts SET status = $2, guide_id = $3, scheduled_at = $4::timestamptz, updated_at = now() WHERE id = $1', [draft.id, to, guideId, scheduledAt])
}

/** The approved guide drafts whose publication time has come, locked for publishing. */
export async function dueGuideDrafts(tx: Queryable, now: Date): Promise<GuideDraftRow[]> {
  return tx.query<GuideDraftRow>(
    `SELECT ${GUIDE_COLUMNS} FROM guide_drafts g JOIN departments d ON d.id = g.department_id
      WHERE g.status = 'approved' AND g.scheduled_at <= $1::timestamptz ORDER BY g.id FOR UPDATE OF g SKIP LOCKED`,
    [now.toISOString()]
  )
}
