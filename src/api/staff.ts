import Taro from '@tarojs/taro'
import axios from 'axios'
import './zod-jitless'
import { z } from 'zod'
import { UploadSchema, type StaffCaseCreateBody, type Upload } from '@/core/schemas/cases'
import { ErrorBodySchema } from '@/core/schemas/common'
import { FollowUpPageSchema, type FollowUpPage, type FollowUpQuery } from '@/core/schemas/follow-ups'
import type { ReviewState } from '@/core/notices/review'
import { CalendarYearSchema, type CalendarYear, type YearScheduleFile } from '@/core/schemas/calendar'
import {
  HotlineEditBodySchema,
  LeaderEditBodySchema,
  StaffDepartmentSchema,
  StaffGuidePageSchema,
  StaffGuideSchema,
  StaffNoticePageSchema,
  StaffNoticeSchema,
  StaffReceptionSchema,
  TimelinessBoardSchema,
  type DepartmentEditBody,
  type GuideDraftBody,
  type LeaderEditBody,
  type NoticeDraftBody,
  type NoticeReviewBody,
  type ReceptionBody,
  type StaffDepartment,
  type StaffGuide,
  type StaffNotice,
  type StaffNoticeSummary,
  type StaffReception,
  type TimelinessBoard
} from '@/core/schemas/publishing'
import {
  AnnualDisclosureTableSchema,
  DashboardSchema,
  MonthlyTrendSchema,
  type AnnualDisclosureTable,
  type Dashboard,
  type MonthlyTrend
} from '@/core/schemas/reports'
import {
  CaseHandlingSettingsSchema,
  ReplyTemplateSchema,
  StaffAuditPageSchema,
  StaffCaseViewSchema,
  StaffMemberSchema,
  StaffMeSchema,
  StaffQueueSchema,
  StaffSessionSchema,
  type CaseHandlingSettings,
  type SuperiorBodiesBody,
  type ReplyTemplate,
  type StaffAuditQuery,
  type StaffCreateBody,
  type StaffMember,
  type StaffCaseActionBody,
  type StaffCaseView,
  type StaffMe,
  type StaffQueue,
  type StaffQueueQuery,
  type StaffSession
} from '@/core/schemas/staff'
import type { CaseKind } from '@/core/schemas/clock'
import { currentStaffToken, useStaffSession } from '@/stores/staff-session'
import { taroAdapter } from './adapter'
import { apiBase } from './base-url'
import { ApiError, OFFLINE_MESSAGE, SERVER_MESSAGE, UNREADABLE_MESSAGE, toApiError } from './errors'

/**
 * The staff workbench's endpoints (issue 5). A client of its own: staff requests carry the staff
 * token, and a refused one (401) ends the staff session without touching the resident's.
 * Only the staff subpackage imports this module, so zod here costs the main package nothing.
 */
const staffHttp = axios.create({ baseURL: apiBase(), timeout: 20000, adapter: taroAdapter, headers: { Accept: 'application/json' } })

staffHttp.interceptors.request.use((config) => {
  const token = currentStaffToken(new Date())
  if (token) config.headers.set('Authorization', `Bearer ${token}`)
  return config
})
staffHttp.interceptors.response.use(undefined, (error: unknown) => {
  const status = (error as { response?: { status?: number } }).response?.status
  const path = (error as { config?: { url?: string } }).config?.url ?? ''
  if (status === 401 && !path.endsWith('/auth/login')) useStaffSession.getState().signOut()
  return Promise.reject(error)
})

type Params = Record<string, string | number | undefined>
const defined = (params: Params) => Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''))

function parsed<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data)
  if (!result.success) throw new ApiError(200, 'BAD_RESPONSE', UNREADABLE_MESSAGE)
  return result.data
}

async function get<T>(path: string, schema: z.ZodType<T>, params: Params = {}): Promise<T> {
  try {
    return parsed(schema, (await staffHttp.get(path, { params: defined(params) })).data)
  } catch (error) {
    throw toApiError(error)
  }
}

