import type { CategoryId } from '@/core/notices/catalogue'
import type { Page } from '@/core/schemas/common'
import { ContactsSchema, type Contacts } from '@/core/schemas/contacts'
import { GuideDetailSchema, GuidePageSchema, type GuideDetail, type GuideSummary } from '@/core/schemas/guides'
import {
  CatalogueSchema,
  NoticeDetailSchema,
  NoticePageSchema,
  type Catalogue,
  type NoticeDetail,
  type NoticeSummary
} from '@/core/schemas/notices'
import { getJson } from './client'

/** Public content: the disclosure catalogue, notices, service guides and contacts. */

export function fetchCatalogue(): Promise<Catalogue> {
  return getJson('/catalogue', CatalogueSchema)
}

export interface NoticeQuery {
  category?: CategoryId
  q?: string
  page?: number
  pageSize?: number
}

export function fetchNotices(query: NoticeQuery): Promise<Page<NoticeSummary>> {
  return getJson('/notices', NoticePageSchema, { ...query, q: query.q?.trim() })
}

export function fetchNotice(id: number): Promise<NoticeDetail> {
  return getJson(`/notices/${id}`, NoticeDetailSchema)
}

export interface GuideQuery {
  q?: string
  page?: number
  pageSize?: number
}

export function fetchGuides(query: GuideQuery = {}): Promise<Page<GuideSummary>> {
  return getJson('/guides', GuidePageSchema, { ...query, q: query.q?.trim() })
}

export function fetchGuide(id: number): Promise<GuideDetail> {
  return getJson(`/guides/${id}`, GuideDetailSchema)
}

export function fetchContacts(): Promise<Contacts> {
  return getJson('/contacts', ContactsSchema)
}

export { openAttachment } from './attachments'
