import { fetchEligibilityRules } from '@/api/eligibility'
import { DEMO_PARAMETERS, type ParameterSet } from '@/core/eligibility'
import { useResource } from '@/hooks/use-resource'

/**
 * The parameter versions the self-check runs on: the office's, as last fetched from the server and
 * cached on the phone; before they were ever fetched, the example standards bundled with the app.
 * The rules themselves are bundled code, so the self-check never waits for the network.
 */
export function useEligibilityHistory(): readonly ParameterSet[] {
  const rules = useResource('eligibility:rules', fetchEligibilityRules)
  return rules.data?.history ?? DEMO_PARAMETERS
}
