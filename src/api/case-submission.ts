import type { CaseCreated, CaseCreateInput, CaseSummary } from '@/core/schemas/cases'
import type { Page } from '@/core/schemas/common'
import { getJson, postJson, unchecked } from './client'

/**
 * The two case requests the main package makes (the outbox on every page, the count on 首页). Their
 * answers are taken as the server typed them, which checks them with CaseCreatedSchema and
 * CaseSummaryPageSchema before sending: parsing again here would load zod on the first page.
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
