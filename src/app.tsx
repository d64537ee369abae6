import { useEffect, type PropsWithChildren } from 'react'
import { startLabellingH5Chrome } from '@/h5-chrome'
import { startH5OfflineSupport } from '@/h5-offline'
import { useLargeFont } from '@/hooks/use-large-font'
import './app.scss'

if (process.env.TARO_ENV === 'h5') {
  startH5OfflineSupport()
  startLabellingH5Chrome()
}

/**
 * The app shell. Pages bring their own PageShell; in H5 the tab bar sits outside every page, so
 * 大字模式 also marks the document body for app.scss to enlarge it.
 */
function App({ children }: PropsWithChildren) {
  const largeFont = useLargeFont()
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.body.classList.toggle('jf-large', largeFont)
  }, [largeFont])
  return children
}

export default App
