import type { Explanation, Household, Member, ParameterSet, ParameterUse, Verdict } from '../schemas/eligibility'

/** What a rule sees: the household, the parameters in force and, inside a member rule, the member. */
export interface RuleContext {
  household: Household
  params: ParameterSet
  member?: Member
  /** How the member is named in sentences (「您」「您的配偶」); '' outside a member rule. */
  who: string
  /** Explanations of household rules already evaluated in this check, reused for every member. */
  memo?: Map<Rule, Explanation>
}

/**
 * What a criterion found: pass, fail, unknown or elsewhere (decided where the person is registered),
 * said in one sentence, with what it used or lacks.
 */
export interface Finding {
  result: Verdict
  text: string
  /** Answer keys of the facts that would decide an unknown finding. */
  needs?: string[]
  /** What to ask at the window, for an unknown that no question of the self-check can decide. */
  ask?: string
  /**
   * A failure under the local standards only (another place's standards may differ); on an unknown
   * finding, that it can only turn into such a failure.
   */
  local?: boolean
  /** An unknown registration: it may turn out to be elsewhere. */
  elsewherePossible?: boolean
  parameters?: ParameterUse[]
}

/** A named test, the leaf of a rule set. */
export interface Criterion {
  kind: 'criterion'
  id: string
  label: string
  /** Reads only household facts, so one evaluation serves every member. */
  householdOnly: boolean
  test: (context: RuleContext) => Finding
}

/** All of the parts must pass (a failed part decides), or any one of them (a passed part decides). */
export interface Combination {
  kind: 'all' | 'any'
  id: string
  label: string
  householdOnly: boolean
  of: readonly Rule[]
}

/** The rule holds for at least one member of the household. */
export interface SomeMember {
  kind: 'someMember'
  id: string
  label: string
  householdOnly: true
  rule: Rule
}

export type Rule = Criterion | Combination | SomeMember

/** A criterion about one member (the default) or, with `householdOnly`, about the household alone. */
export function criterion(id: string, label: string, test: (context: RuleContext) => Finding, householdOnly = false): Criterion {
  return { kind: 'criterion', id, label, householdOnly, test }
}

export function all(id: string, label: string, ...of: Rule[]): Combination {
  return { kind: 'all', id, label, householdOnly: of.every((r) => r.householdOnly), of }
}

export function any(id: string, label: string, ...of: Rule[]): Combination {
  return { kind: 'any', id, label, householdOnly: of.every((r) => r.householdOnly), of }
}

export function someMember(id: string, label: string, rule: Rule): SomeMember {
  return { kind: 'someMember', id, label, householdOnly: true, rule }
}

/**
 * Every finding has the same properties in the same order, absent ones undefined: the engine reads
 * findings of every criterion at one place, and one object shape keeps that place fast.
 */
function finding(
  result: Verdict,
  text: string,
  parameters: ParameterUse[] | undefined,
  needs?: string[],
  ask?: string,
  local?: boolean,
  elsewherePossible?: boolean
): Finding {
  return { result, text, needs, ask, local, elsewherePossible, parameters }
}

export function pass(text: string, parameters?: ParameterUse[]): Finding {
  return finding('pass', text, parameters)
}

export function fail(text: string, parameters?: ParameterUse[]): Finding {
  return finding('fail', text, parameters)
}

export function unknown(text: string, needs: string[], parameters?: ParameterUse[]): Finding {
  return finding('unknown', text, parameters, needs)
}

/** A failure that only the local standards decide (income, property), outweighed by registration elsewhere. */
export function failLocally(text: string, parameters?: ParameterUse[]): Finding {
  return finding('fail', text, parameters, undefined, undefined, true)
}

/** Unknown, and at worst a failure under the local standards. */
export function unknownLocally(text: string, needs: string[], parameters?: ParameterUse[]): Finding {
  return finding('unknown', text, parameters, needs, undefined, true)
}

/** Unknown because national rules leave it to the office: nothing to answer here, something to ask there. */
export function askAtWindow(text: string, ask: string, parameters?: ParameterUse[], local = false): Finding {
  return finding('unknown', text, parameters, [], ask, local)
}

/** Unknown until the registration is known, which may send the application elsewhere. */
export function unknownRegistration(text: string, needs: string[], parameters?: ParameterUse[]): Finding {
  return finding('unknown', text, parameters, needs, undefined, true, true)
}

/** The application belongs where the person is registered (最低生活保障审核确认办法 第四条). */
export function elsewhere(text: string, parameters?: ParameterUse[]): Finding {
  return finding('elsewhere', text, parameters)
}

/** The answer key of a household fact (`perCapitaMonthlyIncome`) or of a member's (`age@m2`). */
export function factKey(fact: string, memberId?: string): string {
  return memberId === undefined ? fact : `${fact}@${memberId}`
}

const RELATION_WHO: Record<Member['relation'], string> = {
  self: '您',
  spouse: '您的配偶',
  child: '您的子女',
  parent: '您的父亲或母亲',
  grandparent: '您的祖父母或外祖父母',
  grandchild: '您的孙子女或外孙子女',
  sibling: '您的兄弟姐妹',
  other: '同住的家人'
}

