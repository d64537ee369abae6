import type { NamedBody } from '@/core/staff/reply'
import type { CategoryId } from '@/core/notices/catalogue'
import type { Timeliness } from '@/core/notices/timeliness'
import type { GeoPoint } from '@/core/schemas/common'

/**
 * Demo content of the fictional 青石街道 (Qingshi sub-district), written for this project.
 * `npm start` loads it into an empty database; `npm run seed:demo` loads it on request.
 * Departments are referred to by their `key`, files by their path under server/demo/files/.
 */
export interface DemoDepartment {
  key: string
  name: string
  duties: string
  phone: string
  address: string
  location: GeoPoint | null
  hours: string
}

export interface DemoAttachment {
  /** File name shown to residents, e.g. 2025年部门预算.pdf */
  name: string
  /** Path of the file under server/demo/files/ */
  file: string
  mimeType: string
}

export interface DemoNotice {
  title: string
  category: CategoryId
  departmentKey: string
  publishedAt: string
  timeliness: Timeliness
  /** Plain text, paragraphs separated by a blank line. */
  body: string
  attachments: DemoAttachment[]
  commentUntil: string | null
}

export interface DemoGuide {
  name: string
  summary: string
  topic: string
  departmentKey: string
  legalBasis: string[]
  procedure: string[]
  materials: { name: string; copies: string; note: string | null }[]
  statutoryLimit: string
  promisedLimit: string
  feeStandard: string
  feeBasis: string
}

export interface DemoLeader {
  name: string
  post: string
  duties: string
  phone: string
  /** Path under server/demo/files/, or null */
  photo: string | null
}

export interface DemoReception {
  leaderName: string
  when: string
  place: string
  topics: string
}

export interface DemoContent {
  office: { name: string; address: string; location: GeoPoint; hours: string }
  dutyPhone: { label: string; phone: string; hours: string }
  supervisionHotline: { label: string; phone: string; hours: string }
  /** The bodies the office's replies name (case_handling_settings): reconsideration and 复查. */
  superiorBodies: { reconsiderationBody: NamedBody; reviewBody: NamedBody }
  departments: DemoDepartment[]
  leaders: DemoLeader[]
  receptions: DemoReception[]
  notices: DemoNotice[]
  guides: DemoGuide[]
}
