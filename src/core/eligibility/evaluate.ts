import type { Amount, EligibilityResult, EligibilityStatus, Explanation, Household, MemberResult, ParameterSet, ProgrammeResult, Verdict } from '../schemas/eligibility'
import { factLabel, inAskingOrder } from './facts'
import { explain, firstFailure, whoOf, type RuleContext } from './logic'
import { parametersInForce, versionOf } from './parameters'
import type { Programme } from './programme'
import { PROGRAMMES } from './programmes'

/** Said with every answer: the self-check is guidance, the office decides. */
export const DISCLAIMER = '本结果只是根据您填写的情况作出的初步参考，不是审批决定。能不能享受、享受多少，以街道和有关部门审核确认为准。'

/** No version of the parameters had taken effect on the day asked about. */
export class NoParametersInForceError extends Error {
  readonly code = 'NO_PARAMETERS_IN_FORCE'
  constructor(readonly asOf: string) {
    super(`没有 ${asOf} 当天有效的惠民政策参数`)
    this.name = 'NoParametersInForceError'
  }
}

const STATUS: Record<Verdict, EligibilityStatus> = { pass: 'eligible', fail: 'not_eligible', unknown: 'unknown' }
const NOT_ELIGIBLE_AMOUNT: Amount = { kind: 'none', text: '不符合条件，没有待遇', parameters: [] }
const MAX_NEEDS_IN_SUMMARY = 3

function needsSentence(needs: readonly string[], whoById: ReadonlyMap<string, string>): string {
  const shown = needs.slice(0, MAX_NEEDS_IN_SUMMARY).map((key) => factLabel(key, whoById))
  return `可能符合，还需要了解：${shown.join('、')}${needs.length > MAX_NEEDS_IN_SUMMARY ? '等' : ''}。`
}

/** Properties written out: spreading the programme into the answer was a third of a check's time. */
function answerOf(programme: Programme, status: EligibilityStatus, summary: string, amount: Amount, explanation: Explanation, needs: string[]): ProgrammeResult {
  return {
    id: programme.id,
    name: programme.name,
    scope: programme.scope,
    departmentKey: programme.departmentKey,
    guideName: programme.guideName,
    legalBasis: programme.legalBasis,
    materials: programme.materials,
    status,
    summary,
    amount,
    explanation,
    needs
  }
}

function evaluateForHousehold(programme: Programme, context: RuleContext, whoById: Map<string, string>, memberIndex: Map<string, number>): ProgrammeResult {
  const explanation = explain(programme.rule, context, whoById)
  const status = STATUS[explanation.result]
  const needs = explanation.needs ? inAskingOrder(explanation.needs, memberIndex) : []
  const summary =
    status === 'eligible'
      ? `按您填写的情况，您家符合${programme.name}的申请条件。`
      : status === 'not_eligible'
        ? `暂不符合：${firstFailure(explanation)?.text ?? explanation.text}。`
        : needsSentence(needs, whoById)
  const amount = status === 'not_eligible' ? NOT_ELIGIBLE_AMOUNT : programme.amount(context)
  return answerOf(programme, status, summary, amount, explanation, needs)
}

function combineAmounts(amounts: readonly { who: string; amount: Amount }[]): Amount {
  if (amounts.length === 1) return amounts[0].amount
  const first = amounts[0].amount
  const parameters = amounts.flatMap((a) => a.amount.parameters)
  const text = amounts.map((a) => `${a.who}：${a.amount.text}`).join('；')
  if (first.kind === 'fixed' && amounts.every((a) => a.amount.kind === 'fixed' && a.amount.period === first.period)) {
    const total = amounts.reduce((sum, a) => sum + (a.amount.kind === 'fixed' ? a.amount.yuan : 0), 0)
    return { kind: 'fixed', yuan: total, period: first.period, text, parameters }
  }
  if (amounts.every((a) => a.amount.kind === 'none')) return first
  return { kind: 'assessed', text, parameters }
}

