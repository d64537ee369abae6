import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSync } from 'esbuild'
import { DEMO_PARAMETERS, evaluateEligibility, nextQuestion, type Answers, type Household } from '../src/core/eligibility'
import { callsPerSecond } from './measure'

/**
 * Eligibility checks per second: a 4-member household (two working-age parents, a child, a
 * grandmother of 82 with a disability) across all nine programmes, explanations included. Issue 6
 * target: ≥ 20,000/s. Then the size the rules and the engine add to the app: the core eligibility
 * module bundled and minified with esbuild (zod stays out: the engine imports only types from it).
 */
const household: Household = {
  area: 'urban',
  perCapitaMonthlyIncome: 1300,
  financialAssetsPerCapita: 12000,
  ownsExtraHousing: false,
  ownsVehicle: false,
  existingStatus: 'none',
  suddenHardship: false,
  heavyMedicalCosts: true,
  members: [
    { id: 'a', relation: 'self', age: 45, localHukou: true, hasDisability: false, canWork: true, monthlyIncome: 3000, isFullTimeStudent: false, inEmployeePension: false, inEmployeeMedical: false },
    { id: 'b', relation: 'spouse', age: 43, localHukou: true, hasDisability: false, canWork: true, monthlyIncome: 0, isFullTimeStudent: false, inEmployeePension: true, inEmployeeMedical: true },
    { id: 'c', relation: 'child', age: 12, localHukou: true, hasDisability: false, monthlyIncome: 0, hasAbleSupporter: true, isFullTimeStudent: true },
    {
      id: 'd',
      relation: 'parent',
      age: 82,
      localHukou: true,
      hasDisability: true,
      disabilityCertificate: true,
      disabilityGrade: 2,
      disabilityCategory: 'physical',
      needsLongTermCare: true,
      monthlyIncome: 3000,
      hasAbleSupporter: true,
      inEmployeePension: false,
      inEmployeeMedical: false
    }
  ]
}
const asOfs = ['2025-06-01', '2026-03-01', '2026-11-25']

let sink = 0
const run = (n: number) => {
  for (let i = 0; i < n; i++) sink += evaluateEligibility(household, DEMO_PARAMETERS, asOfs[i % asOfs.length]).programmes.length
}

const rate = callsPerSecond(run, 5_000, 20_000)
console.log(`eligibility_checks_per_s: ${rate.cpu}`)
console.log(`eligibility_checks_per_wall_s: ${rate.wall}`)
if (sink === 0) console.log('eligibility_bench_sink: 0')

// One screen of the questionnaire: the slowest step of a whole walk through it (answering 「不清楚」
// throughout, the case that tries the most questions), in milliseconds of this process's CPU time.
let answers: Answers = { members: household.members.map(({ id, relation }) => ({ id, relation })) }
let slowest = 0
for (;;) {
  const before = process.cpuUsage()
  const q = nextQuestion(answers, DEMO_PARAMETERS, '2026-03-01')
  const used = process.cpuUsage(before)
  slowest = Math.max(slowest, (used.user + used.system) / 1000)
  if (!q) break
  answers = { ...answers, [q.key]: null }
}
console.log(`eligibility_next_question_slowest_ms: ${slowest.toFixed(2)}`)

const built = buildSync({
  entryPoints: [path.resolve(__dirname, '../src/core/eligibility/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2017',
  write: false
})
const bundle = built.outputFiles[0].contents
console.log(`eligibility_rules_bytes: ${bundle.length}`)
console.log(`eligibility_rules_gzip_bytes: ${gzipSync(bundle).length}`)