/**
 * How sentences name each member: the resident's own word for them, or the relation, numbered when
 * two members share it. Keyed by member id.
 * @example whoOf([{ id: 'a', relation: 'self' }, { id: 'b', relation: 'child' }, { id: 'c', relation: 'child' }])
 *   // Map { a → '您', b → '您的子女（第1位）', c → '您的子女（第2位）' }
 */
export function whoOf(members: readonly Pick<Member, 'id' | 'relation' | 'label'>[]): Map<string, string> {
  const counts = new Map<string, number>()
  for (const m of members) counts.set(m.relation, (counts.get(m.relation) ?? 0) + 1)
  const seen = new Map<string, number>()
  const names = new Map<string, string>()
  for (const m of members) {
    const n = (seen.get(m.relation) ?? 0) + 1
    seen.set(m.relation, n)
    const base = RELATION_WHO[m.relation]
    names.set(m.id, m.label ? m.label : (counts.get(m.relation) ?? 0) > 1 ? `${base}（第${n}位）` : base)
  }
  return names
}

function mergeNeeds(children: readonly Explanation[]): string[] {
  const needs: string[] = []
  for (const child of children) {
    if (child.result !== 'unknown' || !child.needs) continue
    for (const key of child.needs) if (!needs.includes(key)) needs.push(key)
  }
  return needs
}

function mergeAsks(children: readonly Explanation[]): string[] {
  const asks: string[] = []
  for (const child of children) {
    if (child.result !== 'unknown' || !child.ask) continue
    for (const text of child.ask) if (!asks.includes(text)) asks.push(text)
  }
  return asks
}

/**
 * The verdict of a combination, such that knowing more never changes a decided verdict. Under 「都要」
 * a failure under national rules decides. Registration elsewhere outweighs a failure under the local
 * standards (the other place's standards decide): it decides once no unknown part may still fail under
 * national rules, and a local failure decides once no unknown part may still turn out to be
 * registration elsewhere. Under 「任一」 a pass decides, then unknown, then elsewhere, then fail.
 * Local: under 「都要」 when every failed (or, while unknown, every unknown) part is; under 「任一」 when
 * some part is.
 */
interface Combined {
  result: Verdict
  local: boolean
  elsewherePossible: boolean
}

// Shared results: combine runs for every node of every check, and a closure or a fresh object per
// call was a measurable part of a check's time.
const DECIDED: Record<Verdict, Combined> = {
  pass: { result: 'pass', local: false, elsewherePossible: false },
  fail: { result: 'fail', local: false, elsewherePossible: false },
  unknown: { result: 'unknown', local: false, elsewherePossible: false },
  elsewhere: { result: 'elsewhere', local: false, elsewherePossible: false }
}
const FAILED_LOCALLY: Combined = { result: 'fail', local: true, elsewherePossible: false }
const UNKNOWN: Combined[] = [
  { result: 'unknown', local: false, elsewherePossible: false },
  { result: 'unknown', local: false, elsewherePossible: true },
  { result: 'unknown', local: true, elsewherePossible: false },
  { result: 'unknown', local: true, elsewherePossible: true }
]
const unknownOf = (local: boolean, elsewherePossible: boolean): Combined => UNKNOWN[(local ? 2 : 0) + (elsewherePossible ? 1 : 0)]

function combine(logic: 'all' | 'any', children: readonly Explanation[]): Combined {
  let fails = 0
  let localFails = 0
  let unknowns = 0
  let localUnknowns = 0
  let elsewherePossible = false
  let sawElsewhere = false
  let sawPass = false
  for (const child of children) {
    if (child.result === 'fail') {
      fails += 1
      if (child.local) localFails += 1
    } else if (child.result === 'unknown') {
      unknowns += 1
      if (child.local) localUnknowns += 1
      if (child.elsewherePossible) elsewherePossible = true
    } else if (child.result === 'elsewhere') sawElsewhere = true
    else sawPass = true
  }
  if (logic === 'all') {
    if (fails > localFails) return DECIDED.fail
    if (sawElsewhere) return unknowns > localUnknowns ? unknownOf(false, true) : DECIDED.elsewhere
    if (fails > 0) return elsewherePossible ? unknownOf(true, true) : FAILED_LOCALLY
    if (unknowns > 0) return unknownOf(unknowns === localUnknowns, elsewherePossible)
    return DECIDED.pass
  }
  if (sawPass) return DECIDED.pass
  if (unknowns > 0) return unknownOf(localUnknowns > 0 || localFails > 0, elsewherePossible || sawElsewhere)
  if (sawElsewhere) return DECIDED.elsewhere
  return localFails > 0 ? FAILED_LOCALLY : DECIDED.fail
}

