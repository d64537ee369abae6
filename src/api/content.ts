import Taro from '@tarojs/taro'
import type { CategoryId } from '@/core/notices/catalogue'
import type { Page } from '@/core/schemas/common'
import { ContactsSchema, type Contacts } from '@/core/schemas/contacts'
import { GuideDetailSchema, GuidePageSchema, type GuideDetail, type GuideSummary } from '@/core/schemas/guides'
import {
  CatalogueSchema,
  NoticeDetailSchema,
  NoticePageSchema,
  type Attachment,
  type Catalogue,
  type NoticeDetail,
  type NoticeSummary
} from '@/core/schemas/notices'
import { resolveApiUrl } from './base-url'
import { ApiError, OFFLINE_MESSAGE } from './errors'
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

/** The document types Taro.openDocument can show, keyed by MIME type. */
const DOCUMENT_TYPES: Record<string, Taro.openDocument.Option['fileType']> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx'
}

/**
 * Shows an attachment the way the platform can: images in the image viewer, documents downloaded and
 * opened in the system viewer; in H5 the browser opens the file itself. Fails with an ApiError.
 */
export async function openAttachment(att: Attachment): Promise<void> {
  const url = resolveApiUrl(att.url)
  if (att.mimeType.startsWith('image/')) {
    await Taro.previewImage({ urls: [url], current: url })
    return
  }
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank')
    return
  }
  let filePath: string
  try {
    const download = await Taro.downloadFile({ url })
    if (download.statusCode !== 200) throw new ApiError(download.statusCode, 'ATTACHMENT_NOT_FOUND', '附件暂时无法下载，请稍后重试')
    filePath = download.tempFilePath
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
  }
  try {
    await Taro.openDocument({ filePath, fileType: DOCUMENT_TYPES[att.mimeType], showMenu: true })
  } catch {
    throw new ApiError(0, 'CANNOT_OPEN', '手机无法打开这种文件，请到街道办事处查阅')
  }
}