async function post<T>(path: string, body: unknown, schema: z.ZodType<T>, method: 'post' | 'put' = 'post'): Promise<T> {
  try {
    return parsed(schema, (await staffHttp[method](path, body)).data)
  } catch (error) {
    throw toApiError(error)
  }
}

/** A write the server answers with 204 and no body. */
async function send(path: string, body: unknown, method: 'post' | 'put' = 'post'): Promise<void> {
  try {
    await staffHttp[method](path, body)
  } catch (error) {
    throw toApiError(error)
  }
}

/** DELETE of something the server answers with 204 No Content. */
async function remove(path: string): Promise<void> {
  try {
    await staffHttp.delete(path)
  } catch (error) {
    throw toApiError(error)
  }
}

/** POST /staff/auth/login: phone and password; the server counts failures and locks the account. */
export function signInStaff(phone: string, password: string): Promise<StaffSession> {
  return post('/staff/auth/login', { phone, password }, StaffSessionSchema)
}

/**
 * POST /staff/auth/logout with the leaving session's token (the store has already forgotten it): the
 * server ends that session, so a copy of the token left on a shared PC stops working too.
 */
export async function endStaffSession(token: string): Promise<void> {
  await staffHttp.post('/staff/auth/logout', null, { headers: { Authorization: `Bearer ${token}` } })
}

/** GET /staff/me: who is signed in, with roles, department and the actions the matrix grants. */
export function fetchStaffMe(): Promise<StaffMe> {
  return get('/staff/me', StaffMeSchema)
}

export type QueueQuery = Partial<Omit<StaffQueueQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number }

/** GET /staff/cases: the cases the person may see, sorted by due date, with counts per status. */
export function fetchQueue(query: QueueQuery): Promise<StaffQueue> {
  return get('/staff/cases', StaffQueueSchema, { ...query })
}

/** GET /staff/cases/:trackingNo: every event, the clock, the applicant unmasked (the view is logged), the actions allowed now. */
export function fetchStaffCase(trackingNo: string): Promise<StaffCaseView> {
  return get(`/staff/cases/${encodeURIComponent(trackingNo)}`, StaffCaseViewSchema)
}

/** POST /staff/cases/:trackingNo/events: records one action; answers the case with its new clock. */
export function recordCaseAction(trackingNo: string, action: StaffCaseActionBody): Promise<StaffCaseView> {
  return post(`/staff/cases/${encodeURIComponent(trackingNo)}/events`, action, StaffCaseViewSchema)
}

export type FollowUpsQuery = Partial<Omit<FollowUpQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number }

/** GET /staff/follow-ups: the follow-ups (回访) owed after 不满意 ratings, or made, with the counts of each. */
export function fetchFollowUps(query: FollowUpsQuery): Promise<FollowUpPage> {
  return get('/staff/follow-ups', FollowUpPageSchema, { ...query })
}

/** POST /staff/cases: a case received at the window, by post or by phone. */
export function registerCase(body: StaffCaseCreateBody): Promise<StaffCaseView> {
  return post('/staff/cases', body, StaffCaseViewSchema)
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/** POST /staff/cases/:trackingNo/uploads (multipart): a file of the case's reply, e.g. the disclosed document. */
export async function uploadStaffFile(trackingNo: string, filePath: string): Promise<Upload> {
  const token = currentStaffToken(new Date())
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({ url: `${apiBase()}/staff/cases/${encodeURIComponent(trackingNo)}/uploads`, filePath, name: 'file', header: token ? { Authorization: `Bearer ${token}` } : {} })
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
  }
  return answerOfUpload(res, UploadSchema)
}

