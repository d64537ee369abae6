import type { PropsWithChildren } from 'react'
import './app.scss'

/** The app shell: pages bring their own PageShell, so nothing else is needed here. */
function App({ children }: PropsWithChildren) {
  return children
}

export default App
