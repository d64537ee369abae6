import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { GuideSummary } from '@/core/schemas/guides'
import { GuideCard } from '../GuideCard'
import { groupByTopic } from './group-by-topic'
import './index.scss'

/** Service guides under a heading per topic (养老, 社会救助, …), so a resident finds the area first. */
export function GuideTopicList({ guides }: { guides: GuideSummary[] }) {
  const groups = useMemo(() => groupByTopic(guides), [guides])
  return (
    <View className='guide-topics'>
      {groups.map((group) => (
        <View key={group.topic} className='guide-topics__group'>
          <Text className='guide-topics__topic'>{`${group.topic}（${group.items.length} 项）`}</Text>
          {group.items.map((guide) => (
            <GuideCard key={guide.id} guide={guide} showTopic={false} />
          ))}
        </View>
      ))}
    </View>
  )
}
