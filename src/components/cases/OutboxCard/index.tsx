import { Text, View } from '@tarojs/components'
import { calendarDateInChina, formatChineseDate } from '@/core/notices/dates'
import { CASE_KIND_LABELS } from '@/core/schemas/clock'
import type { OutboxItem, Ownership } from '@/stores/outbox'
import { Card } from '../../Card'
import './index.scss'

export interface OutboxCardProps {
  item: OutboxItem
  /** Whose the item is, seen from the account signed in now. */
  whose: Ownership
  onResend(): void
  onDiscard(): void
  /** The signed-in resident says an item of unknown account is theirs (shown only for those). */
  onClaim(): void
}

function Button({ text, primary = false, onClick }: { text: string; primary?: boolean; onClick(): void }) {
  return (
    <View className={`outbox-card__button ${primary ? 'outbox-card__button--primary' : ''}`} role='button' hoverClass='jf-pressed' onClick={onClick}>
      <Text>{text}</Text>
    </View>
  )
}

/** The day the resident pressed 提交, in China time (the instant is stored in UTC). */
const savedOn = (createdAt: string) => formatChineseDate(calendarDateInChina(new Date(createdAt)))

/**
 * A submission the office has not acknowledged yet: 待发送, never 已提交. Resent with its own key, so
 * pressing 重新发送 twice can never make two cases. Another account's item shows neither title nor
 * content: it is that person's, and goes out after they sign in; this phone's user may only delete it.
 */
export function OutboxCard({ item, whose, onResend, onDiscard, onClaim }: OutboxCardProps) {
  if (whose === 'other') {
    return (
      <Card className='outbox-card outbox-card--other'>
        <View className='outbox-card__top'>
          <Text className='outbox-card__kind'>{CASE_KIND_LABELS[item.kind]}</Text>
          <Text className='outbox-card__state'>另一个账号</Text>
        </View>
        <Text className='outbox-card__note'>另一个账号的待发送事项（{savedOn(item.createdAt)}填写），登录该账号后发送。内容只有那个账号能看。</Text>
        <View className='outbox-card__buttons'>
          <Button text='删除' onClick={onDiscard} />
        </View>
      </Card>
    )
  }
  if (whose === 'unknown') {
    return (
      <Card className='outbox-card'>
        <View className='outbox-card__top'>
          <Text className='outbox-card__kind'>{CASE_KIND_LABELS[item.kind]}</Text>
          <Text className='outbox-card__state'>待确认</Text>
        </View>
        <Text className='outbox-card__title'>{item.title}</Text>
        <Text className='outbox-card__note'>这是软件更新前保存在这部手机上的（{savedOn(item.createdAt)}填写），不知道是哪个账号填的。是您填写的，可以用您的账号发送；不是的话请删除。</Text>
        <View className='outbox-card__buttons'>
          <Button text='是我的，发送' primary onClick={onClaim} />
          <Button text='删除' onClick={onDiscard} />
        </View>
      </Card>
    )
  }
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
        {!rejected && <Button text='重新发送' primary onClick={onResend} />}
        <Button text={rejected ? '删除' : '不发了'} onClick={onDiscard} />
      </View>
    </Card>
  )
}
