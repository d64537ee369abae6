import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useLargeFont } from '@/hooks/use-large-font'
import './index.scss'

export interface PageShellProps {
  children: ReactNode
  className?: string
}

/** Root of every page: carries the design tokens, and 大字模式 switches them all at once. */
export function PageShell({ children, className }: PageShellProps) {
  const largeFont = useLargeFont()
  const classes = ['jf-page', largeFont ? 'jf-page--large' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes} data-testid='page-shell'>
      {children}
    </View>
  )
}
