import multipart from '@fastify/multipart'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { renewalDueOn, BOARD_REASON_LABELS, timelinessBoard } from '@/core/notices/renewal'
import { allowedReviewActions, decideReview, REVIEW_STATE_LABELS, REVIEW_TRANSITIONS, type ReviewRole, type ReviewState } from '@/core/notices/review'
import { chinaDateOf } from '@/core/residents/china-time'
import { ErrorBodySchema, IdParamSchema } from '@/core/schemas/common'
import {
  GuideDraftBodySchema,
  NoticeDraftBodySchema,
  type GuideDraftBody,
  type NoticeDraftBody,
  StaffGuidePageSchema,
  StaffGuideSchema,
  type StaffGuide,
  NoticeReviewBodySchema,
  StaffNoticeListQuerySchema,
  StaffNoticePageSchema,
  StaffNoticeSchema,
  TimelinessBoardSchema,
  TimelinessQuerySchema,
  type StaffNotice,
  type StaffNoticeSummary
} from '@/core/schemas/publishing'
import type { Db, Queryable } from '../db/db'
import { bumpContentVersion } from '../cache/public-cache'
import { AppError } from '../http/errors'
import { cleanRichBody } from '../http/rich-body'
import { recordStaffAudit } from '../repositories/cases-repository'
import {
  deleteNoticeAttachment,
  dueGuideDrafts,
  findGuideDraft,
  guideExists,
  guideHistory,
  insertGuideDraft,
  insertGuideReviewStep,
  listGuideDrafts,
  setGuideDraftStatus,
  updateGuideDraft,
  type GuideDraftRow,
  findDepartment,
  findNoticeAttachment,
  findStaffNotice,
  insertNoticeAttachment,
  insertNoticeDraft,
  insertReviewStep,
  listStaffNotices,
  noticeAttachments,
  noticeHistory,
  publishDueNotices,
  setNoticeStatus,
  timelinessContent,
  unansweredHotTopics,
  updateNoticeDraft,
  type StaffNoticeRow,
  type StoredGuideDraft,
  type StoredNoticeDraft
} from '../repositories/publishing-repository'
import type { StaffAccount } from '../repositories/staff-accounts-repository'
import { actorOf, forbidden, requireStaff, staffOf, type StaffAuthDeps } from '../staff/auth'
import { MULTIPART_LIMITS, readUploadedFile } from './uploads'

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema }
const OFFICE_WIDE: readonly ReviewRole[] = ['disclosure', 'leader', 'admin']
const AUTHORS: readonly ReviewRole[] = ['clerk', 'head', 'disclosure']
/** How often scheduled publications are looked for besides each publishing request. */
const SCHEDULE_SWEEP_MS = 60_000

/**
 * The roles a person holds on a notice: office-wide roles everywhere, a clerk's or head's only on
 * their own department's notices (departments.key = the account's department).
 */
function rolesOn(staff: StaffAccount, departmentKey: string | null): ReviewRole[] {
  return staff.roles.filter((r) => OFFICE_WIDE.includes(r) || (staff.department !== null && staff.department === departmentKey))
}

const isOfficeWide = (staff: StaffAccount): boolean => staff.roles.some((r) => OFFICE_WIDE.includes(r))

/** The states in which something waits on a person holding `roles`: the review queue. */
function waitingStates(roles: readonly ReviewRole[]): ReviewState[] {
  return [...new Set(REVIEW_TRANSITIONS.filter((t) => t.action !== 'edit' && t.action !== 'unpublish' && t.action !== 'revise' && t.roles.some((r) => roles.includes(r))).map((t) => t.from))]
}

const EMPTY_RICH_BODY = '正文里没有可以显示的文字，请填写正文'

/**
 * A notice draft as it is stored: a plain body as it was typed (it is never read as markup), a rich
 * body cleaned to the allowlist with its words for search. Every write of a notice goes through here.
 */
