import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fetchFollowUps } from '@/api/staff'
import type { FollowUpPage } from '@/core/schemas/follow-ups'
import { STAFF_FOLLOW_UPS_URL } from '../routes'
import { followUpLinkText } from './followups-model'
import './link.scss'

/**
 * The queue page's way to 回访任务, with the count of follow-ups owed. Without the count (a failed
 * request) it still leads there; the page then says what went wrong.
 */
export function FollowUpsLink() {
  const [counts, setCounts] = useState<FollowUpPage['counts'] | null>(null)
  useEffect(() => {
    let live = true
    fetchFollowUps({ pageSize: 1 }).then(
      (page) => {
        if (live) setCounts(page.counts)
      },
      () => undefined
    )
    return () => {
      live = false
    }
  }, [])
  const urgent = (counts?.overdue ?? 0) > 0
  return (
    <View
      className={`staff-followups-link ${urgent ? 'staff-followups-link--urgent' : ''}`}
      role='link'
      hoverClass='jf-pressed'
      onClick={() => void Taro.navigateTo({ url: STAFF_FOLLOW_UPS_URL })}
    >
      <Text>{followUpLinkText(counts)}</Text>
      <Text className='staff-followups-link__go'>›</Text>
    </View>
  )
}
