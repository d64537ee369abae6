import type { Me } from '@/core/schemas/auth'
import type { CaseCreated, CaseCreateInput, CaseSummary } from '@/core/schemas/cases'
import type { Page } from '@/core/schemas/common'
import { getJson, http, postJson, unchecked } from './client'

/**
 * The resident's requests that the main package makes (the outbox on every page, the counts on 首页).
 * Their answers are taken as the server typed them, which checks them with CaseCreatedSchema,
 * CaseSummaryPageSchema and MeSchema before sending: parsing again here would load zod on the first page.
 */

/**
 * POST /cases. The key stays the same for every resend of one submission, so that the server keeps
 * one case however many times the request had to be repeated.
 */
export function submitCase(body: CaseCreateInput, idempotencyKey: string): Promise<CaseCreated> {
  return postJson('/cases', body, unchecked<CaseCreated>(), { 'Idempotency-Key': idempotencyKey })
}

/** GET /cases/mine, newest first, for 首页's count of open cases. */
export async function fetchMyCaseSummaries(): Promise<CaseSummary[]> {
  return (await getJson('/cases/mine', unchecked<Page<CaseSummary>>(), { pageSize: 50 })).items
}

/** GET /me: for the unread-message count beside 我的事项. */
export function fetchMeBrief(): Promise<Me> {
  return getJson('/me', unchecked<Me>())
}

/**
 * POST /auth/logout with the leaving session's token (the phone may already have forgotten it): the
 * server ends that session, so a copy of the token taken from this phone stops working too.
 */
export async function endSession(token: string): Promise<void> {
  await http.post('/auth/logout', null, { headers: { Authorization: `Bearer ${token}` } })
}
