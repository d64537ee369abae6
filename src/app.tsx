import { useEffect, type PropsWithChildren } from 'react'
import { useLargeFont } from '@/hooks/use-large-font'
import './app.scss'

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
