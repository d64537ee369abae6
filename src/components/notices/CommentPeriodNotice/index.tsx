import { Text, View } from '@tarojs/components'
import { commentDaysLeft, isCommentOpen } from '@/core/notices/comment-period'
import { formatChineseDate } from '@/core/notices/dates'
import type { CalendarDate } from '@/core/schemas/common'
import './index.scss'

export interface CommentPeriodNoticeProps {
  commentUntil: CalendarDate
  /** Today in China time. */
  today: CalendarDate
}

/** The comment period of a consultation (决策征求意见): its last day and whether it is still open. */
export function CommentPeriodNotice({ commentUntil, today }: CommentPeriodNoticeProps) {
  const period = { commentUntil }
  const open = isCommentOpen(period, today)
  return (
    <View className={`comment-period comment-period--${open ? 'open' : 'closed'}`}>
      <Text className='comment-period__deadline'>意见征集截止：{formatChineseDate(commentUntil)}</Text>
      <Text className='comment-period__status'>
        {open ? `● 正在征求意见，还剩 ${commentDaysLeft(period, today)} 天（含今天）` : '○ 意见征集已结束'}
      </Text>
    </View>
  )
}
