import { containsPattern, searchableKeywords } from '@/core/notices/search'
import type { GeoPoint, Page } from '@/core/schemas/common'
import type { GuideDetail, GuideListQuery, GuideSummary } from '@/core/schemas/guides'
import type { Queryable } from '../db/db'
import { isSerialId } from './ids'

/** Service guides (办事指南), grouped by topic; a search finds the keywords in name, summary or topic. */

interface SummaryRow {
  id: number
  name: string
  summary: string
  topic: string
  department_name: string
  promised_limit: string
  total: number
}

interface DetailRow extends Omit<SummaryRow, 'total'> {
  legal_basis: string[]
  procedure: string[]
  materials: GuideDetail['materials']
  statutory_limit: string
  fee_standard: string
  fee_basis: string
  body: string
  department_id: number
  department_phone: string
  department_address: string
  department_latitude: number | null
  department_longitude: number | null
  department_hours: string
}

const SUMMARY_COLUMNS = 'g.id, g.name, g.summary, g.topic, d.name AS department_name, g.promised_limit'

export async function listGuides(db: Queryable, query: GuideListQuery): Promise<Page<GuideSummary>> {
  const params: unknown[] = []
  const conditions = ['true']
  const keywords = searchableKeywords(query.q)
  const inName: string[] = []
  for (const keyword of keywords) {
    params.push(containsPattern(keyword))
    const p = `lower($${params.length}::text)`
    conditions.push(`(lower(g.name) LIKE ${p} ESCAPE '\\' OR lower(g.summary) LIKE ${p} ESCAPE '\\' OR lower(g.topic) LIKE ${p} ESCAPE '\\')`)
    inName.push(`(lower(g.name) LIKE ${p} ESCAPE '\\')::int`)
  }
  // A guide whose name holds the keywords is what the resident is looking for; it comes first.
  const order = [...(inName.length > 0 ? [`${inName.join(' + ')} DESC`] : []), 'g.topic', 'g.id'].join(', ')
  params.push(query.pageSize, (query.page - 1) * query.pageSize)
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total
       FROM guides g JOIN departments d ON d.id = g.department_id
      WHERE ${conditions.join(' AND ')}
      ORDER BY ${order}
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params
  )
  let total = rows[0]?.total ?? 0
  if (rows.length === 0 && query.page > 1) {
    const [row] = await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM guides g WHERE ${conditions.join(' AND ')}`,
      params.slice(0, -2)
    )
    total = row.total
  }
  return { items: rows.map(summaryOf), total, page: query.page, pageSize: query.pageSize }
}

function summaryOf(row: Omit<SummaryRow, 'total'>): GuideSummary {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    topic: row.topic,
    departmentName: row.department_name,
    promisedLimit: row.promised_limit
  }
}

/** A guide with its eight disclosures and the department that accepts applications, or null. */
export async function findGuide(db: Queryable, id: number): Promise<GuideDetail | null> {
  if (!isSerialId(id)) return null
  const [row] = await db.query<DetailRow>(
    `SELECT ${SUMMARY_COLUMNS}, g.legal_basis, g.procedure, g.materials, g.statutory_limit, g.fee_standard, g.fee_basis, g.body,
            d.id AS department_id, d.phone AS department_phone, d.address AS department_address,
            d.latitude AS department_latitude, d.longitude AS department_longitude, d.hours AS department_hours
       FROM guides g JOIN departments d ON d.id = g.department_id
      WHERE g.id = $1`,
    [id]
  )
  if (!row) return null
  return {
    ...summaryOf(row),
    legalBasis: row.legal_basis,
    procedure: row.procedure,
    materials: row.materials,
    statutoryLimit: row.statutory_limit,
    feeStandard: row.fee_standard,
    feeBasis: row.fee_basis,
    body: row.body,
    department: {
      id: row.department_id,
      name: row.department_name,
      phone: row.department_phone,
      address: row.department_address,
      location: geoPoint(row.department_latitude, row.department_longitude),
      hours: row.department_hours
    }
  }
}

function geoPoint(latitude: number | null, longitude: number | null): GeoPoint | null {
  return latitude === null || longitude === null ? null : { latitude, longitude }
}
