import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Card } from '@/components/Card'
import { Tag } from '@/components/Tag'
import { categoryName } from '@/core/notices/catalogue'
import { formatChineseDate } from '@/core/notices/dates'
import { TIMELINESS_LABELS } from '@/core/notices/timeliness'
import type { NoticeSummary } from '@/core/schemas/notices'
import { noticeUrl } from '@/packages/content/routes'
import { HighlightText } from '../HighlightText'
import './index.scss'

export interface NoticeCardProps {
  notice: NoticeSummary
  /** Search words to mark in the title and excerpt (search results). */
  q?: string
  /** Show the excerpt under the title (search results say why a notice was found). */
  showExcerpt?: boolean
  /** Show the category (lists that mix categories). */
  showCategory?: boolean
}

/** One notice in a list: the whole card opens the notice. */
export function NoticeCard({ notice, q = '', showExcerpt = false, showCategory = false }: NoticeCardProps) {
  const open = () => void Taro.navigateTo({ url: noticeUrl(notice.id) })
  return (
    <Card className='notice-card' onClick={open}>
      <View className='notice-card__title'>
        <HighlightText text={notice.title} q={q} />
      </View>
      {showExcerpt && notice.excerpt && (
        <View className='notice-card__excerpt'>
          <HighlightText text={notice.excerpt} q={q} />
        </View>
      )}
      <View className='notice-card__meta'>
        <Text className='notice-card__department'>{notice.department}</Text>
        <Text className='notice-card__date'>{formatChineseDate(notice.publishedAt)}</Text>
      </View>
      <View className='notice-card__tags'>
        <Tag text={TIMELINESS_LABELS[notice.timeliness]} />
        {showCategory && <Tag text={categoryName(notice.category)} />}
        {notice.attachmentCount > 0 && <Tag text={`附件 ${notice.attachmentCount} 个`} />}
      </View>
    </Card>
  )
}
