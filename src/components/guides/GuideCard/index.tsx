import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '@/components/Card'
import { Tag } from '@/components/Tag'
import type { GuideSummary } from '@/core/schemas/guides'
import { guideUrl } from '@/packages/content/routes'
import './index.scss'

export interface GuideCardProps {
  guide: GuideSummary
  /** False where the list already shows the topic as a heading. */
  showTopic?: boolean
}

/** One service guide in a list: the whole card opens the guide. */
export function GuideCard({ guide, showTopic = true }: GuideCardProps) {
  const open = () => void Taro.navigateTo({ url: guideUrl(guide.id) })
  return (
    <Card className='guide-card' onClick={open}>
      <View className='guide-card__head'>
        <Text className='guide-card__name'>{guide.name}</Text>
        {showTopic && <Tag text={guide.topic} />}
      </View>
      <Text className='guide-card__summary'>{guide.summary}</Text>
      <View className='guide-card__facts'>
        <Text className='guide-card__fact'>办理部门：{guide.departmentName}</Text>
        <Text className='guide-card__fact'>承诺时限：{guide.promisedLimit}</Text>
      </View>
    </Card>
  )
}