function answerOfUpload<T>(res: Taro.uploadFile.SuccessCallbackResult, schema: z.ZodType<T>): T {
  const body = parseJson(res.data)
  if (res.statusCode >= 200 && res.statusCode < 300) return parsed(schema, body)
  const error = ErrorBodySchema.safeParse(body)
  if (error.success) throw new ApiError(res.statusCode, error.data.error.code, error.data.error.message)
  throw new ApiError(res.statusCode, 'HTTP_ERROR', SERVER_MESSAGE)
}

/** GET /staff/reports/dashboard: the office's figures for a period (and a department). */
export function fetchDashboard(query: { from: string; to: string; department?: string }): Promise<Dashboard> {
  return get('/staff/reports/dashboard', DashboardSchema, query)
}

/** GET /staff/reports/trend: cases received and on-time rate per month of a year. */
export function fetchMonthlyTrend(query: { year: number; department?: string }): Promise<MonthlyTrend> {
  return get('/staff/reports/trend', MonthlyTrendSchema, query)
}

/** GET /staff/reports/annual-disclosure: the disclosure part of the yearly report, computed from the year's cases. */
export function fetchAnnualDisclosure(year: number): Promise<AnnualDisclosureTable> {
  return get('/staff/reports/annual-disclosure', AnnualDisclosureTableSchema, { year })
}

/** The address of a report's export; the request must still carry the staff token. */
export function reportExportUrl(path: string, params: Params, format: 'csv' | 'xlsx'): string {
  // Spelled out: the mini-program has no URLSearchParams.
  const query = Object.entries(defined({ ...params, format }))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return `${apiBase()}${path}?${query}`
}

/**
 * Downloads an export with the staff token: in H5 the browser saves it under `fileName`; in the
 * mini-program the XLSX opens in the system viewer (where it can be forwarded), a CSV is saved.
 */
export async function downloadReport(url: string, fileName: string): Promise<void> {
  const token = currentStaffToken(new Date())
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  if (process.env.TARO_ENV === 'h5') {
    let response: Response
    try {
      response = await fetch(url, { headers: header })
    } catch {
      throw new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
    }
    if (!response.ok) throw new ApiError(response.status, 'HTTP_ERROR', '导出失败，请稍后重试')
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await response.blob())
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 10000)
    return
  }
  let filePath: string
  try {
    const download = await Taro.downloadFile({ url, header })
    if (download.statusCode !== 200) throw new ApiError(download.statusCode, 'HTTP_ERROR', '导出失败，请稍后重试')
    filePath = download.tempFilePath
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
  }
  if (fileName.endsWith('.xlsx')) await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true })
  else await Taro.saveFile({ tempFilePath: filePath })
}

/** GET /staff/notices: notices in review; `waiting` lists what waits on this person. */
export function fetchStaffNotices(query: { status?: ReviewState; waiting?: boolean; page?: number; pageSize?: number }): Promise<{ items: StaffNoticeSummary[]; total: number; page: number; pageSize: number }> {
  return get('/staff/notices', StaffNoticePageSchema, { ...query, waiting: query.waiting === undefined ? undefined : String(query.waiting) })
}

/** GET /staff/notices/:id: one notice with its body and review history. */
export function fetchStaffNotice(id: number): Promise<StaffNotice> {
  return get(`/staff/notices/${id}`, StaffNoticeSchema)
}

/** POST /staff/notices (a new draft) or PUT /staff/notices/:id (editing one). */
export function saveNoticeDraft(body: NoticeDraftBody, id?: number): Promise<StaffNotice> {
  return id === undefined ? post('/staff/notices', body, StaffNoticeSchema) : post(`/staff/notices/${id}`, body, StaffNoticeSchema, 'put')
}

/** POST /staff/notices/:id/review: one step of the review procedure (send back and unpublish need a comment). */
export function reviewNotice(id: number, body: NoticeReviewBody): Promise<StaffNotice> {
  return post(`/staff/notices/${id}/review`, body, StaffNoticeSchema)
}

/** GET /staff/timeliness: content past renewal, late ad-hoc publications, unanswered hot topics. */
export function fetchTimelinessBoard(): Promise<TimelinessBoard> {
  return get('/staff/timeliness', TimelinessBoardSchema)
}

