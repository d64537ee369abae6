import type { Contacts, Hotline } from '@/core/schemas/contacts'
import type { Queryable } from '../db/db'
import { asBuffer, type StoredFile } from './files'
import { isSerialId } from './ids'
import { contentLinks } from './links'

/**
 * Who residents can reach: the office, its duty phone and supervision hotline, the leadership with
 * their division of duties, the departments and the leader reception days. One query builds it all.
 */

/** Keys of office_settings. */
export const OFFICE_SETTING_KEYS = { office: 'office', dutyPhone: 'dutyPhone', supervisionHotline: 'supervisionHotline' } as const

interface ContactsRow {
  settings: Record<string, unknown> | null
  leaders: (Omit<Contacts['leaders'][number], 'photoUrl'> & { hasPhoto: boolean })[]
  departments: Contacts['departments']
  receptions: Contacts['receptions']
}

/** The contacts page, or null while the office has not been described yet (an empty database). */
export async function findContacts(db: Queryable): Promise<Contacts | null> {
  const [row] = await db.query<ContactsRow>(
    `SELECT
       (SELECT json_object_agg(key, value) FROM office_settings) AS settings,
       coalesce((SELECT json_agg(json_build_object('id', l.id, 'name', l.name, 'post', l.post, 'duties', l.duties,
                                                   'phone', l.phone, 'hasPhoto', l.photo IS NOT NULL)
                                 ORDER BY l.sort_order, l.id)
                   FROM leaders l), '[]'::json) AS leaders,
       coalesce((SELECT json_agg(json_build_object('id', d.id, 'name', d.name, 'duties', d.duties, 'phone', d.phone,
                                                   'address', d.address, 'hours', d.hours,
                                                   'location', CASE WHEN d.latitude IS NULL THEN NULL
                                                                    ELSE json_build_object('latitude', d.latitude, 'longitude', d.longitude) END)
                                 ORDER BY d.sort_order, d.id)
                   FROM departments d), '[]'::json) AS departments,
       coalesce((SELECT json_agg(json_build_object('id', r.id, 'leaderName', l.name, 'leaderPost', l.post,
                                                   'when', r.schedule, 'place', r.place, 'topics', r.topics)
                                 ORDER BY r.sort_order, r.id)
                   FROM receptions r JOIN leaders l ON l.id = r.leader_id), '[]'::json) AS receptions`
  )
  const settings = row.settings ?? {}
  const office = settings[OFFICE_SETTING_KEYS.office] as Contacts['office'] | undefined
  const dutyPhone = settings[OFFICE_SETTING_KEYS.dutyPhone] as Hotline | undefined
  const supervisionHotline = settings[OFFICE_SETTING_KEYS.supervisionHotline] as Hotline | undefined
  if (!office || !dutyPhone || !supervisionHotline) return null
  return {
    office,
    dutyPhone,
    supervisionHotline,
    leaders: row.leaders.map(({ hasPhoto, ...leader }) => ({
      ...leader,
      photoUrl: hasPhoto ? contentLinks.leaderPhoto(leader.id) : null
    })),
    departments: row.departments,
    receptions: row.receptions
  }
}

/** A leader's published photo, or null. */
export async function findLeaderPhoto(db: Queryable, id: number): Promise<StoredFile | null> {
  if (!isSerialId(id)) return null
  const [row] = await db.query<{ name: string; photo_mime_type: string; photo: Uint8Array }>(
    'SELECT name, photo_mime_type, photo FROM leaders WHERE id = $1 AND photo IS NOT NULL',
    [id]
  )
  return row ? { name: row.name, mimeType: row.photo_mime_type, content: asBuffer(row.photo) } : null
}
