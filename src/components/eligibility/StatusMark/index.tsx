import { Text, View } from '@tarojs/components'
import type { EligibilityStatus, Verdict } from '@/core/schemas/eligibility'
import './index.scss'

interface Look {
  symbol: string
  word: string
  tone: 'yes' | 'maybe' | 'no' | 'elsewhere'
}

/** A self-check answer on screen. 可能符合, never 符合: the office decides. */
export const STATUS_LOOKS: Record<EligibilityStatus, Look> = {
  eligible: { symbol: '✓', word: '可能符合', tone: 'yes' },
  unknown: { symbol: '?', word: '还需确认', tone: 'maybe' },
  not_eligible: { symbol: '✕', word: '不符合', tone: 'no' },
  apply_elsewhere: { symbol: '→', word: '到户口所在地申请', tone: 'elsewhere' }
}

/** One criterion of the explanation tree on screen. */
export const VERDICT_LOOKS: Record<Verdict, Look> = {
  pass: { symbol: '✓', word: '满足', tone: 'yes' },
  unknown: { symbol: '?', word: '不清楚', tone: 'maybe' },
  fail: { symbol: '✕', word: '不满足', tone: 'no' },
  elsewhere: { symbol: '→', word: '户口所在地办理', tone: 'elsewhere' }
}

export interface StatusMarkProps {
  look: Look
  size?: 'big' | 'small'
}

/** A symbol in a shape plus a word: the colour only helps, the word and the symbol carry the meaning. */
export function StatusMark({ look, size = 'big' }: StatusMarkProps) {
  return (
    <View className={`status-mark status-mark--${look.tone} status-mark--${size}`}>
      <Text className='status-mark__symbol' aria-hidden>
        {look.symbol}
      </Text>
      <Text className='status-mark__word'>{look.word}</Text>
    </View>
  )
}
