import { z } from 'zod'
import { GeoPointSchema } from './common'

export const LeaderSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    post: z.string(),
    /** 分工: the fields of work this leader is responsible for. */
    duties: z.string(),
    phone: z.string(),
    /** Path under the API base, or null when no photo is published. */
    photoUrl: z.string().nullable()
  })
  .meta({ id: 'Leader' })
export type Leader = z.infer<typeof LeaderSchema>

export const DepartmentSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    duties: z.string(),
    phone: z.string(),
    address: z.string(),
    location: GeoPointSchema.nullable(),
    hours: z.string()
  })
  .meta({ id: 'Department' })
export type Department = z.infer<typeof DepartmentSchema>

/** 领导接待日: which leader receives residents, when and where. */
export const ReceptionSchema = z
  .object({
    id: z.number().int(),
    leaderName: z.string(),
    leaderPost: z.string(),
    /** e.g. 每月第一个星期三 上午 9:00—11:30, or a single date. */
    when: z.string(),
    place: z.string(),
    topics: z.string()
  })
  .meta({ id: 'Reception' })
export type Reception = z.infer<typeof ReceptionSchema>

export const HotlineSchema = z
  .object({ label: z.string(), phone: z.string(), hours: z.string() })
  .meta({ id: 'Hotline' })
export type Hotline = z.infer<typeof HotlineSchema>

export const OfficeSchema = z
  .object({
    name: z.string(),
    address: z.string(),
    location: GeoPointSchema,
    hours: z.string()
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
