import type { Amount, EligibilityResult, EligibilityStatus, Explanation, Household, MemberResult, ParameterSet, ProgrammeResult, Verdict } from '../schemas/eligibility'
import { factLabel, inAskingOrder } from './facts'
import { explain, firstElsewhere, firstFailure, whoOf, type RuleContext } from './logic'
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

const STATUS: Record<Verdict, EligibilityStatus> = { pass: 'eligible', fail: 'not_eligible', unknown: 'unknown', elsewhere: 'apply_elsewhere' }
const NOT_ELIGIBLE_AMOUNT: Amount = { kind: 'none', text: '不符合条件，没有待遇', parameters: [] }
const ELSEWHERE_AMOUNT: Amount = { kind: 'assessed', text: '按户口所在地的标准确定', parameters: [] }
const MAX_NEEDS_IN_SUMMARY = 3

function needsSentence(needs: readonly string[], asks: readonly string[], whoById: ReadonlyMap<string, string>): string {
  if (needs.length === 0 && asks.length > 0) return `可能符合，请到窗口问清楚：${asks.join('；')}。`
  const shown = needs.slice(0, MAX_NEEDS_IN_SUMMARY).map((key) => factLabel(key, whoById))
  return `可能符合，还需要了解：${shown.join('、')}${needs.length > MAX_NEEDS_IN_SUMMARY ? '等' : ''}。`
}

/**
 * Where to apply instead (最低生活保障审核确认办法 第四条): the place of registration, whose standards decide.
 * @example elsewhereSentence('您的户口不在本街道', '高龄津贴') // '请到户口所在地申请：您的户口不在本街道，高龄津贴由户口所在地的街道办事处（乡镇人民政府）受理，按当地标准审核。'
 */
function elsewhereSentence(reason: string, programme: string): string {
  return `请到户口所在地申请：${reason}，${programme}由户口所在地的街道办事处（乡镇人民政府）受理，按当地标准审核。`
}

/** Properties written out: spreading the programme into the answer was a third of a check's time. */
function answerOf(programme: Programme, status: EligibilityStatus, summary: string, amount: Amount, explanation: Explanation, needs: string[], askAtWindow: string[]): ProgrammeResult {
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
    needs,
    askAtWindow
  }
}

function evaluateForHousehold(programme: Programme, context: RuleContext, whoById: Map<string, string>, memberIndex: Map<string, number>): ProgrammeResult {
  const explanation = explain(programme.rule, context, whoById)
  const status = STATUS[explanation.result]
  const needs = explanation.needs ? inAskingOrder(explanation.needs, memberIndex) : []
  const asks = explanation.ask ?? []
  const summary =
    status === 'eligible'
      ? `按您填写的情况，您家符合${programme.name}的申请条件。`
      : status === 'not_eligible'
        ? `暂不符合：${firstFailure(explanation)?.text ?? explanation.text}。`
        : status === 'apply_elsewhere'
          ? elsewhereSentence(firstElsewhere(explanation)?.text ?? explanation.text, programme.name)
          : needsSentence(needs, asks, whoById)
  const amount = status === 'not_eligible' ? NOT_ELIGIBLE_AMOUNT : status === 'apply_elsewhere' ? ELSEWHERE_AMOUNT : programme.amount(context)
  return answerOf(programme, status, summary, amount, explanation, needs, asks)
}

function combineAmounts(amounts: readonly { who: string; amount: Amount }[]): Amount {
  if (amounts.length === 1) return amounts[0].amount
  const first = amounts[0].amount
  const parameters = amounts.flatMap((a) => a.amount.parameters)
  // Members with the same amount are named together, so that no sentence is said twice.
  const texts: string[] = []
  const whos: string[][] = []
  for (const a of amounts) {
    const at = texts.indexOf(a.amount.text)
    if (at < 0) {
      texts.push(a.amount.text)
      whos.push([a.who])
    } else whos[at].push(a.who)
  }
  let text = ''
  for (let i = 0; i < texts.length; i += 1) text += `${i > 0 ? '；' : ''}${whos[i].join('、')}：${texts[i]}`
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
  const elsewhereTrees: Explanation[] = []
  const asks: string[] = []
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
    if (status === 'not_eligible' || status === 'apply_elsewhere') {
      members.push({ memberId: member.id, who, status })
      if (status === 'apply_elsewhere') elsewhereTrees.push(tree)
      continue
    }
    const amount = programme.amount(context)
    members.push({ memberId: member.id, who, status, amount })
    if (status === 'eligible') eligibleAmounts.push({ who, amount })
    else {
      unknownAmounts.push({ who, amount })
      for (const key of tree.needs ?? []) if (!needs.includes(key)) needs.push(key)
      for (const text of tree.ask ?? []) if (!asks.includes(text)) asks.push(text)
    }
  }
  if (needs.length > 1) needs = inAskingOrder(needs, memberIndex)
  const status: EligibilityStatus =
    eligibleAmounts.length > 0 ? 'eligible' : unknownAmounts.length > 0 ? 'unknown' : elsewhereTrees.length > 0 ? 'apply_elsewhere' : 'not_eligible'
  const result: Verdict = status === 'eligible' ? 'pass' : status === 'unknown' ? 'unknown' : status === 'apply_elsewhere' ? 'elsewhere' : 'fail'
  const explanation: Explanation = {
    id: programme.id,
    label: `${programme.name}：家中有成员符合条件`,
    result,
    text:
      status === 'eligible'
        ? `符合条件的有：${eligibleAmounts.map((a) => a.who).join('、')}`
        : status === 'unknown'
          ? '还不能确定，需要补充情况'
          : status === 'apply_elsewhere'
            ? '要到户口所在地申请'
            : '家中没有成员符合条件',
    logic: 'any',
    children: trees
  }
  if (needs.length > 0) explanation.needs = needs
  if (status === 'unknown' && asks.length > 0) explanation.ask = asks
  let summary: string
  if (status === 'eligible') summary = `按您填写的情况，${eligibleAmounts.map((a) => a.who).join('、')}符合${programme.name}的条件。`
  else if (status === 'unknown') summary = needsSentence(needs, asks, whoById)
  else if (status === 'apply_elsewhere') {
    const reasons = elsewhereTrees.map((tree) => firstElsewhere(tree)?.text ?? tree.text)
    summary = elsewhereSentence(reasons.join('；'), programme.name)
  } else {
    const reason = firstFailure(trees[0])?.text ?? trees[0].text
    summary = trees.length === 1 ? `暂不符合：${reason}。` : `家中没有成员符合条件，例如${reason}。`
  }
  const amount =
    status === 'eligible'
      ? combineAmounts(eligibleAmounts)
      : status === 'unknown'
        ? combineAmounts(unknownAmounts)
        : status === 'apply_elsewhere'
          ? ELSEWHERE_AMOUNT
          : NOT_ELIGIBLE_AMOUNT
  const answer = answerOf(programme, status, summary, amount, explanation, needs, status === 'unknown' ? asks : [])
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