function combinedText(logic: 'all' | 'any', result: Verdict, children: readonly Explanation[]): string {
  if (result === 'unknown') return '还不能确定，需要补充情况'
  if (logic === 'all' && result === 'pass') return '以下条件都符合'
  if (logic === 'any' && (result === 'elsewhere' || result === 'fail')) {
    // Under 「任一」 every part failed (or sends the resident elsewhere): each says why, together they are the reason.
    const texts: string[] = []
    for (const child of children) if (result === 'fail' || child.result === 'elsewhere') texts.push(child.text)
    return withoutRepeats(texts)
  }
  // The decisive part: for a failure, one under national rules before one under the local standards.
  let decisive: Explanation | undefined
  for (const child of children) {
    if (child.result !== result) continue
    if (result !== 'fail' || !child.local) {
      decisive = child
      break
    }
    decisive ??= child
  }
  if (decisive) return decisive.text
  return logic === 'all' ? '有条件不符合' : '符合其中一项'
}

/**
 * Sentences joined with 「；」, a sentence's opening clause left out when an earlier sentence opened
 * with it, and a sentence already said left out: the parts of a combination often start alike
 * (「您今年 45 岁，不满 60 周岁」「您今年 45 岁，已满 16 周岁」). Later clauses stay, since they may be
 * about someone else. Arrays, not sets: there are a handful of sentences, and this runs on every check.
 * @example withoutRepeats(['您今年 45 岁，不满 60 周岁', '您今年 45 岁，已满 16 周岁']) // '您今年 45 岁，不满 60 周岁；已满 16 周岁'
 */
export function withoutRepeats(sentences: readonly string[]): string {
  const openings: string[] = []
  const parts: string[] = []
  for (const sentence of sentences) {
    const cut = sentence.indexOf('，')
    const opening = cut < 0 ? sentence : sentence.slice(0, cut)
    const said = openings.includes(opening)
    if (!said) openings.push(opening)
    const part = !said ? sentence : cut < 0 ? '' : sentence.slice(cut + 1)
    if (part !== '' && !parts.includes(part)) parts.push(part)
  }
  return parts.length === 1 ? parts[0] : parts.join('；')
}

/**
 * Evaluates a rule three-valued and returns its explanation tree: each criterion evaluated with its
 * finding, each combination with the verdict its parts give. Unknown nodes carry the facts still needed.
 */
export function explain(rule: Rule, context: RuleContext, whoById?: Map<string, string>): Explanation {
  if (rule.householdOnly && context.memo) {
    const known = context.memo.get(rule)
    if (known) return known
    const node = evaluate(rule, context, whoById)
    context.memo.set(rule, node)
    return node
  }
  return evaluate(rule, context, whoById)
}

function evaluate(rule: Rule, context: RuleContext, whoById?: Map<string, string>): Explanation {
  if (rule.kind === 'criterion') {
    const finding = rule.test(context)
    const node: Explanation = { id: rule.id, label: rule.label, result: finding.result, text: finding.text }
    if (finding.result === 'pass') {
      if (finding.parameters) node.parameters = finding.parameters
      return node
    }
    if (finding.local) node.local = true
    if (finding.result === 'unknown') {
      if (finding.needs) node.needs = finding.needs
      if (finding.ask) node.ask = [finding.ask]
      if (finding.elsewherePossible) node.elsewherePossible = true
    }
    if (finding.parameters) node.parameters = finding.parameters
    return node
  }
  let children: Explanation[]
  let logic: 'all' | 'any'
  if (rule.kind === 'someMember') {
    const names = whoById ?? whoOf(context.household.members)
    children = context.household.members.map((member) => {
      const who = names.get(member.id) ?? ''
      const child = evaluate(rule.rule, { household: context.household, params: context.params, member, who, memo: context.memo }, names)
      child.id = `${child.id}@${member.id}`
      child.label = `${who}：${child.label}`
      return child
    })
    logic = 'any'
  } else {
    // Every part is evaluated, also after a decisive one, so that the resident sees which criteria
    // are met, which are not and which are still unknown.
    logic = rule.kind
    children = rule.of.map((part) => explain(part, context, whoById))
  }
  const { result, local, elsewherePossible } = combine(logic, children)
  const node: Explanation = { id: rule.id, label: rule.label, result, text: combinedText(logic, result, children), logic, children }
  if (result === 'unknown') {
    node.needs = mergeNeeds(children)
    const asks = mergeAsks(children)
    if (asks.length > 0) node.ask = asks
  }
  if (local) node.local = true
  if (elsewherePossible) node.elsewherePossible = true
  return node
}

/**
 * The criterion that sent a tree elsewhere, for the one-sentence reason on the results page.
 */
export function firstElsewhere(node: Explanation): Explanation | undefined {
  if (node.result !== 'elsewhere') return undefined
  if (node.logic === 'any') return node
  for (const child of node.children ?? []) {
    const found = firstElsewhere(child)
    if (found) return found
  }
  return node
}

/**
 * The criterion that decided a failed tree, for the one-sentence reason on the results page.
 */
export function firstFailure(node: Explanation): Explanation | undefined {
  if (node.result !== 'fail') return undefined
  if (!node.children) return node
  if (node.logic === 'any') return node
  // A failure under national rules is the reason before one under the local standards.
  let reason: Explanation | undefined
  for (const child of node.children) {
    if (child.result !== 'fail') continue
    if (!child.local) {
      reason = child
      break
    }
    reason ??= child
  }
  return reason ? firstFailure(reason) : node
}
