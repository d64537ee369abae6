import type { ProgrammeInfo } from '../../schemas/eligibility'
import type { Programme } from '../programme'
import { disabilityCareSubsidy, disabilityLivingSubsidy } from './disability'
import { oldAgeAllowance, residentMedicalInsurance, residentPension } from './elderly-and-insurance'
import { dibao, medicalAssistance, tekun, temporaryAssistance } from './social-assistance'

export { dibao, tekun, temporaryAssistance, medicalAssistance, disabilityLivingSubsidy, disabilityCareSubsidy, oldAgeAllowance, residentPension, residentMedicalInsurance }

/** The programmes of the self-check, in the order the results page lists them. */
export const PROGRAMMES: readonly Programme[] = [
  dibao,
  tekun,
  temporaryAssistance,
  medicalAssistance,
  disabilityLivingSubsidy,
  disabilityCareSubsidy,
  oldAgeAllowance,
  residentPension,
  residentMedicalInsurance
]

/** What a programme is, without its rule: for lists, links and the rules endpoint. */
export function programmeInfo(programme: Programme): ProgrammeInfo {
  const { id, name, scope, departmentKey, guideName, legalBasis, materials } = programme
  return { id, name, scope, departmentKey, guideName, legalBasis, materials }
}
