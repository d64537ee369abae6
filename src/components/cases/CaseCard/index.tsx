import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '@/core/schemas/cases'
import { CASE_KIND_LABELS } from '@/core/schemas/clock'
import { Card } from '../../Card'
import { clockHeadline, clockTone } from '../clock-words'
import './index.scss'

/** Who the next step waits on, said in words beside the status. */
export const WAITING_ON_WORDS = {
  office: '等街道办理',
  resident: '等您处理',
  third_party: '等有关方面意见',
  nobody: '已结束'
} as const

export interface CaseCardProps {
  summary: CaseSummary
  onOpen(): void
}

/** One case in 我的事项: what it is, where it stands, and the legal clock. */
export function CaseCard({ summary, onOpen }: CaseCardProps) {
  const tone = clockTone(summary.clock)
  return (
    <Card onClick={onOpen} className={`case-card case-card--${summary.waitingOn}`}>
      <View className='case-card__top'>
        <Text className='case-card__kind'>{CASE_KIND_LABELS[summary.kind]}</Text>
        <Text className={`case-card__waiting case-card__waiting--${summary.waitingOn}`}>{WAITING_ON_WORDS[summary.waitingOn]}</Text>
      </View>
      <Text className='case-card__title'>{summary.title}</Text>
      <Text className='case-card__status'>{summary.statusLabel}</Text>
      {tone !== 'done' && <Text className={`case-card__clock case-card__clock--${tone}`}>{clockHeadline(summary.clock)}</Text>}
      <Text className='case-card__no'>编号 {summary.trackingNo} · 查看详情 ›</Text>
    </Card>
  )
}
