import { categoryWithDescendants, type CategoryId } from '@/core/notices/catalogue'
import { excerptAround, openingExcerpt, OPENING_LENGTH } from '@/core/notices/excerpt'
import type { BodyFormat } from '@/core/notices/rich-body'
import { containsPattern, searchableKeywords } from '@/core/notices/search'
import type { Timeliness } from '@/core/notices/timeliness'
import type { Page } from '@/core/schemas/common'
import type { Attachment, NoticeDetail, NoticeListQuery, NoticeSummary } from '@/core/schemas/notices'
import type { Queryable } from '../db/db'
import { asBuffer, type StoredFile } from './files'
import { isSerialId } from './ids'
import { contentLinks } from './links'

/**
 * Notices as residents see them: only published ones, newest first, and for a search the best match
 * first. Every answer is one query (two for a page past the end of a list, to still give the total).
 */

interface SummaryRow {
  id: number
  title: string
  category: CategoryId
  department: string
  published_at: string
  timeliness: Timeliness
  attachment_count: number
  /** The body's words: the plain body, or the words of a rich one (notices.body_text). */
  text: string
  total: number
}

interface DetailRow extends Omit<SummaryRow, 'total'> {
  body: string
  body_format: BodyFormat
  comment_until: string | null
  attachments: { id: number; name: string; mimeType: string; size: number }[]
}

/**
 * The words of a notice's body: a rich body's words are kept beside it (notices.body_text), so that
 * search, ranking and excerpts never read its tags or link addresses; a plain body is its own text.
 */
const BODY_TEXT = 'coalesce(n.body_text, n.body)'

/** A WHERE clause and its parameters, numbered from $1. */
interface Filter {
  where: string
  params: unknown[]
  keywords: string[]
}

function filterOf(query: Pick<NoticeListQuery, 'category' | 'q'>): Filter {
  const conditions = ["n.status = 'published'"]
  const params: unknown[] = []
  if (query.category) {
    params.push(categoryWithDescendants(query.category))
    conditions.push(`n.category = ANY($${params.length}::text[])`)
  }
  const keywords = searchableKeywords(query.q)
  for (const keyword of keywords) {
    params.push(containsPattern(keyword))
    const p = `lower($${params.length}::text)`
    conditions.push(`(lower(n.title) LIKE ${p} ESCAPE '\\' OR lower(${BODY_TEXT}) LIKE ${p} ESCAPE '\\')`)
  }
  return { where: conditions.join(' AND '), params, keywords }
}

/**
 * Search results rank by the number of keywords in the title, then by how often the keywords occur in
 * title and body together, then newest first; `first` is the number of the first keyword parameter.
 */
function searchOrder(keywords: string[], first: number): string {
  const inTitle = keywords.map((_, i) => `(strpos(lower(n.title), lower($${first + i}::text)) > 0)::int`).join(' + ')
  const occurrences = keywords
    .map((_, i) => {
      const k = `lower($${first + i}::text)`
      const text = `lower(n.title || ' ' || ${BODY_TEXT})`
      return `(char_length(${text}) - char_length(replace(${text}, ${k}, ''))) / char_length(${k})`
    })
    .join(' + ')
  return `${inTitle} DESC, ${occurrences} DESC, n.published_at DESC, n.id DESC`
}

const SUMMARY_COLUMNS = `
  n.id, n.title, n.category, d.name AS department, n.published_at::text AS published_at, n.timeliness,
  (SELECT count(*)::int FROM attachments a WHERE a.notice_id = n.id) AS attachment_count`

export async function listNotices(db: Queryable, query: NoticeListQuery): Promise<Page<NoticeSummary>> {
  const filter = filterOf(query)
  const params = [...filter.params]
  const keywordParams = filter.keywords.map((k) => {
    params.push(k)
    return params.length
  })
  const order = filter.keywords.length > 0 ? searchOrder(filter.keywords, keywordParams[0]) : 'n.published_at DESC, n.id DESC'
  // Without a search only the opening is shown, so the rest of a long body stays in the database.
  const text = filter.keywords.length > 0 ? BODY_TEXT : `left(${BODY_TEXT}, ${OPENING_LENGTH * 2})`
  params.push(query.pageSize, (query.page - 1) * query.pageSize)
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS}, ${text} AS text, count(*) OVER ()::int AS total
       FROM notices n JOIN departments d ON d.id = n.department_id
      WHERE ${filter.where}
      ORDER BY ${order}
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params
  )
  const total = rows.length > 0 || query.page === 1 ? (rows[0]?.total ?? 0) : await countNotices(db, filter)
  return {
    items: rows.map((row) => summaryOf(row, filter.keywords)),
    total,
    page: query.page,
    pageSize: query.pageSize
  }
}

async function countNotices(db: Queryable, filter: Filter): Promise<number> {
  const [row] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM notices n WHERE ${filter.where}`, filter.params)
  return row.total
}

function summaryOf(row: Omit<SummaryRow, 'total'>, keywords: string[]): NoticeSummary {
  return {
    id: row.id,
    title: row.title,
    category: row.category,
    department: row.department,
    publishedAt: row.published_at,
    timeliness: row.timeliness,
    attachmentCount: row.attachment_count,
    excerpt: keywords.length > 0 ? excerptAround(row.text, keywords) : openingExcerpt(row.text)
  }
}

/** A published notice with its attachments (their bytes stay in the database), or null. */
export async function findNotice(db: Queryable, id: number): Promise<NoticeDetail | null> {
  if (!isSerialId(id)) return null
  const [row] = await db.query<DetailRow>(
    `SELECT ${SUMMARY_COLUMNS}, n.body, n.body_format, ${BODY_TEXT} AS text, n.comment_until::text AS comment_until,
            coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', a.name, 'mimeType', a.mime_type, 'size', a.size)
                                      ORDER BY a.sort_order, a.id)
                        FROM attachments a WHERE a.notice_id = n.id), '[]'::json) AS attachments
       FROM notices n JOIN departments d ON d.id = n.department_id
      WHERE n.id = $1 AND n.status = 'published'`,
    [id]
  )
  if (!row) return null
  const attachments: Attachment[] = row.attachments.map((a) => ({ ...a, url: contentLinks.attachment(a.id) }))
  return { ...summaryOf(row, []), body: row.body, bodyFormat: row.body_format, attachments, commentUntil: row.comment_until }
}

/** An attachment of a published notice, with its bytes, or null. */
export async function findAttachmentFile(db: Queryable, id: number): Promise<StoredFile | null> {
  if (!isSerialId(id)) return null
  const [row] = await db.query<{ name: string; mime_type: string; content: Uint8Array }>(
    `SELECT a.name, a.mime_type, a.content
       FROM attachments a JOIN notices n ON n.id = a.notice_id
      WHERE a.id = $1 AND n.status = 'published'`,
    [id]
  )
  return row ? { name: row.name, mimeType: row.mime_type, content: asBuffer(row.content) } : null
}
