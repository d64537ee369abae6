import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { fetchNotifyTemplates, type NotifyTemplates } from '@/api/auth'
import { useResource } from '@/hooks/use-resource'
import './index.scss'

const noTemplates = (): Promise<NotifyTemplates> => Promise.resolve({ wechatTemplateIds: [] })

/** WeChat's own record of the resident's answers (getSetting withSubscriptions). */
interface SubscriptionsSetting {
  mainSwitch?: boolean
  itemSettings?: Record<string, string>
}

/**
 * What WeChat will do with one template, in words. WeChat records an answer only when the resident
 * ticked 总是保持以上选择; otherwise it asks again at each 提交.
 * @example reminderStatus({ mainSwitch: true, itemSettings: { t1: 'accept' } }, 't1') // '已允许'
 */
export function reminderStatus(setting: SubscriptionsSetting | null, templateId: string): string {
  if (setting?.mainSwitch === false) return '已关闭（您在微信里关掉了本小程序的消息）'
  const answer = setting?.itemSettings?.[templateId]
  if (answer === 'accept') return '已允许'
  if (answer === 'reject') return '已拒绝，不再询问'
  if (answer === 'ban') return '已被微信停用'
  return '每次提交时询问'
}

/** The server's first template carries the case's progress (WECHAT_NOTIFY_FIELDS); others are named by number. */
const templateName = (index: number) => (index === 0 ? '办理进度通知' : `其他通知 ${index}`)

/**
 * Under 消息 in 我的事项: which of the office's WeChat notices the resident has allowed, as WeChat
 * records it, with the way to WeChat's own setting to change that. Only the mini-program, and only
 * when the server sends WeChat notices at all (WECHAT_TEMPLATE_IDS).
 */
export function WechatReminders() {
  const templates = useResource('notify-templates', process.env.TARO_ENV === 'weapp' ? fetchNotifyTemplates : noTemplates)
  const ids = templates.data?.wechatTemplateIds ?? []
  const [setting, setSetting] = useState<SubscriptionsSetting | null>(null)
  const read = () => {
    if (process.env.TARO_ENV !== 'weapp') return
    Taro.getSetting({ withSubscriptions: true })
      .then((res) => setSetting((res.subscriptionsSetting as SubscriptionsSetting | undefined) ?? null))
      .catch(() => setSetting(null))
  }
  useEffect(read, [])
  // Back from WeChat's setting page, the answers may have changed.
  useDidShow(read)
  if (ids.length === 0) return null
  return (
    <View className='case-reminders'>
      <Text className='case-reminders__title'>微信消息提醒</Text>
      {ids.map((id, index) => (
        <Text key={id} className='case-reminders__line'>
          {templateName(index)}：{reminderStatus(setting, id)}
        </Text>
      ))}
      <View className='case-reminders__open' role='button' hoverClass='jf-pressed' onClick={() => void Taro.openSetting({ withSubscriptions: true }).catch(() => undefined)}>
        <Text>到微信设置里修改</Text>
      </View>
    </View>
  )
}
