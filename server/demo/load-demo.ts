import fs from 'node:fs/promises'
import path from 'node:path'
import type { Db, Queryable } from '../db/db'
import { bumpContentVersion } from '../cache/public-cache'
import { OFFICE_SETTING_KEYS } from '../repositories/contacts-repository'
import { demoContent } from './content'
import type { DemoContent } from './types'

/** Where the demo's files (attachments, leader photos) live; DemoContent names them relative to it. */
export const DEMO_FILES_DIR = path.join(__dirname, 'files')

/** True while the office has published nothing: no departments, notices or guides. */
export async function isContentEmpty(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM departments) AND NOT EXISTS (SELECT 1 FROM notices)
            AND NOT EXISTS (SELECT 1 FROM guides) AS empty`
  )
  return row.empty
}

/**
 * Removes all public content (for `seed:demo --force`). DELETE rather than TRUNCATE … CASCADE: should
 * other records (cases, reviews) refer to a department or a notice, this fails instead of silently
 * taking them along.
 */
export async function clearContent(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of ['attachments', 'notices', 'guides', 'receptions', 'leaders', 'departments', 'office_settings']) {
      await tx.query(`DELETE FROM ${table}`)
    }
  })
  bumpContentVersion()
}

/**
 * Loads demo content into the database in one transaction: the office settings (with the bodies its
 * replies name), departments, leaders
 * with their photos, reception days, notices with their attachment files, and service guides. Files are
 * read before the transaction starts, so the database is never held while the disk is read. Throws,
 * leaving the database as it was, when the content refers to a department, leader or file that does
 * not exist.
 */
export async function loadDemoContent(db: Db, content: DemoContent = demoContent, filesDir: string = DEMO_FILES_DIR): Promise<void> {
  const files = await readFiles(content, filesDir)
  await db.transaction(async (tx) => {
    await insertRows(tx, 'office_settings', ['key', 'value'], [
      [OFFICE_SETTING_KEYS.office, JSON.stringify(content.office)],
      [OFFICE_SETTING_KEYS.dutyPhone, JSON.stringify(content.dutyPhone)],
      [OFFICE_SETTING_KEYS.supervisionHotline, JSON.stringify(content.supervisionHotline)]
    ], { value: 'text::jsonb' })
    // An administrator's own choice stays: the demo fills in only bodies not yet set.
    await tx.query(
      `INSERT INTO case_handling_settings (key, value) VALUES ('reconsiderationBody', $1::jsonb), ('reviewBody', $2::jsonb) ON CONFLICT (key) DO NOTHING`,
      [JSON.stringify(content.superiorBodies.reconsiderationBody), JSON.stringify(content.superiorBodies.reviewBody)]
    )

    const departmentIds = await allocateIds(tx, 'departments', content.departments.length)
    const departmentOf = new Map(content.departments.map((d, i) => [d.key, departmentIds[i]]))
    const departmentId = (key: string, where: string): number => {
      const id = departmentOf.get(key)
      if (id === undefined) throw new Error(`Demo content: ${where} names department "${key}", which is not among the departments`)
      return id
    }
    await insertRows(
      tx,
      'departments',
      ['id', 'key', 'name', 'duties', 'phone', 'address', 'latitude', 'longitude', 'hours', 'sort_order'],
      content.departments.map((d, i) => [
        departmentIds[i], d.key, d.name, d.duties, d.phone, d.address, d.location?.latitude ?? null, d.location?.longitude ?? null, d.hours, i
      ])
    )

    const leaderIds = await allocateIds(tx, 'leaders', content.leaders.length)
    const leaderOf = new Map(content.leaders.map((l, i) => [l.name, leaderIds[i]]))
    await insertRows(
      tx,
      'leaders',
      ['id', 'name', 'post', 'duties', 'phone', 'photo', 'photo_mime_type', 'sort_order'],
      content.leaders.map((l, i) => [
        leaderIds[i], l.name, l.post, l.duties, l.phone, l.photo ? files.get(l.photo)! : null, l.photo ? mimeTypeOfImage(l.photo) : null, i
      ])
    )
    await insertRows(
      tx,
      'receptions',
      ['leader_id', 'schedule', 'place', 'topics', 'sort_order'],
      content.receptions.map((r, i) => {
        const leaderId = leaderOf.get(r.leaderName)
        if (leaderId === undefined) throw new Error(`Demo content: a reception day names leader "${r.leaderName}", who is not among the leaders`)
        return [leaderId, r.when, r.place, r.topics, i]
      })
    )

    const noticeIds = await allocateIds(tx, 'notices', content.notices.length)
    await insertRows(
      tx,
      'notices',
      ['id', 'title', 'category', 'department_id', 'published_at', 'timeliness', 'body', 'comment_until'],
      content.notices.map((n, i) => [
        noticeIds[i], n.title, n.category, departmentId(n.departmentKey, `notice "${n.title}"`), n.publishedAt, n.timeliness, n.body, n.commentUntil
      ])
    )
    await insertRows(
      tx,
      'attachments',
      ['notice_id', 'name', 'mime_type', 'size', 'content', 'sort_order'],
      content.notices.flatMap((n, i) =>
        n.attachments.map((a, j) => {
          const bytes = files.get(a.file)!
          return [noticeIds[i], a.name, a.mimeType, bytes.byteLength, bytes, j]
        })
      )
    )

    await insertRows(
      tx,
      'guides',
      ['name', 'summary', 'topic', 'department_id', 'legal_basis', 'procedure', 'materials', 'statutory_limit', 'promised_limit', 'fee_standard', 'fee_basis'],
      content.guides.map((g) => [
        g.name, g.summary, g.topic, departmentId(g.departmentKey, `guide "${g.name}"`), JSON.stringify(g.legalBasis), JSON.stringify(g.procedure),
        JSON.stringify(g.materials), g.statutoryLimit, g.promisedLimit, g.feeStandard, g.feeBasis
      ]),
      { legal_basis: 'text::jsonb', procedure: 'text::jsonb', materials: 'text::jsonb' }
    )
  })
  bumpContentVersion()
}

/** Every file the content names, read once, by its path under `filesDir`. */
async function readFiles(content: DemoContent, filesDir: string): Promise<Map<string, Buffer>> {
  const names = new Set([
    ...content.leaders.flatMap((l) => (l.photo ? [l.photo] : [])),
    ...content.notices.flatMap((n) => n.attachments.map((a) => a.file))
  ])
  const files = new Map<string, Buffer>()
  await Promise.all(
    [...names].map(async (name) => {
      try {
        files.set(name, await fs.readFile(path.join(filesDir, name)))
      } catch (error) {
        throw new Error(`Demo content names the file ${name}, which cannot be read under ${filesDir}: ${(error as Error).message}`)
      }
    })
  )
  return files
}

const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.svg': 'image/svg+xml' }

function mimeTypeOfImage(file: string): string {
  const type = IMAGE_TYPES[path.extname(file).toLowerCase()]
  if (!type) throw new Error(`Demo content: leader photo ${file} is not a PNG, JPEG, WebP or SVG image`)
  return type
}

/**
 * Takes `count` ids from a table's serial in one query, so that rows inserted together can refer to
 * each other (attachments to their notice) without relying on the order RETURNING gives.
 */
async function allocateIds(tx: Queryable, table: string, count: number): Promise<number[]> {
  if (count === 0) return []
  const rows = await tx.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id FROM generate_series(1, $2)`,
    [table, count]
  )
  return rows.map((row) => row.id)
}

/**
 * One multi-row INSERT. `casts` gives a column's parameter cast: jsonb goes in as text cast to jsonb,
 * because node-postgres would write a JavaScript array as a PostgreSQL array and PGlite would encode a
 * string as a JSON string.
 */
async function insertRows(tx: Queryable, table: string, columns: string[], rows: unknown[][], casts: Record<string, string> = {}): Promise<void> {
  if (rows.length === 0) return
  const params: unknown[] = []
  const values = rows.map((row) => {
    const placeholders = row.map((value, i) => {
      params.push(value)
      const cast = casts[columns[i]]
      return cast ? `$${params.length}::${cast}` : `$${params.length}`
    })
    return `(${placeholders.join(', ')})`
  })
  await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, params)
}
