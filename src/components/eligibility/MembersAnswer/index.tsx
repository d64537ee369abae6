import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/ActionButton'
import type { MemberEntry, QuestionOption } from '@/core/eligibility'
import type { Relation } from '@/core/schemas/eligibility'
import './index.scss'

const SELF: MemberEntry = { id: 'self', relation: 'self' }

/** A fresh member id (m1, m2, …) that no member in the list has. */
export function newMemberId(members: readonly MemberEntry[]): string {
  const used = members.map((m) => /^m(\d+)$/.exec(m.id)).map((match) => (match ? Number(match[1]) : 0))
  return `m${Math.max(0, ...used) + 1}`
}

export interface MembersAnswerProps {
  /** The list answered before, or null: then the list starts with the resident alone. */
  value: readonly MemberEntry[] | null
  /** The relations a member may have (from the question). */
  options: readonly QuestionOption[]
  onSubmit(members: MemberEntry[]): void
}

/** Who lives in the household: 本人 always, plus family members added by one tap on their relation. */
export function MembersAnswer({ value, options, onSubmit }: MembersAnswerProps) {
  const [members, setMembers] = useState<MemberEntry[]>(() => (value && value.length > 0 ? [...value] : [SELF]))
  const labelOf = (relation: Relation) => options.find((o) => o.value === relation)?.label ?? relation
  // One 本人 and at most one 配偶; any number of the others.
  const hasSpouse = members.some((m) => m.relation === 'spouse')
  const addable = options.filter((o) => o.value !== 'self' && !(o.value === 'spouse' && hasSpouse))
  return (
    <View className='members-answer'>
      <Text className='members-answer__title'>{`现在一共 ${members.length} 人：`}</Text>
      <View className='members-answer__list'>
        {members.map((member, index) => (
          <View key={member.id} className='members-answer__member'>
            <Text className='members-answer__name'>{`${index + 1}. ${member.relation === 'self' ? '本人（您自己）' : labelOf(member.relation)}`}</Text>
            {member.relation !== 'self' && (
              <View
                className='members-answer__remove'
                hoverClass='jf-pressed'
                role='button'
                aria-label={`去掉第 ${index + 1} 位：${labelOf(member.relation)}`}
                onClick={() => setMembers(members.filter((m) => m.id !== member.id))}
              >
                <Text>去掉</Text>
              </View>
            )}
          </View>
        ))}
      </View>
      <Text className='members-answer__title'>还有谁？点一下就加上：</Text>
      <View className='members-answer__add'>
        {addable.map((option) => (
          <View
            key={String(option.value)}
            className='members-answer__add-button'
            hoverClass='jf-pressed'
            role='button'
            aria-label={`加上${option.label}`}
            onClick={() => setMembers([...members, { id: newMemberId(members), relation: option.value as Relation }])}
          >
            <Text>{`＋ ${option.label}`}</Text>
          </View>
        ))}
      </View>
      <ActionButton text='就这些人，下一步' onClick={() => onSubmit(members)} />
    </View>
  )
}
