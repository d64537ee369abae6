import type { Amount, ProgrammeInfo } from '../schemas/eligibility'
import type { Rule, RuleContext } from './logic'

/**
 * A benefit programme as rules: who qualifies (`rule`, over the household or over each member, as
 * `scope` says), what they would get (`amount`, a separate answer), and where and with what to apply.
 */
export interface Programme extends ProgrammeInfo {
  rule: Rule
  /** The amount for an eligible (or possibly eligible) household or member; never decides eligibility. */
  amount: (context: RuleContext) => Amount
}