function evaluateForEachMember(programme: Programme, base: RuleContext, whoById: Map<string, string>, memberIndex: Map<string, number>): ProgrammeResult {
  const trees: Explanation[] = []
  const members: MemberResult[] = []
  const eligibleAmounts: { who: string; amount: Amount }[] = []
  const unknownAmounts: { who: string; amount: Amount }[] = []
  let needs: string[] = []
  for (const member of base.household.members) {
    const who = whoById.get(member.id) ?? ''
    const context: RuleContext = { household: base.household, params: base.params, member, who, memo: base.memo }
    const evaluated = explain(programme.rule, context, whoById)
    // A household rule's explanation is shared across members and programmes: relabel a copy of it.
    const tree = programme.rule.householdOnly ? { ...evaluated } : evaluated
    tree.id = `${tree.id}@${member.id}`
    tree.label = `${who}：${tree.label}`
    trees.push(tree)
    const status = STATUS[tree.result]
    if (status === 'not_eligible') {
      members.push({ memberId: member.id, who, status })
      continue
    }
    const amount = programme.amount(context)
    members.push({ memberId: member.id, who, status, amount })
    if (status === 'eligible') eligibleAmounts.push({ who, amount })
    else {
      unknownAmounts.push({ who, amount })
      for (const key of tree.needs ?? []) if (!needs.includes(key)) needs.push(key)
    }
  }
  if (needs.length > 1) needs = inAskingOrder(needs, memberIndex)
  const status: EligibilityStatus = eligibleAmounts.length > 0 ? 'eligible' : unknownAmounts.length > 0 ? 'unknown' : 'not_eligible'
  const result: Verdict = status === 'eligible' ? 'pass' : status === 'unknown' ? 'unknown' : 'fail'
  const explanation: Explanation = {
    id: programme.id,
    label: `${programme.name}：家中有成员符合条件`,
    result,
    text: status === 'eligible' ? `符合条件的有：${eligibleAmounts.map((a) => a.who).join('、')}` : status === 'unknown' ? '还不能确定，需要补充情况' : '家中没有成员符合条件',
    logic: 'any',
    children: trees
  }
  if (needs.length > 0) explanation.needs = needs
  let summary: string
  if (status === 'eligible') summary = `按您填写的情况，${eligibleAmounts.map((a) => a.who).join('、')}符合${programme.name}的条件。`
  else if (status === 'unknown') summary = needsSentence(needs, whoById)
  else {
    const reason = firstFailure(trees[0])?.text ?? trees[0].text
    summary = trees.length === 1 ? `暂不符合：${reason}。` : `家中没有成员符合条件，例如${reason}。`
  }
  const amount = status === 'eligible' ? combineAmounts(eligibleAmounts) : status === 'unknown' ? combineAmounts(unknownAmounts) : NOT_ELIGIBLE_AMOUNT
  const answer = answerOf(programme, status, summary, amount, explanation, needs)
  answer.members = members
  return answer
}

/**
 * Checks a household against every programme with the parameters in force on `asOf` (passed in, never
 * read from a clock). Each programme answers eligible, not eligible or unknown with the facts still
 * needed; the amount is a separate answer; every answer explains itself criterion by criterion.
 * Throws NoParametersInForceError when no version had taken effect on `asOf`.
 * @example
 * evaluateEligibility({ members: [{ id: 'me', relation: 'self', age: 82, localHukou: true }] }, DEMO_PARAMETERS, '2026-03-01')
 *   .programmes.find((p) => p.id === 'old_age_allowance')?.status // 'eligible'
 */
export function evaluateEligibility(
  household: Household,
  history: readonly ParameterSet[],
  asOf: string,
  programmes: readonly Programme[] = PROGRAMMES
): EligibilityResult {
  const params = parametersInForce(history, asOf)
  if (!params) throw new NoParametersInForceError(asOf)
  const whoById = whoOf(household.members)
  const memberIndex = new Map(household.members.map((m, i) => [m.id, i]))
  const base: RuleContext = { household, params, who: '', memo: new Map() }
  return {
    asOf,
    parameters: versionOf(params),
    programmes: programmes.map((programme) =>
      programme.scope === 'household' ? evaluateForHousehold(programme, base, whoById, memberIndex) : evaluateForEachMember(programme, base, whoById, memberIndex)
    ),
    disclaimer: DISCLAIMER
  }
}
