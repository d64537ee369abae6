import type { CategoryId } from '@/core/notices/catalogue'
import type { Page } from '@/core/schemas/common'
import type { Contacts } from '@/core/schemas/contacts'
import type { GuideDetail, GuideSummary } from '@/core/schemas/guides'
import type { Catalogue, NoticeDetail, NoticeSummary } from '@/core/schemas/notices'
import { getJson, unchecked } from './client'

/** Public content: the disclosure catalogue, notices, service guides and contacts. */

export function fetchCatalogue(): Promise<Catalogue> {
  return getJson('/catalogue', unchecked<Catalogue>())
}

export interface NoticeQuery {
  category?: CategoryId
  q?: string
  page?: number
  pageSize?: number
}

export function fetchNotices(query: NoticeQuery): Promise<Page<NoticeSummary>> {
  return getJson('/notices', unchecked<Page<NoticeSummary>>(), { ...query, q: query.q?.trim() })
}

export function fetchNotice(id: number): Promise<NoticeDetail> {
  return getJson(`/notices/${id}`, unchecked<NoticeDetail>())
}

export interface GuideQuery {
  q?: string
  page?: number
  pageSize?: number
}

export function fetchGuides(query: GuideQuery = {}): Promise<Page<GuideSummary>> {
  return getJson('/guides', unchecked<Page<GuideSummary>>(), { ...query, q: query.q?.trim() })
}

export function fetchGuide(id: number): Promise<GuideDetail> {
  return getJson(`/guides/${id}`, unchecked<GuideDetail>())
}

export function fetchContacts(): Promise<Contacts> {
  return getJson('/contacts', unchecked<Contacts>())
}

export { openAttachment } from './attachments'
