import Taro from '@tarojs/taro'
import axios from 'axios'
import './zod-jitless'
import { z } from 'zod'
import { StaffCaseSchema, UploadSchema, type StaffCase, type StaffCaseCreateBody, type StaffCaseEventBody, type Upload } from '@/core/schemas/cases'
import { CaseKindSchema, ClockSchema, type CaseKind } from '@/core/schemas/clock'
import { CalendarDateSchema, ErrorBodySchema } from '@/core/schemas/common'
import { StaffMeSchema, StaffSessionSchema, type StaffMe, type StaffSession } from '@/core/schemas/staff'
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

/** POST /staff/auth/login: phone and password; the server counts failures and locks the account. */
export function signInStaff(phone: string, password: string): Promise<StaffSession> {
  return post('/staff/auth/login', { phone, password }, StaffSessionSchema)
}

/** GET /staff/me: who is signed in, with roles, department and the actions the matrix grants. */
export function fetchStaffMe(): Promise<StaffMe> {
  return get('/staff/me', StaffMeSchema)
}

/** One line of the queue: enough to decide what to open next. */
export const QueueItemSchema = z.object({
  trackingNo: z.string(),
  kind: CaseKindSchema,
  title: z.string(),
  status: z.string(),
  statusLabel: z.string().optional(),
  department: z.string().nullable().optional(),
  channel: z.string().optional(),
  receivedOn: CalendarDateSchema,
  clock: ClockSchema,
  escalated: z.boolean().optional()
})
export type QueueItem = z.infer<typeof QueueItemSchema>

export const QueuePageSchema = z.object({
  items: z.array(QueueItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Cases per status among all the person may see (not only this page). */
  counts: z.record(z.string(), z.number().int()).optional()
})
export type QueuePage = z.infer<typeof QueuePageSchema>

export interface QueueQuery {
  kind?: CaseKind
  status?: string
  department?: string
  /** `overdue`, `due_soon` (≤ 3 working days) or nothing for every case. */
  due?: 'overdue' | 'due_soon'
  page?: number
  pageSize?: number
}

/** GET /staff/cases: the cases the person may see, sorted by the due date of their clock. */
export function fetchQueue(query: QueueQuery): Promise<QueuePage> {
  return get('/staff/cases', QueuePageSchema, { ...query })
}

/** GET /staff/cases/:trackingNo: every event, the clock, the applicant unmasked (the view is logged). */
export function fetchStaffCase(trackingNo: string): Promise<StaffCase> {
  return get(`/staff/cases/${encodeURIComponent(trackingNo)}`, StaffCaseSchema)
}

/**
 * The body of an action as the workbench sends it: the interim schema's actions plus those of the
 * workbench (assign, approve_extension).
 */
export type StaffAction =
  | StaffCaseEventBody
  | { type: 'assign'; on?: string; department: string; reason?: string }
  | { type: 'approve_extension'; on?: string }

/** POST /staff/cases/:trackingNo/events: records one action; answers the case with its new clock. */
export function recordCaseAction(trackingNo: string, action: StaffAction): Promise<StaffCase> {
  return post(`/staff/cases/${encodeURIComponent(trackingNo)}/events`, action, StaffCaseSchema)
}

/** POST /staff/cases: a case received at the window, by post or by phone. */
export function registerCase(body: StaffCaseCreateBody): Promise<StaffCase> {
  return post('/staff/cases', body, StaffCaseSchema)
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/** POST /staff/uploads (multipart): a file of a reply, e.g. the disclosed document. */
export async function uploadStaffFile(filePath: string): Promise<Upload> {
  const token = currentStaffToken(new Date())
  let res: Taro.uploadFile.SuccessCallbackResult
  try {
    res = await Taro.uploadFile({ url: `${apiBase()}/staff/uploads`, filePath, name: 'file', header: token ? { Authorization: `Bearer ${token}` } : {} })
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', OFFLINE_MESSAGE)
  }
  const body = parseJson(res.data)
  if (res.statusCode >= 200 && res.statusCode < 300) return parsed(UploadSchema, body)
  const error = ErrorBodySchema.safeParse(body)
  if (error.success) throw new ApiError(res.statusCode, error.data.error.code, error.data.error.message)
  throw new ApiError(res.statusCode, 'HTTP_ERROR', SERVER_MESSAGE)
}
