import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/ActionButton'
import { Disclaimer } from '../Disclaimer'
import './index.scss'

export interface SelfCheckIntroProps {
  /** True when answers from an earlier visit are kept on this phone. */
  hasSavedAnswers: boolean
  onStart(): void
  onRestart(): void
}

/** What the self-check is, before the first question: guidance only, about 3 minutes, stays on the phone. */
export function SelfCheckIntro({ hasSavedAnswers, onStart, onRestart }: SelfCheckIntroProps) {
  return (
    <View className='selfcheck-intro'>
      <Text className='selfcheck-intro__title'>惠民政策自测</Text>
      <Text className='selfcheck-intro__lead'>回答几个简单的问题，看看您家可能申请哪些补贴和救助。</Text>
      <View className='selfcheck-intro__points'>
        <Text className='selfcheck-intro__point'>· 大约需要 3 分钟。</Text>
        <Text className='selfcheck-intro__point'>· 一屏一个问题，不知道的可以选「不清楚」。</Text>
        <Text className='selfcheck-intro__point'>· 您填的内容只保存在这部手机上，不会发送出去。</Text>
        <Text className='selfcheck-intro__point'>· 结果会告诉您要带什么材料、到哪里办。</Text>
      </View>
      <Disclaimer />
      <View className='selfcheck-intro__actions'>
        <ActionButton text={hasSavedAnswers ? '接着上次答' : '开始自测'} onClick={onStart} />
        {hasSavedAnswers && <ActionButton text='清空重新开始' kind='plain' onClick={onRestart} />}
      </View>
    </View>
  )
}
