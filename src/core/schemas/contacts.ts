import { z } from 'zod'
import { text } from './primitives'
import { GeoPointSchema } from './common'

export const LeaderSchema = z
  .object({
    id: z.number().int(),
    name: text(),
    post: text(),
    /** 分工: the fields of work this leader is responsible for. */
    duties: text(),
    phone: text(),
    /** Path under the API base, or null when no photo is published. */
    photoUrl: text().nullable()
  })
  .meta({ id: 'Leader' })
export type Leader = z.infer<typeof LeaderSchema>

export const DepartmentSchema = z
  .object({
    id: z.number().int(),
    name: text(),
    duties: text(),
    phone: text(),
    address: text(),
    location: GeoPointSchema.nullable(),
    hours: text()
  })
  .meta({ id: 'Department' })
export type Department = z.infer<typeof DepartmentSchema>

/** 领导接待日: which leader receives residents, when and where. */
export const ReceptionSchema = z
  .object({
    id: z.number().int(),
    leaderName: text(),
    leaderPost: text(),
    /** e.g. 每月第一个星期三 上午 9:00—11:30, or a single date. */
    when: text(),
    place: text(),
    topics: text()
  })
  .meta({ id: 'Reception' })
export type Reception = z.infer<typeof ReceptionSchema>

export const HotlineSchema = z
  .object({ label: text(), phone: text(), hours: text() })
  .meta({ id: 'Hotline' })
export type Hotline = z.infer<typeof HotlineSchema>

export const OfficeSchema = z
  .object({
    name: text(),
    address: text(),
    location: GeoPointSchema,
    hours: text()
  })
  .meta({ id: 'Office' })

export const ContactsSchema = z
  .object({
    office: OfficeSchema,
    dutyPhone: HotlineSchema,
    supervisionHotline: HotlineSchema,
    leaders: z.array(LeaderSchema),
    departments: z.array(DepartmentSchema),
    receptions: z.array(ReceptionSchema)
  })
  .meta({ id: 'Contacts' })
export type Contacts = z.infer<typeof ContactsSchema>