/**
 * POST /staff/notices/:id/attachments (multipart): a PDF or picture of a draft; answers the notice.
 * `fileName` names the file in a browser, where the picked file reaches Taro as a nameless blob.
 */
export async function uploadNoticeAttachment(id: number, filePath: string, fileName?: string): Promise<StaffNotice> {
  const token = currentStaffToken(new Date())
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({ url: `${apiBase()}/staff/notices/${id}/attachments`, filePath, name: 'file', fileName, header: token ? { Authorization: `Bearer ${token}` } : {} })
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
  }
  return answerOfUpload(res, StaffNoticeSchema)
}

/** DELETE /staff/notices/:id/attachments/:attachmentId: removes a file from a draft; answers the notice. */
export async function removeNoticeAttachment(id: number, attachmentId: number): Promise<StaffNotice> {
  try {
    return parsed(StaffNoticeSchema, (await staffHttp.delete(`/staff/notices/${id}/attachments/${attachmentId}`)).data)
  } catch (error) {
    throw toApiError(error)
  }
}

/** GET /staff/guides: service-guide drafts and revisions; `waiting` lists what waits on this person. */
export function fetchStaffGuides(query: { status?: ReviewState; waiting?: boolean; page?: number; pageSize?: number }): Promise<z.infer<typeof StaffGuidePageSchema>> {
  return get('/staff/guides', StaffGuidePageSchema, { ...query, waiting: query.waiting === undefined ? undefined : String(query.waiting) })
}

/** GET /staff/guides/:id: one guide draft with its review history. */
export function fetchStaffGuide(id: number): Promise<StaffGuide> {
  return get(`/staff/guides/${id}`, StaffGuideSchema)
}

/** POST /staff/guides (a new draft, or a revision of a published guide) or PUT /staff/guides/:id. */
export function saveGuideDraft(body: GuideDraftBody, id?: number): Promise<StaffGuide> {
  return id === undefined ? post('/staff/guides', body, StaffGuideSchema) : post(`/staff/guides/${id}`, body, StaffGuideSchema, 'put')
}

/** POST /staff/guides/:id/review: one step of the same review procedure as notices. */
export function reviewGuide(id: number, body: NoticeReviewBody): Promise<StaffGuide> {
  return post(`/staff/guides/${id}/review`, body, StaffGuideSchema)
}

/* Contacts, reception days and the holiday calendar (the disclosure office and administrators). */

/** GET /staff/content/departments: every department with its department code. */
export function fetchStaffDepartments(): Promise<StaffDepartment[]> {
  return get('/staff/content/departments', z.array(StaffDepartmentSchema))
}

/** PUT /staff/content/departments/:id: name, duties, phone, address, hours (and code). */
export function saveDepartment(id: number, body: DepartmentEditBody): Promise<StaffDepartment> {
  return post(`/staff/content/departments/${id}`, body, StaffDepartmentSchema, 'put')
}

/** PUT /staff/content/leaders/:id: a leader's name, post, duties (分工) and phone. */
export function saveLeader(id: number, body: LeaderEditBody): Promise<LeaderEditBody & { id: number }> {
  return post(`/staff/content/leaders/${id}`, body, LeaderEditBodySchema.extend({ id: z.number().int() }), 'put')
}

/** PUT /staff/content/hotlines/:key: the duty phone or the supervision hotline. */
export function saveHotline(key: 'dutyPhone' | 'supervisionHotline', body: z.infer<typeof HotlineEditBodySchema>): Promise<z.infer<typeof HotlineEditBodySchema>> {
  return post(`/staff/content/hotlines/${key}`, body, HotlineEditBodySchema, 'put')
}

/** GET /staff/content/receptions: the leaders' reception days. */
export function fetchReceptions(): Promise<StaffReception[]> {
  return get('/staff/content/receptions', z.array(StaffReceptionSchema))
}

