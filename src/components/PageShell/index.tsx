import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useLargeFont } from '@/hooks/use-large-font'
import { PrivacySheet } from '../PrivacySheet'
import './index.scss'

export interface PageShellProps {
  children: ReactNode
  className?: string
}

/**
 * Root of every page: carries the design tokens, and 大字模式 switches them all at once. It also
 * holds the privacy sheet, which WeChat may ask for on any page.
 */
export function PageShell({ children, className }: PageShellProps) {
  const largeFont = useLargeFont()
  const classes = ['jf-page', largeFont ? 'jf-page--large' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    // The page's own content is its main landmark (Taro's title bar and tab bar are labelled in h5-chrome.ts).
    <View className={classes} data-testid='page-shell' role='main'>
      {children}
      <PrivacySheet />
    </View>
  )
}
