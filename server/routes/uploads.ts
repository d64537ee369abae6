import { randomBytes } from 'node:crypto'
import multipart from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { detectAttachmentType } from '@/core/residents/file-type'
import { declaredTypeMismatch, isPolyglotPicture, uploadRefusalOf } from '@/core/residents/upload-limits'
import { UPLOAD_MAX_BYTES, UploadIdSchema, UploadSchema, type Upload } from '@/core/schemas/cases'
import { ErrorBodySchema } from '@/core/schemas/common'
import type { Db } from '../db/db'
import { AppError } from '../http/errors'
import { findVisibleUploadContent, insertUpload, uploadStatsOf } from '../repositories/uploads-repository'
import type { ResidentServices } from '../residents/services'
import { requireResident, residentSession } from '../residents/session'

const TOO_LARGE = '文件不能超过 10 MB，请压缩后再上传'
const WRONG_TYPE = '只能上传 JPG、PNG 照片或 PDF 文件'
const MISMATCH = '文件的内容和类型不符（例如把 PDF 文件当作照片），请重新选择文件'

/**
 * The headers every uploaded file is served with: always a download (attachment), never shown by the
 * browser in the site's origin, so a PDF with JavaScript or a polyglot cannot run there; nosniff and a
 * CSP that allows nothing (and sandboxes whatever is opened anyway). The app shows a resident's
 * pictures from the bytes it fetched, which a download does not hinder.
 */
export function downloadHeaders(name: string, contentType: string): Record<string, string> {
  return {
    'cache-control': 'private, no-store',
    'content-type': contentType,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox; frame-ancestors 'none'"
  }
}

/** A file name fit for a download header and a list: no path, no control characters, at most 100 characters. */
function cleanName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? ''
  const cleaned = Array.from(base.replace(/[\p{Cc}\p{Cf}"]/gu, '').trim()).slice(0, 100).join('')
  return cleaned || '附件'
}

const UNREADABLE_FORM = '上传的表单格式不正确，无法读取，请重新选择文件上传'

/**
 * A form the multipart parser cannot read (no boundary, a malformed part, cut short) is the sender's
 * mistake: busboy throws plain errors without a status, which would otherwise answer 500. Errors
 * with a status (@fastify/multipart's limits) keep it.
 */
function unreadableForm(error: unknown): never {
  if (error instanceof AppError || typeof (error as { statusCode?: unknown }).statusCode === 'number') throw error
  throw new AppError(400, 'INVALID_BODY', UNREADABLE_FORM)
}

/**
 * The one file of a multipart request (field `file`), checked by its content and size, and refused
 * when its declared type disagrees with its content or a picture carries another format (a
 * polyglot); the caller registers @fastify/multipart with MULTIPART_LIMITS in its scope.
 */
export async function readUploadedFile(request: FastifyRequest): Promise<{ upload: Upload; bytes: Buffer }> {
  if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以表单文件（multipart/form-data）方式上传')
  const file = await request.file().catch(unreadableForm)
  if (!file) throw new AppError(400, 'VALIDATION_FAILED', '请选择要上传的文件', { file: '请选择要上传的文件' })
  let bytes: Buffer
  try {
    bytes = await file.toBuffer()
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'PAYLOAD_TOO_LARGE', TOO_LARGE, { file: TOO_LARGE })
    return unreadableForm(error)
  }
  const contentType = detectAttachmentType(bytes.subarray(0, 16))
  if (!contentType) throw new AppError(400, 'FILE_TYPE_NOT_ALLOWED', WRONG_TYPE, { file: WRONG_TYPE })
  if (declaredTypeMismatch(file.mimetype, contentType) || isPolyglotPicture(bytes, contentType)) {
    throw new AppError(400, 'FILE_TYPE_MISMATCH', MISMATCH, { file: MISMATCH })
  }
  return { upload: { id: randomBytes(16).toString('hex'), name: cleanName(file.filename), contentType, size: bytes.length }, bytes }
}

export const MULTIPART_LIMITS = { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6 } }

/**
 * POST /uploads: one photo or PDF per request (multipart field `file`), checked by its content, at
 * most 10 MB, owned by the uploader, within the account's limits (UPLOAD_LIMITS: files a day, bytes
 * kept, uploads at once). A case refers to it by the id answered here; one never referred to is
 * removed after a day (server/residents/upload-cleanup.ts). GET /uploads/:id serves it as a download.
 */
export const uploadRoutes: FastifyPluginAsyncZod<{ db: Db; services: ResidentServices }> = async (app, { db, services }) => {
  await app.register(multipart, MULTIPART_LIMITS)
  // Every route here is a resident's own: no body is read before the session is checked.
  app.addHook('onRequest', residentSession(db, services.now))

  app.post(
    '/uploads',
    {
      schema: {
        summary: '上传照片或 PDF 文件（multipart，字段名 file；按内容识别类型；每个不超过 10 MB）',
        tags: ['事项'],
        response: { 201: UploadSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 413: ErrorBodySchema, 415: ErrorBodySchema, 429: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      const account = await requireResident(db, request, services.now())
      const upload = await services.uploadGate.run(`account:${account.id}`, async () => {
        const { upload, bytes } = await readUploadedFile(request)
        const now = services.now()
        // The account's row lock makes the count and the insert one step: parallel uploads cannot all pass the limit.
        await db.transaction(async (tx) => {
          await tx.query('SELECT id FROM accounts WHERE id = $1 FOR UPDATE', [account.id])
          const refusal = uploadRefusalOf(await uploadStatsOf(tx, account.id, now), upload.size)
          if (refusal) throw new AppError(refusal.status, refusal.code, refusal.message, { file: refusal.message })
          await insertUpload(tx, account.id, upload, bytes, now)
        })
        return upload
      })
      return reply.status(201).send(upload)
    }
  )

  app.get(
    '/uploads/:id',
    {
      schema: {
        summary: '下载自己上传的文件，或自己事项的答复文件',
        tags: ['事项'],
        // A file, not JSON: no response schema; errors still leave in the shape of ErrorBodySchema.
        params: z.object({ id: UploadIdSchema })
      }
    },
    async (request, reply) => {
      const account = await requireResident(db, request, services.now())
      const upload = await findVisibleUploadContent(db, account, request.params.id)
      if (!upload) throw new AppError(404, 'UPLOAD_NOT_FOUND', '未找到该文件')
      return reply.headers(downloadHeaders(upload.name, upload.contentType)).send(upload.bytes)
    }
  )
}
