import Taro from '@tarojs/taro'
import type { Attachment } from '@/core/schemas/notices'
import { resolveApiUrl } from './base-url'
import { ApiError, OFFLINE_MESSAGE } from './errors'

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

async function openInBrowser(att: Attachment): Promise<void> {
  window.open(resolveApiUrl(att.url), '_blank')
}

async function openInMiniProgram(att: Attachment): Promise<void> {
  const url = resolveApiUrl(att.url)
  if (att.mimeType.startsWith('image/')) {
    await Taro.previewImage({ urls: [url], current: url })
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

/**
 * Shows an attachment the way the platform can: in the mini-program, images in the image viewer and
 * documents downloaded and opened in the system viewer; in H5 the browser opens the file itself.
 * Fails with an ApiError. Chosen once at the top level on purpose: the build folds the condition, so
 * H5 never bundles Taro's previewImage, which would bring a 300 KB image carousel into every page
 * that uses the API.
 */
export const openAttachment: (att: Attachment) => Promise<void> = process.env.TARO_ENV === 'h5' ? openInBrowser : openInMiniProgram
