import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface CardProps {
  children: ReactNode
  /** Makes the whole card one tap target (e.g. a notice in a list). */
  onClick?(): void
  className?: string
}

/** A white panel that groups one thing: a notice, a department, a leader. */
export function Card({ children, onClick, className }: CardProps) {
  const classes = ['jf-card', onClick ? 'jf-card--tappable' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes} onClick={onClick} hoverClass={onClick ? 'jf-pressed' : 'none'} role={onClick ? 'link' : undefined}>
      {children}
    </View>
  )
}
