import { Text, View } from '@tarojs/components'
import './index.scss'

export const DISCLAIMER = '本结果仅供参考，是否符合条件以街道审核为准'

/** The self-check advises; the office decides. Shown on the intro and under every result. */
export function Disclaimer() {
  return (
    <View className='selfcheck-disclaimer' role='note'>
      <Text className='selfcheck-disclaimer__mark'>提示</Text>
      <Text className='selfcheck-disclaimer__text'>{DISCLAIMER}</Text>
    </View>
  )
}
