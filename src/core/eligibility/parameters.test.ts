import { ParameterSetSchema } from '../schemas/eligibility'
import { DEMO_PARAMETERS, parametersInForce } from '.'

describe('the local parameters', () => {
  it('the demo versions are valid parameter files and are marked as examples', () => {
    for (const set of DEMO_PARAMETERS) {
      expect(ParameterSetSchema.parse(set)).toEqual(set)
      expect(set.example).toBe(true)
      expect(set.source).toContain('示例')
    }
  })

  it.each([
    ['2025-01-01', 'canglan-2025'],
    ['2025-12-31', 'canglan-2025'],
    ['2026-01-01', 'canglan-2026'],
    ['2030-01-01', 'canglan-2026']
  ])('on %s the version in force is %s', (asOf, version) => {
    expect(parametersInForce(DEMO_PARAMETERS, asOf)?.version).toBe(version)
  })

  it('before the first version took effect none is in force', () => {
    expect(parametersInForce(DEMO_PARAMETERS, '2024-12-31')).toBeUndefined()
  })

  it('refuses a file whose age bands are out of order, in Chinese', () => {
    const [set] = DEMO_PARAMETERS
    const bad = { ...set, values: { ...set.values, oldAgeBands: [{ fromAge: 90, monthly: 300 }, { fromAge: 80, monthly: 100 }] } }
    const result = ParameterSetSchema.safeParse(bad)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0].message).toBe('高龄津贴的年龄档次要从低到高排列，不能重复')
  })

  it('accepts a file without the local property and residence rules (最低生活保障审核确认办法 leaves them to the provinces): the self-check then answers 还需确认', () => {
    const [set] = DEMO_PARAMETERS
    const { vehicleDisqualifies: _vehicle, extraHousingDisqualifies: _housing, ...values } = set.values
    const parsed = ParameterSetSchema.parse({ ...set, values })
    expect(parsed.values.vehicleDisqualifies).toBeUndefined()
    expect(parsed.values.applyAtResidenceWithPermit).toBeUndefined()
  })

  it('refuses a local rule that is not yes or no, in Chinese', () => {
    const [set] = DEMO_PARAMETERS
    const bad = { ...set, values: { ...set.values, vehicleDisqualifies: '是' } }
    expect(ParameterSetSchema.safeParse(bad).error?.issues[0].message).toBe('“有机动车不能申请”只能是 true 或 false')
  })

  it('refuses a file without a source, so that every answer can cite one', () => {
    const [set] = DEMO_PARAMETERS
    expect(ParameterSetSchema.safeParse({ ...set, source: '' }).error?.issues[0].message).toBe('请填写参数的来源（文件名称和文号）')
  })
})
