import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { usePrivacyPrompt } from '@/stores/privacy-prompt'
import './index.scss'

export const PRIVACY_AGREE_BUTTON_ID = 'jf-privacy-agree'

/**
 * The app's own answer to WeChat's privacy check: shown over the page when choosing a photo or
 * another privacy-related API waits for the resident. 同意 must be WeChat's own
 * `open-type="agreePrivacyAuthorization"` button; the guide itself opens in WeChat's page.
 */
export function PrivacySheet() {
  const waiting = usePrivacyPrompt((s) => s.resolve !== null)
  const agree = usePrivacyPrompt((s) => s.agree)
  const disagree = usePrivacyPrompt((s) => s.disagree)
  if (!waiting) return null
  return (
    <View className='jf-privacy' role='dialog' aria-label='隐私保护提示'>
      <View className='jf-privacy__sheet'>
        <Text className='jf-privacy__title'>隐私保护提示</Text>
        <Text className='jf-privacy__text'>拍照、选照片等功能会用到您的个人信息。使用前，请先阅读并同意《街坊通隐私保护指引》。</Text>
        <View className='jf-privacy__link' role='link' hoverClass='jf-pressed' onClick={() => Taro.openPrivacyContract({ fail: () => undefined })}>
          <Text>查看《街坊通隐私保护指引》</Text>
        </View>
        <Button
          id={PRIVACY_AGREE_BUTTON_ID}
          className='jf-privacy__agree'
          openType='agreePrivacyAuthorization'
          onAgreePrivacyAuthorization={() => agree(PRIVACY_AGREE_BUTTON_ID)}
        >
          同意并继续
        </Button>
        <View className='jf-privacy__disagree' role='button' hoverClass='jf-pressed' onClick={disagree}>
          <Text>不同意</Text>
        </View>
      </View>
    </View>
  )
}
