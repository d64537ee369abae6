import { useEffect, type PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { startLabellingH5Chrome } from '@/h5-chrome'
import { startH5OfflineSupport } from '@/h5-offline'
import { useLargeFont } from '@/hooks/use-large-font'
import { usePrivacyPrompt } from '@/stores/privacy-prompt'
import './app.scss'

if (process.env.TARO_ENV === 'h5') {
  startH5OfflineSupport()
  startLabellingH5Chrome()
}

/**
 * The app shell. Pages bring their own PageShell; in H5 the tab bar sits outside every page, so
 * 大字模式 also marks the document body for app.scss to enlarge it. In the mini-program it answers
 * WeChat's privacy check with the app's own sheet.
 */
function App({ children }: PropsWithChildren) {
  const largeFont = useLargeFont()
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.body.classList.toggle('jf-large', largeFont)
  }, [largeFont])
  useEffect(() => {
    // WeChat (base library 2.32.3 and later) asks here before a privacy-related API runs; the app's
    // own sheet answers (components/PrivacySheet). Older WeChat and the browser never ask.
    if (process.env.TARO_ENV === 'weapp' && typeof Taro.onNeedPrivacyAuthorization === 'function') {
      Taro.onNeedPrivacyAuthorization((resolve) => usePrivacyPrompt.getState().ask(resolve))
    }
  }, [])
  return children
}

export default App
