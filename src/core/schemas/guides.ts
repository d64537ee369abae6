import { z } from 'zod'
import { GeoPointSchema, PageQuerySchema, pageOf } from './common'

/** The department that accepts an application, with what a resident needs to reach it. */
export const GuideDepartmentSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    phone: z.string(),
    address: z.string(),
    location: GeoPointSchema.nullable(),
    hours: z.string()
  })
  .meta({ id: 'GuideDepartment' })

export const MaterialSchema = z
  .object({ name: z.string(), copies: z.string(), note: z.string().nullable() })
  .meta({ id: 'Material' })

/**
 * A service guide with the "eight disclosures" (八公开): item name, legal basis, procedure, materials,
 * statutory time limit, promised time limit, fee standard and fee basis.
 */
export const GuideSummarySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    /** What the service is for, one sentence. */
    summary: z.string(),
    topic: z.string(),
    departmentName: z.string(),
    promisedLimit: z.string()
  })
  .meta({ id: 'GuideSummary' })
export type GuideSummary = z.infer<typeof GuideSummarySchema>

export const GuideDetailSchema = GuideSummarySchema.extend({
  legalBasis: z.array(z.string()).min(1),
  procedure: z.array(z.string()).min(1),
  materials: z.array(MaterialSchema).min(1),
  statutoryLimit: z.string(),
  feeStandard: z.string(),
  feeBasis: z.string(),
  /** 办事须知: rich text in the html format of src/core/notices/rich-body.ts; empty when there is none. */
  body: z.string(),
  department: GuideDepartmentSchema
}).meta({ id: 'GuideDetail' })
export type GuideDetail = z.infer<typeof GuideDetailSchema>

export const GuideListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100, { error: '搜索词最多 100 个字' }).optional()
}).meta({ id: 'GuideListQuery' })
export type GuideListQuery = z.infer<typeof GuideListQuerySchema>

export const GuidePageSchema = pageOf(GuideSummarySchema).meta({ id: 'GuidePage' })