/** POST /staff/content/receptions (a new reception day) or PUT /staff/content/receptions/:id. */
export function saveReception(body: ReceptionBody, id?: number): Promise<StaffReception> {
  return id === undefined ? post('/staff/content/receptions', body, StaffReceptionSchema) : post(`/staff/content/receptions/${id}`, body, StaffReceptionSchema, 'put')
}

/** DELETE /staff/content/receptions/:id. */
export function deleteReception(id: number): Promise<void> {
  return remove(`/staff/content/receptions/${id}`)
}

/** GET /calendar/:year: a year's days off and make-up working days, announced or provisional. */
export function fetchCalendarYear(year: number): Promise<CalendarYear> {
  return get(`/calendar/${year}`, CalendarYearSchema)
}

/** POST /staff/calendar/years (administrators): the State Council's schedule of a year replaces what was there. */
export function importCalendarYear(schedule: YearScheduleFile): Promise<CalendarYear> {
  return post('/staff/calendar/years', schedule, CalendarYearSchema)
}

export type AuditQuery = Partial<Omit<StaffAuditQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number }
export type StaffAuditPage = z.infer<typeof StaffAuditPageSchema>

/** GET /staff/audit: one case's log, or (administrators) the whole log narrowed by actor, action and days. */
export function fetchStaffAudit(query: AuditQuery): Promise<StaffAuditPage> {
  return get('/staff/audit', StaffAuditPageSchema, { ...query })
}

/** GET /staff/templates: the reply template of every kind and outcome that has one (edited or the office's starting text). */
export function fetchReplyTemplates(): Promise<ReplyTemplate[]> {
  return get('/staff/templates', z.array(ReplyTemplateSchema))
}

/** PUT /staff/templates/:kind/:outcome: replaces one template (administrators and the disclosure office). */
export function saveReplyTemplate(kind: string, outcome: string, body: string): Promise<ReplyTemplate> {
  return post(`/staff/templates/${encodeURIComponent(kind)}/${encodeURIComponent(outcome)}`, { body }, ReplyTemplateSchema, 'put')
}

/** GET /staff/accounts: every staff account, disabled ones included (administrators). */
export function fetchStaffAccounts(): Promise<StaffMember[]> {
  return get('/staff/accounts', z.array(StaffMemberSchema))
}

/** POST /staff/accounts: a new staff member with an initial password. */
export function addStaffAccount(body: StaffCreateBody): Promise<StaffMember> {
  return post('/staff/accounts', body, StaffMemberSchema)
}

/** POST /staff/accounts/:id/disable: the account stops working at once, its sessions end. */
export function disableStaffAccount(id: number): Promise<void> {
  return send(`/staff/accounts/${id}/disable`, {})
}

/** PUT /staff/accounts/:id/password: a new password, which lifts a lock-out and ends the old sessions. */
export function resetStaffPassword(id: number, password: string): Promise<void> {
  return send(`/staff/accounts/${id}/password`, { password }, 'put')
}

/** GET /staff/settings: how the office handles cases (which kinds' replies need a head's approval). */
export function fetchCaseHandlingSettings(): Promise<CaseHandlingSettings> {
  return get('/staff/settings', CaseHandlingSettingsSchema)
}

/** PUT /staff/settings/superior-bodies: the reconsideration and 复查 bodies every reply names (administrators). */
export function saveSuperiorBodies(body: SuperiorBodiesBody): Promise<CaseHandlingSettings> {
  return post('/staff/settings/superior-bodies', body, CaseHandlingSettingsSchema, 'put')
}

/** PUT /staff/settings/reply-approval: the kinds whose clerks' replies wait for a head's approval (administrators). */
export function saveReplyApproval(kinds: CaseKind[]): Promise<CaseHandlingSettings> {
  return post('/staff/settings/reply-approval', { kinds }, CaseHandlingSettingsSchema, 'put')
}

