import { z } from 'zod'
import { text } from './primitives'
import { GeoPointSchema, PageQuerySchema, pageOf } from './common'

/** The department that accepts an application, with what a resident needs to reach it. */
export const GuideDepartmentSchema = z
  .object({
    id: z.number().int(),
    name: text(),
    phone: text(),
    address: text(),
    location: GeoPointSchema.nullable(),
    hours: text()
  })
  .meta({ id: 'GuideDepartment' })

export const MaterialSchema = z
  .object({ name: text(), copies: text(), note: text().nullable() })
  .meta({ id: 'Material' })

/**
 * A service guide with the "eight disclosures" (八公开): item name, legal basis, procedure, materials,
 * statutory time limit, promised time limit, fee standard and fee basis.
 */
export const GuideSummarySchema = z
  .object({
    id: z.number().int(),
    name: text(),
    /** What the service is for, one sentence. */
    summary: text(),
    topic: text(),
    departmentName: text(),
    promisedLimit: text()
  })
  .meta({ id: 'GuideSummary' })
export type GuideSummary = z.infer<typeof GuideSummarySchema>

export const GuideDetailSchema = GuideSummarySchema.extend({
  legalBasis: z.array(text()).min(1),
  procedure: z.array(text()).min(1),
  materials: z.array(MaterialSchema).min(1),
  statutoryLimit: text(),
  feeStandard: text(),
  feeBasis: text(),
  /** 办事须知: rich text in the html format of src/core/notices/rich-body.ts; empty when there is none. */
  body: text(),
  department: GuideDepartmentSchema
}).meta({ id: 'GuideDetail' })
export type GuideDetail = z.infer<typeof GuideDetailSchema>

export const GuideListQuerySchema = PageQuerySchema.extend({
  q: text().trim().max(100, { error: '搜索词最多 100 个字' }).optional()
}).meta({ id: 'GuideListQuery' })
export type GuideListQuery = z.infer<typeof GuideListQuerySchema>

export const GuidePageSchema = pageOf(GuideSummarySchema).meta({ id: 'GuidePage' })
