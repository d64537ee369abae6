import { z } from 'zod'
import { text } from './primitives'
import { CATEGORY_IDS, isCategoryId } from '../notices/catalogue'
import { BODY_FORMATS } from '../notices/rich-body'
import { SEARCH_QUERY_MAX } from '../notices/search'
import { TIMELINESS_KINDS } from '../notices/timeliness'
import { CalendarDateSchema, PageQuerySchema, pageOf } from './common'

export const CategoryIdSchema = z.enum(CATEGORY_IDS).meta({ id: 'CategoryId' })
export const TimelinessSchema = z.enum(TIMELINESS_KINDS).meta({
  id: 'Timeliness',
  description: 'fixed: renewed yearly; periodic: renewed monthly; adhoc: published within 3 days of the decision'
})
export const BodyFormatSchema = z.enum(BODY_FORMATS, { error: '正文格式应为 text 或 html' }).meta({
  id: 'BodyFormat',
  description: 'text: plain text, paragraphs separated by a blank line; html: the rich-text subset (p, h3, h4, strong, em, ul, ol, li, br, table, a href http/https/tel/mailto), cleaned by the server'
})


export const NoticeListQuerySchema = PageQuerySchema.extend({
  category: text()
    .max(60, { error: '没有这个公开类别' })
    .refine(isCategoryId, { error: '没有这个公开类别' })
    .optional()
    .meta({ description: 'a category id; a parent category includes its sub-categories' }),
  q: text()
    .trim()
    .max(SEARCH_QUERY_MAX, { error: `搜索词最多 ${SEARCH_QUERY_MAX} 个字` })
    .optional()
    .meta({ description: 'keyword; matches title and body, title matches rank first' })
}).meta({ id: 'NoticeListQuery' })
export type NoticeListQuery = z.infer<typeof NoticeListQuerySchema>

export const AttachmentSchema = z
  .object({
    id: z.number().int(),
    name: text(),
    mimeType: text(),
    size: z.number().int().min(0),
    /** Path under the API base, e.g. /api/v1/attachments/3 */
    url: text()
  })
  .meta({ id: 'Attachment' })
export type Attachment = z.infer<typeof AttachmentSchema>

export const NoticeSummarySchema = z
  .object({
    id: z.number().int(),
    title: text(),
    category: CategoryIdSchema,
    department: text(),
    publishedAt: CalendarDateSchema,
    timeliness: TimelinessSchema,
    attachmentCount: z.number().int().min(0),
    /** Opening text, or with `q` the text around the first match in the body. */
    excerpt: text()
  })
  .meta({ id: 'NoticeSummary' })
export type NoticeSummary = z.infer<typeof NoticeSummarySchema>

export const NoticeDetailSchema = NoticeSummarySchema.extend({
  /** In the format `bodyFormat` names: plain text with blank lines between paragraphs, or cleaned rich text. */
  body: text(),
  bodyFormat: BodyFormatSchema,
  attachments: z.array(AttachmentSchema),
  /** 决策征求意见 only: the last day residents may comment. */
  commentUntil: CalendarDateSchema.nullable()
}).meta({ id: 'NoticeDetail' })
export type NoticeDetail = z.infer<typeof NoticeDetailSchema>

export const NoticePageSchema = pageOf(NoticeSummarySchema).meta({ id: 'NoticePage' })

interface CatalogueNodeShape {
  id: z.infer<typeof CategoryIdSchema>
  name: string
  description: string
  content: 'notices' | 'guides'
  /** Items in this category and all below it. */
  count: number
  children: CatalogueNodeShape[]
}
export type CatalogueNode = CatalogueNodeShape

export const CatalogueNodeSchema: z.ZodType<CatalogueNodeShape> = z
  .object({
    id: CategoryIdSchema,
    name: text(),
    description: text(),
    content: z.enum(['notices', 'guides']),
    count: z.number().int().min(0),
    get children() {
      return z.array(CatalogueNodeSchema)
    }
  })
  .meta({ id: 'CatalogueNode' })

export const CatalogueSchema = z.object({ categories: z.array(CatalogueNodeSchema) }).meta({ id: 'Catalogue' })
export type Catalogue = z.infer<typeof CatalogueSchema>
