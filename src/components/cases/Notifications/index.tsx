import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { fetchNotifications, markAllNotificationsRead } from '@/api/auth'
import { useResource } from '@/hooks/use-resource'
import { caseDetailUrl } from '@/packages/cases/routes'
import { residentCacheKey } from '@/stores/offline-cache'
import { useSession } from '@/stores/session'
import { formatSavedAt } from '../../ResourceState/format-saved-at'
import './index.scss'

/** The messages the office sent about the resident's cases; unread ones say 新 in words. */
export function Notifications() {
  const token = useSession((s) => s.token) ?? ''
  const list = useResource(residentCacheKey('notifications', token), fetchNotifications, [token])
  if (!list.data || list.data.items.length === 0) return null
  const readAll = async () => {
    await markAllNotificationsRead().catch(() => undefined)
    await list.reload()
  }
  return (
    <View className='case-notes'>
      <View className='case-notes__head'>
        <Text className='case-notes__title'>{list.data.unread > 0 ? `新消息（${list.data.unread} 条）` : '消息'}</Text>
        {list.data.unread > 0 && (
          <View className='case-notes__read' role='button' hoverClass='jf-pressed' onClick={() => void readAll()}>
            <Text>全部标为已读</Text>
          </View>
        )}
      </View>
      {list.data.items.slice(0, 5).map((n) => (
        <View
          key={n.id}
          className={`case-notes__item ${n.read ? '' : 'case-notes__item--new'}`}
          role={n.trackingNo ? 'link' : undefined}
          hoverClass={n.trackingNo ? 'jf-pressed' : 'none'}
          onClick={() => n.trackingNo && void Taro.navigateTo({ url: caseDetailUrl(n.trackingNo) })}
        >
          <Text className='case-notes__text'>
            {n.read ? '' : '【新】'}
            {n.text}
          </Text>
          <Text className='case-notes__time'>{formatSavedAt(n.createdAt)}</Text>
        </View>
      ))}
    </View>
  )
}
