import { DEMO_PARAMETERS, PROGRAMMES, programmeInfo } from '@/core/eligibility'
import { mockRequest, requestsMade } from '../../mock/taro'
import { fetchEligibilityRules } from './eligibility'
import { ApiError } from './errors'

const rules = {
  asOf: '2026-03-01',
  inForce: DEMO_PARAMETERS[1],
  history: [...DEMO_PARAMETERS].reverse(),
  programmes: PROGRAMMES.map(programmeInfo)
}

describe('fetching the self-check parameters', () => {
  it('asks GET /eligibility/rules and returns every parameter version', async () => {
    mockRequest(() => ({ statusCode: 200, data: rules }))
    const fetched = await fetchEligibilityRules()
    expect(requestsMade().map((r) => `${r.method} ${r.url}`)).toEqual(['GET http://localhost/api/v1/eligibility/rules'])
    expect(fetched.history.map((set) => set.version)).toEqual(['canglan-2026', 'canglan-2025'])
  })

  it('refuses parameters the app cannot read rather than run the rules on them', async () => {
    mockRequest(() => ({ statusCode: 200, data: { ...rules, history: [{ ...rules.inForce, values: {} }] } }))
    await expect(fetchEligibilityRules()).rejects.toBeInstanceOf(ApiError)
  })
})
