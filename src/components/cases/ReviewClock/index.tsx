import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatChineseDate } from '@/core/notices/dates'
import type { ReviewClock as ReviewClockData } from '@/core/schemas/cases'
import { PROVISIONAL_NOTE, citationSource, reviewHeadline, reviewTone } from '../clock-words'
import '../CaseClock/index.scss'
import './index.scss'

export interface ReviewClockProps {
  review: ReviewClockData
  /** What the resident gave as the reason for asking (from the timeline), when known. */
  reason?: string
}

/**
 * The 复查 the resident asked for, in the order an older reader asks about it: how long is left, when
 * they asked and why, which body one level up it went to and when (信访工作条例 第三十五条), the last
 * day of that body's answer, and under which law; how the day was worked out
 * on request. Looks like the case's own clock, since it is one.
 */
export function ReviewClock({ review, reason }: ReviewClockProps) {
  const [open, setOpen] = useState(false)
  const tone = reviewTone(review)
  return (
    <View className={`case-clock case-clock--${tone} review-clock`}>
      <Text className='case-clock__label'>复查的期限</Text>
      <Text className='case-clock__headline'>{reviewHeadline(review)}</Text>
      <View className='review-clock__facts'>
        <Text className='review-clock__fact'>申请复查：{formatChineseDate(review.requestedOn)}</Text>
        {reason && <Text className='review-clock__fact'>您的理由：{reason}</Text>}
        <Text className='review-clock__fact'>
          转送：{formatChineseDate(review.forwardedOn)}转送{review.forwardedTo}复查
        </Text>
        <Text className='review-clock__fact'>复查意见最迟于：{formatChineseDate(review.dueDate)}（含当日）</Text>
        <Text className='review-clock__fact'>依据：{citationSource(review.citation)}</Text>
      </View>
      {review.provisional && tone !== 'done' && <Text className='case-clock__note'>{PROVISIONAL_NOTE}</Text>}
      <View className='case-clock__toggle' role='button' aria-expanded={open} hoverClass='jf-pressed' onClick={() => setOpen(!open)}>
        <Text>{open ? '收起 ▲' : '这个日期是怎么算的？ ▼'}</Text>
      </View>
      {open && (
        <View className='case-clock__explain'>
          {review.explanation.map((line) => (
            <Text key={line} className='case-clock__line'>
              {line}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
