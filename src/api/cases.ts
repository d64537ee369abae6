import Taro from '@tarojs/taro'
import './zod-jitless'
import { z } from 'zod'
import {
  CaseDetailSchema,
  CaseSummaryPageSchema,
  UploadSchema,
  type CaseDetail,
  type CaseSummary,
  type Rating,
  type Upload
} from '@/core/schemas/cases'
import { ErrorBodySchema } from '@/core/schemas/common'
import { authorizationHeader } from './session-header'
import { apiBase } from './base-url'
import { getJson, postJson } from './client'
import { ApiError, OFFLINE_MESSAGE, SERVER_MESSAGE, UNREADABLE_MESSAGE } from './errors'

/**
 * Residents' own cases: following them and what they may do once the office answers, every answer
 * checked with its schema (these run in the cases subpackage, where zod is loaded anyway).
 * Submitting is in case-submission.ts, which the main package's outbox needs without zod.
 */

/** GET /cases/mine: the signed-in resident's cases, newest first. */
export async function fetchMyCases(): Promise<CaseSummary[]> {
  const page = await getJson('/cases/mine', CaseSummaryPageSchema, { pageSize: 50 })
  return page.items
}

/** GET /cases/:trackingNo: one of the resident's cases with its clock and timeline. */
export function fetchCase(trackingNo: string): Promise<CaseDetail> {
  return getJson(`/cases/${encodeURIComponent(trackingNo)}`, CaseDetailSchema)
}

const AnyAnswerSchema = z.unknown()
const casePath = (trackingNo: string, action: string) => `/cases/${encodeURIComponent(trackingNo)}/${action}`

export async function withdrawCase(trackingNo: string, reason?: string): Promise<void> {
  await postJson(casePath(trackingNo, 'withdraw'), { reason: reason || undefined }, AnyAnswerSchema)
}

export async function rateCase(trackingNo: string, rating: Rating, comment?: string): Promise<void> {
  await postJson(casePath(trackingNo, 'rating'), { rating, comment: comment || undefined }, AnyAnswerSchema)
}

/** 复查: asked for within 30 days of the reply; it reopens handling. */
export async function requestReview(trackingNo: string, reason: string): Promise<void> {
  await postJson(casePath(trackingNo, 'review'), { reason }, AnyAnswerSchema)
}

/** 补正: what the office listed once (一次性告知), completed in one go. */
export async function completeCorrection(trackingNo: string, content: string, attachments: string[]): Promise<void> {
  await postJson(casePath(trackingNo, 'correction'), { content, attachments }, AnyAnswerSchema)
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/**
 * POST /uploads (multipart) of one file the resident picked: a photo (in the mini-program already
 * compressed on the phone, AttachmentPicker/pick-files.ts) or a PDF. The server checks the type by
 * content and the size (≤ 10 MB).
 */
export async function uploadFile(filePath: string): Promise<Upload> {
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({ url: `${apiBase()}/uploads`, filePath, name: 'file', header: authorizationHeader() })
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
  }
  const body = parseJson(res.data)
  if (res.statusCode >= 200 && res.statusCode < 300) {
    const upload = UploadSchema.safeParse(body)
    if (!upload.success) throw new ApiError(res.statusCode, 'BAD_RESPONSE', UNREADABLE_MESSAGE)
    return upload.data
  }
  const error = ErrorBodySchema.safeParse(body)
  if (error.success) throw new ApiError(res.statusCode, error.data.error.code, error.data.error.message)
  throw new ApiError(res.statusCode, 'HTTP_ERROR', SERVER_MESSAGE)
}

/** A file of a case: one the resident uploaded, or one that came with the reply. */
export interface CaseFile {
  id: string
  name: string
  contentType: string
}

/** GET /uploads/:id needs the session header, so the file is fetched first, then shown. */
async function downloadCaseFile(file: CaseFile): Promise<string> {
  let res: Taro.downloadFile.FileSuccessCallbackResult
  try {
    res = await Taro.downloadFile({ url: `${apiBase()}/uploads/${encodeURIComponent(file.id)}`, header: authorizationHeader() })
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
  }
  if (res.statusCode !== 200) throw new ApiError(res.statusCode, 'UPLOAD_NOT_FOUND', '文件暂时无法打开，请稍后重试')
  return res.tempFilePath
}

async function openCaseFileInBrowser(file: CaseFile): Promise<void> {
  window.open(await downloadCaseFile(file), '_blank')
}

async function openCaseFileInMiniProgram(file: CaseFile): Promise<void> {
  const filePath = await downloadCaseFile(file)
  try {
    if (file.contentType.startsWith('image/')) await Taro.previewImage({ urls: [filePath], current: filePath })
    else await Taro.openDocument({ filePath, fileType: 'pdf', showMenu: true })
  } catch {
    throw new ApiError(0, 'CANNOT_OPEN', '手机无法打开这个文件，请到街道办事处查阅')
  }
}

/**
 * Shows a case file: in H5 the browser opens the downloaded copy; in the mini-program photos open in
 * the image viewer and PDFs in the document viewer. Chosen at the top level so that H5 never bundles
 * Taro's previewImage (see attachments.ts).
 */
export const openCaseFile: (file: CaseFile) => Promise<void> = process.env.TARO_ENV === 'h5' ? openCaseFileInBrowser : openCaseFileInMiniProgram
