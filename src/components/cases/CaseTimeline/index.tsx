import { Text, View } from '@tarojs/components'
import { formatChineseDate } from '@/core/notices/dates'
import type { TimelineEntry } from '@/core/schemas/cases'
import './index.scss'

export interface CaseTimelineProps {
  entries: TimelineEntry[]
}

/**
 * What happened to the case, newest first, each with its day and, where there is one, its reason.
 * The server's label already names an outcome, a rating or the days of an extension; the reply text
 * itself is shown above the timeline.
 */
export function CaseTimeline({ entries }: CaseTimelineProps) {
  const newestFirst = [...entries].reverse()
  return (
    <View className='case-timeline' role='list'>
      {newestFirst.map((entry, index) => (
        <View key={`${entry.type}-${entry.on}-${index}`} className={`case-timeline__entry ${index === 0 ? 'case-timeline__entry--latest' : ''}`} role='listitem'>
          <Text className='case-timeline__date'>{formatChineseDate(entry.on)}</Text>
          <Text className='case-timeline__label'>{entry.label}</Text>
          {entry.reason && <Text className='case-timeline__detail'>理由：{entry.reason}</Text>}
          {entry.missing && entry.missing.length > 0 && (
            <Text className='case-timeline__detail'>需要补正：{entry.missing.join('；')}</Text>
          )}
          {entry.text && (entry.type === 'rated' || entry.type === 'correction_received') && <Text className='case-timeline__detail'>“{entry.text}”</Text>}
        </View>
      ))}
    </View>
  )
}
