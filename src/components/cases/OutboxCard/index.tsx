import { Text, View } from '@tarojs/components'
import { CASE_KIND_LABELS } from '@/core/schemas/clock'
import type { OutboxItem } from '@/stores/outbox'
import { Card } from '../../Card'
import './index.scss'

export interface OutboxCardProps {
  item: OutboxItem
  onResend(): void
  onDiscard(): void
}

/**
 * A submission the office has not acknowledged yet: 待发送, never 已提交. Resent with its own key, so
 * pressing 重新发送 twice can never make two cases.
 */
export function OutboxCard({ item, onResend, onDiscard }: OutboxCardProps) {
  const rejected = item.state === 'rejected'
  return (
    <Card className='outbox-card'>
      <View className='outbox-card__top'>
        <Text className='outbox-card__kind'>{CASE_KIND_LABELS[item.kind]}</Text>
        <Text className='outbox-card__state'>{rejected ? '未能提交' : '待发送'}</Text>
      </View>
      <Text className='outbox-card__title'>{item.title}</Text>
      <Text className='outbox-card__note'>
        {rejected ? `街道系统没有接收：${item.error ?? ''}` : '还没有送到街道。有网络时会自动发送，您也可以点“重新发送”。'}
      </Text>
      {!rejected && item.error && <Text className='outbox-card__note'>上次没有成功：{item.error}</Text>}
      <View className='outbox-card__buttons'>
        {!rejected && (
          <View className='outbox-card__button outbox-card__button--primary' role='button' hoverClass='jf-pressed' onClick={onResend}>
            <Text>重新发送</Text>
          </View>
        )}
        <View className='outbox-card__button' role='button' hoverClass='jf-pressed' onClick={onDiscard}>
          <Text>{rejected ? '删除' : '不发了'}</Text>
        </View>
      </View>
    </Card>
  )
}