function storedNoticeDraft(d: NoticeDraftBody): StoredNoticeDraft {
  if (d.bodyFormat === 'text') return { ...d, bodyFormat: 'text', bodyText: null }
  const clean = cleanRichBody(d.body)
  if (clean.text.trim() === '') throw new AppError(400, 'VALIDATION_FAILED', EMPTY_RICH_BODY, { body: EMPTY_RICH_BODY })
  return { ...d, bodyFormat: 'html', body: clean.html, bodyText: clean.text }
}

/** A guide draft as it is stored, its body (办事须知) cleaned to the allowlist; every write of a guide goes through here. */
const storedGuideDraft = (g: GuideDraftBody): StoredGuideDraft => ({ ...g, body: cleanRichBody(g.body).html })

const summaryOf = (n: StaffNoticeRow, staff: StaffAccount): StaffNoticeSummary => ({
  id: n.id,
  title: n.title,
  category: n.category as StaffNoticeSummary['category'],
  departmentId: n.departmentId,
  department: n.department,
  timeliness: n.timeliness,
  status: n.status,
  statusLabel: REVIEW_STATE_LABELS[n.status],
  publishedAt: n.publishedAt,
  scheduledAt: n.scheduledAt,
  updatedAt: n.updatedAt,
  allowedActions: allowedReviewActions(n.status, rolesOn(staff, n.departmentKey), n.scheduledAt)
})

const guideSummaryOf = (g: GuideDraftRow, staff: StaffAccount): Omit<StaffGuide, 'history'> => {
  // The stored content has no `revises`: the link to the public guide is `guideId`.
  const { revises: _revises, ...content } = g.content
  return {
    ...content,
    body: content.body ?? '',
    id: g.id,
    guideId: g.guideId,
    departmentId: g.departmentId,
    department: g.department,
    status: g.status,
    statusLabel: REVIEW_STATE_LABELS[g.status],
    scheduledAt: g.scheduledAt,
    updatedAt: g.updatedAt,
    allowedActions: allowedReviewActions(g.status, rolesOn(staff, g.departmentKey), g.scheduledAt)
  }
}

async function detailOf(db: Queryable, n: StaffNoticeRow, staff: StaffAccount): Promise<StaffNotice> {
  const [attachments, history] = await Promise.all([noticeAttachments(db, n.id), noticeHistory(db, n.id)])
  return {
    ...summaryOf(n, staff),
    body: n.body,
    bodyFormat: n.bodyFormat,
    decisionDate: n.decisionDate,
    renewalDate: n.renewalDate,
    renewalDueOn: renewalDueOn(n),
    commentUntil: n.commentUntil,
    attachments: attachments.map((a) => ({ ...a, url: `/api/v1/staff/notices/${n.id}/attachments/${a.id}` })),
    history
  }
}

/**
 * Publishing through review (政务公开审核发布): staff draft notices, the department head submits, the
 * disclosure office collates, a leader approves, and the disclosure office or a leader publishes now
 * or at a set time; reviewers send back with a comment; withdrawing needs a reason. Every step is in
 * the notice's history and the audit log; public answers are refreshed after each publication.
 */
