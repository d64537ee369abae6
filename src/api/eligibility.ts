import { EligibilityRulesSchema, type EligibilityRules } from '@/core/schemas/eligibility'
import { getJson } from './client'

/**
 * The local parameters of the benefit self-check: every version with its effective date, and the
 * programmes' materials and offices. The rules themselves are code bundled with the app; only these
 * numbers come from the server, so the self-check runs offline once they are cached.
 */
export function fetchEligibilityRules(): Promise<EligibilityRules> {
  return getJson('/eligibility/rules', EligibilityRulesSchema)
}
