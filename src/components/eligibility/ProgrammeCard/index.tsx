import { Text, View } from '@tarojs/components'
import type { Contacts } from '@/core/schemas/contacts'
import type { Amount, ProgrammeResult } from '@/core/schemas/eligibility'
import type { GuideSummary } from '@/core/schemas/guides'
import { ExplanationTree } from '../ExplanationTree'
import { STATUS_LOOKS, StatusMark } from '../StatusMark'
import { WhereToApply } from '../WhereToApply'
import './index.scss'

export const AMOUNT_ASSESSED = '金额需经审核确定'

/** Where a household registered elsewhere applies (最低生活保障审核确认办法 第四条). */
export const ELSEWHERE_OFFICE = '户口所在地的街道办事处（乡镇人民政府）'

/** The amount line: the rule's own sentence, or 「金额需经审核确定」 when the rule gives none. */
export function amountText(amount: Amount): string {
  return amount.text.trim() === '' ? AMOUNT_ASSESSED : amount.text
}

export interface ProgrammeCardProps {
  result: ProgrammeResult
  /** The facts still unknown, in plain words (「您的年龄」), most useful first. */
  unknowns: string[]
  contacts: Contacts | null
  guides: readonly GuideSummary[]
}

/**
 * One programme's answer: the word and mark, the reason in one sentence, what is still unknown and
 * what to ask at the window, the amount, 「为什么」, and for a programme worth applying for, the
 * materials and where to apply (for a household registered elsewhere, its place of registration).
 */
export function ProgrammeCard({ result, unknowns, contacts, guides }: ProgrammeCardProps) {
  const worthApplying = result.status !== 'not_eligible'
  const elsewhere = result.status === 'apply_elsewhere'
  // For 还需确认 the lists of what is unknown and what to ask are the reason; the engine's sentence would repeat them.
  const showsUnknowns = result.status === 'unknown' && unknowns.length > 0
  const showsAsks = result.status === 'unknown' && result.askAtWindow.length > 0
  return (
    <View className={`programme-card programme-card--${result.status}`}>
      <View className='programme-card__head'>
        <Text className='programme-card__name'>{result.name}</Text>
        <StatusMark look={STATUS_LOOKS[result.status]} />
      </View>
      {showsUnknowns && (
        <View className='programme-card__unknowns'>
          <Text className='programme-card__subtitle'>还要弄清楚这些情况才能判断：</Text>
          {unknowns.map((text) => (
            <Text key={text} className='programme-card__item'>{`· ${text}`}</Text>
          ))}
        </View>
      )}
      {showsAsks && (
        <View className='programme-card__unknowns programme-card__asks'>
          <Text className='programme-card__subtitle'>请到窗口问清楚：</Text>
          {result.askAtWindow.map((text) => (
            <Text key={text} className='programme-card__item'>{`· ${text}`}</Text>
          ))}
        </View>
      )}
      {!showsUnknowns && !showsAsks && (
        <Text className={elsewhere ? 'programme-card__summary programme-card__elsewhere' : 'programme-card__summary'}>{result.summary}</Text>
      )}
      {worthApplying && (
        <View className='programme-card__amount'>
          <Text className='programme-card__subtitle'>大约能领多少</Text>
          <Text className='programme-card__amount-text'>{amountText(result.amount)}</Text>
        </View>
      )}
      {result.members && result.members.length > 1 && (
        <View className='programme-card__members'>
          {result.members.map((member) => (
            <View key={member.memberId} className='programme-card__member'>
              <Text className='programme-card__member-who'>{member.who}</Text>
              <StatusMark look={STATUS_LOOKS[member.status]} size='small' />
            </View>
          ))}
        </View>
      )}
      <ExplanationTree explanation={result.explanation} />
      {worthApplying && (
        <>
          <View className='programme-card__materials'>
            <Text className='programme-card__subtitle'>要带的材料</Text>
            {result.materials.map((material, index) => (
              <Text key={material} className='programme-card__item'>{`${index + 1}. ${material}`}</Text>
            ))}
          </View>
          <View className='programme-card__where'>
            <Text className='programme-card__subtitle'>到哪里办</Text>
            {elsewhere ? (
              <Text className='programme-card__item'>{ELSEWHERE_OFFICE}</Text>
            ) : (
              <WhereToApply guideName={result.guideName} contacts={contacts} guides={guides} />
            )}
          </View>
        </>
      )}
    </View>
  )
}