export const staffPublishingRoutes: FastifyPluginAsyncZod<{ db: Db; auth: StaffAuthDeps }> = async (app, { db, auth }) => {
  const staffOnly = requireStaff(auth)
  const authors = requireStaff(auth, AUTHORS)

  /** Publishes what was scheduled for now or earlier; the public cache is refreshed after the commit. */
  const publishDue = async (): Promise<void> => {
    const now = auth.now()
    const ids = await publishDueNotices(db, now, chinaDateOf(now))
    const guides = await db.transaction(async (tx) => {
      const due = await dueGuideDrafts(tx, now)
      for (const d of due) {
        await setGuideDraftStatus(tx, d, 'published', null)
        await insertGuideReviewStep(tx, d.id, { action: 'publish', from: 'approved', to: 'published', actor: 'system', comment: '定时发布' })
        await recordStaffAudit(tx, 'system', 'guide_publish', null, { guideDraftId: d.id, before: 'approved', after: 'published', scheduled: true })
      }
      return due.length
    })
    if (ids.length === 0 && guides === 0) return
    bumpContentVersion()
    for (const id of ids) await recordStaffAudit(db, 'system', 'notice_publish', null, { noticeId: id, before: 'approved', after: 'published', scheduled: true })
  }
  const sweep = setInterval(() => {
    publishDue().catch((error: unknown) => app.log.error({ err: error }, 'scheduled publication failed'))
  }, SCHEDULE_SWEEP_MS)
  sweep.unref()
  app.addHook('onClose', async () => clearInterval(sweep))

  await app.register(multipart, MULTIPART_LIMITS)

  const visibleNotice = async (staff: StaffAccount, id: number): Promise<StaffNoticeRow> => {
    const n = await findStaffNotice(db, id)
    if (!n) throw new AppError(404, 'NOTICE_NOT_FOUND', '未找到该公告')
    if (rolesOn(staff, n.departmentKey).length === 0 && n.status !== 'published') throw forbidden()
    return n
  }

  app.get(
    '/staff/notices',
    {
      onRequest: staffOnly,
      schema: {
        summary: '公告列表（各种状态）；waiting=true 只列出等待我审核或报送的',
        tags: ['工作人员：公开'],
        querystring: StaffNoticeListQuerySchema,
        response: { 200: StaffNoticePageSchema, ...errors }
      }
    },
    async (request) => {
      await publishDue()
      const staff = staffOf(request)
      const { page, pageSize, status, waiting } = request.query
      const officeWide = isOfficeWide(staff)
      let statuses: ReviewState[] | null = status ? [status] : null
      if (waiting) {
        const queue = waitingStates(staff.roles)
        statuses = statuses ? statuses.filter((s) => queue.includes(s)) : queue
      }
      const { items, total } = await listStaffNotices(db, { statuses, departmentKey: officeWide ? null : staff.department ?? '', page, pageSize })
      const summaries = items.map((n) => summaryOf(n, staff))
      return { items: waiting ? summaries.filter((s) => s.allowedActions.length > 0) : summaries, total, page, pageSize }
    }
  )

  app.post(
    '/staff/notices',
    {
      onRequest: authors,
      schema: { summary: '新建公告草稿', tags: ['工作人员：公开'], body: NoticeDraftBodySchema, response: { 201: StaffNoticeSchema, ...errors } }
    },
    async (request, reply) => {
      const staff = staffOf(request)
      const department = await findDepartment(db, request.body.departmentId)
      if (!department) throw new AppError(400, 'VALIDATION_FAILED', '没有这个部门', { departmentId: '没有这个部门' })
      if (!rolesOn(staff, department.key).some((r) => AUTHORS.includes(r))) throw forbidden()
      const draft = storedNoticeDraft(request.body)
      const id = await db.transaction(async (tx) => {
        const created = await insertNoticeDraft(tx, draft, actorOf(staff))
        await recordStaffAudit(tx, actorOf(staff), 'notice_create', null, { noticeId: created, after: 'draft', title: request.body.title })
        return created
      })
      return reply.status(201).send(await detailOf(db, (await findStaffNotice(db, id)) as StaffNoticeRow, staff))
    }
  )

  app.get(
    '/staff/notices/:id',
    {
      onRequest: staffOnly,
      schema: { summary: '公告详情、附件和审核记录', tags: ['工作人员：公开'], params: IdParamSchema, response: { 200: StaffNoticeSchema, ...errors } }
    },
    async (request) => {
      await publishDue()
      const staff = staffOf(request)
      return detailOf(db, await visibleNotice(staff, request.params.id), staff)
    }
  )

  app.put(
    '/staff/notices/:id',
    {
      onRequest: authors,
      schema: { summary: '修改草稿', tags: ['工作人员：公开'], params: IdParamSchema, body: NoticeDraftBodySchema, response: { 200: StaffNoticeSchema, ...errors } }
    },
    async (request) => {
      const staff = staffOf(request)
      const department = await findDepartment(db, request.body.departmentId)
      if (!department) throw new AppError(400, 'VALIDATION_FAILED', '没有这个部门', { departmentId: '没有这个部门' })
      if (!rolesOn(staff, department.key).some((r) => AUTHORS.includes(r))) throw forbidden()
      const draft = storedNoticeDraft(request.body)
      await db.transaction(async (tx) => {
        const n = await findStaffNotice(tx, request.params.id, true)
        if (!n) throw new AppError(404, 'NOTICE_NOT_FOUND', '未找到该公告')
        const decision = decideReview({ from: n.status, action: 'edit', roles: rolesOn(staff, n.departmentKey), now: auth.now().toISOString() })
        if (!decision.ok) throw refusal(decision.refusal, decision.message)
        await updateNoticeDraft(tx, n.id, draft)
        await insertReviewStep(tx, n.id, { action: 'edit', from: n.status, to: 'draft', actor: actorOf(staff), comment: null })
        await recordStaffAudit(tx, actorOf(staff), 'notice_edit', null, {
          noticeId: n.id,
          before: { title: n.title, category: n.category, departmentId: n.departmentId, timeliness: n.timeliness, body: n.body, bodyFormat: n.bodyFormat },
          after: { title: draft.title, category: draft.category, departmentId: draft.departmentId, timeliness: draft.timeliness, body: draft.body, bodyFormat: draft.bodyFormat }
        })
      })
      return detailOf(db, (await findStaffNotice(db, request.params.id)) as StaffNoticeRow, staff)
    }
  )

  app.post(
    '/staff/notices/:id/review',
    {
      onRequest: staffOnly,
      schema: {
        summary: '审核流程：报送、公开办审核、领导审批、发布（可定时）、取消定时发布、退回修改（需意见）、撤下（需理由）、重新编辑',
        tags: ['工作人员：公开'],
        params: IdParamSchema,
        body: NoticeReviewBodySchema,
        response: { 200: StaffNoticeSchema, ...errors }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      const now = auth.now()
      const { action, comment, publishAt } = request.body
      const step = await db.transaction(async (tx) => {
        const n = await findStaffNotice(tx, request.params.id, true)
        if (!n) throw new AppError(404, 'NOTICE_NOT_FOUND', '未找到该公告')
        const decision = decideReview({ from: n.status, action, roles: rolesOn(staff, n.departmentKey), comment, publishAt, scheduledAt: n.scheduledAt, now: now.toISOString() })
        if (!decision.ok) throw refusal(decision.refusal, decision.message)
        await setNoticeStatus(tx, n.id, decision.to, decision.to === 'published' ? chinaDateOf(now) : null, decision.scheduledAt)
        await insertReviewStep(tx, n.id, { action, from: n.status, to: decision.to, actor: actorOf(staff), comment: comment || null })
        await recordStaffAudit(tx, actorOf(staff), `notice_${action}`, null, {
          noticeId: n.id,
          before: n.status,
          after: decision.to,
          comment: comment || undefined,
          scheduledAt: decision.scheduledAt ?? undefined,
          // The time a cancelled publication was set for: the audit log keeps what was undone.
          cancelledSchedule: action === 'cancel_schedule' ? n.scheduledAt : undefined
        })
        return { from: n.status, to: decision.to }
      })
      // After the commit: a request that read the old rows cannot keep them under the new version.
      if (step.from === 'published' || step.to === 'published') bumpContentVersion()
      return detailOf(db, (await findStaffNotice(db, request.params.id)) as StaffNoticeRow, staff)
    }
  )

  app.post(
    '/staff/notices/:id/attachments',
    {
      onRequest: authors,
      schema: {
        summary: '为草稿上传附件（multipart，字段名 file；PDF、JPG 或 PNG，不超过 10 MB）',
        tags: ['工作人员：公开'],
        params: IdParamSchema,
        response: { 201: StaffNoticeSchema, ...errors, 413: ErrorBodySchema, 415: ErrorBodySchema }
      }
    },
    async (request, reply) => {
      const staff = staffOf(request)
      const n = await visibleNotice(staff, request.params.id)
      if (!allowedReviewActions(n.status, rolesOn(staff, n.departmentKey)).includes('edit')) throw new AppError(409, 'ACTION_NOT_ALLOWED', '只有草稿可以添加或删除附件')
      const { upload, bytes } = await readUploadedFile(request)
      await db.transaction(async (tx) => {
        const id = await insertNoticeAttachment(tx, n.id, { name: upload.name, mimeType: upload.contentType, content: bytes })
        await recordStaffAudit(tx, actorOf(staff), 'notice_attach', null, { noticeId: n.id, attachmentId: id, name: upload.name, size: upload.size })
      })
      return reply.status(201).send(await detailOf(db, (await findStaffNotice(db, n.id)) as StaffNoticeRow, staff))
    }
  )

  app.delete(
    '/staff/notices/:id/attachments/:attachmentId',
    {
      onRequest: authors,
      schema: {
        summary: '删除草稿的附件',
        tags: ['工作人员：公开'],
        params: IdParamSchema.extend({ attachmentId: IdParamSchema.shape.id }),
        response: { 200: StaffNoticeSchema, ...errors }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      const n = await visibleNotice(staff, request.params.id)
      if (!allowedReviewActions(n.status, rolesOn(staff, n.departmentKey)).includes('edit')) throw new AppError(409, 'ACTION_NOT_ALLOWED', '只有草稿可以添加或删除附件')
      await db.transaction(async (tx) => {
        if (!(await deleteNoticeAttachment(tx, n.id, request.params.attachmentId))) throw new AppError(404, 'ATTACHMENT_NOT_FOUND', '未找到该附件')
        await recordStaffAudit(tx, actorOf(staff), 'notice_detach', null, { noticeId: n.id, attachmentId: request.params.attachmentId })
      })
      return detailOf(db, (await findStaffNotice(db, n.id)) as StaffNoticeRow, staff)
    }
  )

  app.get(
    '/staff/notices/:id/attachments/:attachmentId',
    {
      onRequest: staffOnly,
      schema: { summary: '下载公告附件（含未发布的草稿）', tags: ['工作人员：公开'], params: IdParamSchema.extend({ attachmentId: IdParamSchema.shape.id }) }
    },
    async (request, reply) => {
      const staff = staffOf(request)
      const n = await visibleNotice(staff, request.params.id)
      const file = await findNoticeAttachment(db, n.id, request.params.attachmentId)
      if (!file) throw new AppError(404, 'ATTACHMENT_NOT_FOUND', '未找到该附件')
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('cache-control', 'no-store')
        .send(file.content)
    }
  )

  const guideOf = async (g: GuideDraftRow, staff: StaffAccount): Promise<StaffGuide> => ({
    ...guideSummaryOf(g, staff),
    history: await guideHistory(db, g.id)
  })
  const visibleGuide = async (staff: StaffAccount, id: number): Promise<GuideDraftRow> => {
    const g = await findGuideDraft(db, id)
    if (!g) throw new AppError(404, 'GUIDE_NOT_FOUND', '未找到该办事指南')
    if (rolesOn(staff, g.departmentKey).length === 0 && g.status !== 'published') throw forbidden()
    return g
  }
  const checkGuideBody = async (staff: StaffAccount, body: { departmentId: number; revises: number | null }): Promise<void> => {
    const department = await findDepartment(db, body.departmentId)
    if (!department) throw new AppError(400, 'VALIDATION_FAILED', '没有这个部门', { departmentId: '没有这个部门' })
    if (!rolesOn(staff, department.key).some((r) => AUTHORS.includes(r))) throw forbidden()
    if (body.revises !== null && !(await guideExists(db, body.revises))) {
      throw new AppError(400, 'VALIDATION_FAILED', '要修订的办事指南不存在', { revises: '要修订的办事指南不存在' })
    }
  }

  app.get(
    '/staff/guides',
    {
      onRequest: staffOnly,
      schema: { summary: '办事指南草稿和修订（各种状态）；waiting=true 只列出等待我处理的', tags: ['工作人员：公开'], querystring: StaffNoticeListQuerySchema, response: { 200: StaffGuidePageSchema, ...errors } }
    },
    async (request) => {
      await publishDue()
      const staff = staffOf(request)
      const { page, pageSize, status, waiting } = request.query
      let statuses: ReviewState[] | null = status ? [status] : null
      if (waiting) {
        const queue = waitingStates(staff.roles)
        statuses = statuses ? statuses.filter((s) => queue.includes(s)) : queue
      }
      const { items, total } = await listGuideDrafts(db, { statuses, departmentKey: isOfficeWide(staff) ? null : (staff.department ?? ''), page, pageSize })
      const summaries = items.map((g) => guideSummaryOf(g, staff))
      return { items: waiting ? summaries.filter((g) => g.allowedActions.length > 0) : summaries, total, page, pageSize }
    }
  )

  app.post(
    '/staff/guides',
    {
      onRequest: authors,
      schema: { summary: '新建办事指南草稿，或修订已发布的指南（revises：指南编号；修订稿发布前原指南照常公开）', tags: ['工作人员：公开'], body: GuideDraftBodySchema, response: { 201: StaffGuideSchema, ...errors } }
    },
    async (request, reply) => {
      const staff = staffOf(request)
      await checkGuideBody(staff, request.body)
      const draft = storedGuideDraft(request.body)
      const id = await db.transaction(async (tx) => {
        const created = await insertGuideDraft(tx, draft, actorOf(staff))
        await recordStaffAudit(tx, actorOf(staff), 'guide_create', null, { guideDraftId: created, after: 'draft', name: request.body.name, revises: request.body.revises })
        return created
      })
      return reply.status(201).send(await guideOf((await findGuideDraft(db, id)) as GuideDraftRow, staff))
    }
  )

  app.get(
    '/staff/guides/:id',
    { onRequest: staffOnly, schema: { summary: '办事指南草稿详情和审核记录', tags: ['工作人员：公开'], params: IdParamSchema, response: { 200: StaffGuideSchema, ...errors } } },
    async (request) => {
      await publishDue()
      const staff = staffOf(request)
      return guideOf(await visibleGuide(staff, request.params.id), staff)
    }
  )

  app.put(
    '/staff/guides/:id',
    {
      onRequest: authors,
      schema: { summary: '修改办事指南草稿', tags: ['工作人员：公开'], params: IdParamSchema, body: GuideDraftBodySchema, response: { 200: StaffGuideSchema, ...errors } }
    },
    async (request) => {
      const staff = staffOf(request)
      await checkGuideBody(staff, { ...request.body, revises: null })
      const draft = storedGuideDraft(request.body)
      await db.transaction(async (tx) => {
        const g = await findGuideDraft(tx, request.params.id, true)
        if (!g) throw new AppError(404, 'GUIDE_NOT_FOUND', '未找到该办事指南')
        const decision = decideReview({ from: g.status, action: 'edit', roles: rolesOn(staff, g.departmentKey), now: auth.now().toISOString() })
        if (!decision.ok) throw refusal(decision.refusal, decision.message)
        await updateGuideDraft(tx, g.id, draft)
        await insertGuideReviewStep(tx, g.id, { action: 'edit', from: g.status, to: 'draft', actor: actorOf(staff), comment: null })
        await recordStaffAudit(tx, actorOf(staff), 'guide_edit', null, { guideDraftId: g.id, before: g.content, after: draft })
      })
      return guideOf((await findGuideDraft(db, request.params.id)) as GuideDraftRow, staff)
    }
  )

  app.post(
    '/staff/guides/:id/review',
    {
      onRequest: staffOnly,
      schema: {
        summary: '办事指南审核流程：报送、公开办审核、领导审批、发布（可定时）、取消定时发布、退回修改、撤下、重新编辑',
        tags: ['工作人员：公开'],
        params: IdParamSchema,
        body: NoticeReviewBodySchema,
        response: { 200: StaffGuideSchema, ...errors }
      }
    },
    async (request) => {
      const staff = staffOf(request)
      const now = auth.now()
      const { action, comment, publishAt } = request.body
      const step = await db.transaction(async (tx) => {
        const g = await findGuideDraft(tx, request.params.id, true)
        if (!g) throw new AppError(404, 'GUIDE_NOT_FOUND', '未找到该办事指南')
        const decision = decideReview({ from: g.status, action, roles: rolesOn(staff, g.departmentKey), comment, publishAt, scheduledAt: g.scheduledAt, now: now.toISOString() })
        if (!decision.ok) throw refusal(decision.refusal, decision.message)
        await setGuideDraftStatus(tx, g, decision.to, decision.scheduledAt)
        await insertGuideReviewStep(tx, g.id, { action, from: g.status, to: decision.to, actor: actorOf(staff), comment: comment || null })
        await recordStaffAudit(tx, actorOf(staff), `guide_${action}`, null, {
          guideDraftId: g.id,
          before: g.status,
          after: decision.to,
          comment: comment || undefined,
          scheduledAt: decision.scheduledAt ?? undefined,
          // The time a cancelled publication was set for: the audit log keeps what was undone.
          cancelledSchedule: action === 'cancel_schedule' ? g.scheduledAt : undefined
        })
        return { from: g.status, to: decision.to }
      })
      if (step.from === 'published' || step.to === 'published') bumpContentVersion()
      return guideOf((await findGuideDraft(db, request.params.id)) as GuideDraftRow, staff)
    }
  )

  app.get(
    '/staff/timeliness',
    {
      onRequest: staffOnly,
      schema: {
        summary: '公开时效看板：超过更新期限的内容、决定后超过 3 日才发布的及时公开内容、超过一周未答复的热点问题',
        tags: ['工作人员：公开'],
        querystring: TimelinessQuerySchema,
        response: { 200: TimelinessBoardSchema, ...errors }
      }
    },
    async (request) => {
      await publishDue()
      const staff = staffOf(request)
      const asked = request.query.department
      if (!isOfficeWide(staff) && (!staff.department || (asked !== undefined && asked !== staff.department))) throw forbidden()
      const department = isOfficeWide(staff) ? (asked ?? null) : staff.department
      const asOf = chinaDateOf(auth.now())
      const entries = timelinessBoard(await timelinessContent(db, department), await unansweredHotTopics(db, department), asOf)
      return { asOf, entries: entries.map((e) => ({ ...e, reasonLabel: BOARD_REASON_LABELS[e.reason] })) }
    }
  )
}

function refusal(kind: 'not_allowed_in_state' | 'role_not_allowed' | 'comment_required' | 'schedule_in_past', message: string): AppError {
  switch (kind) {
    case 'role_not_allowed':
      return new AppError(403, 'FORBIDDEN', message)
    case 'comment_required':
      return new AppError(400, 'VALIDATION_FAILED', message, { comment: message })
    case 'schedule_in_past':
      return new AppError(400, 'VALIDATION_FAILED', message, { publishAt: message })
    default:
      return new AppError(409, 'ACTION_NOT_ALLOWED', message)
  }
}
