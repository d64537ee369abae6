import { Text } from '@tarojs/components'
import { useMemo } from 'react'
import { highlightSegments } from '@/core/notices/highlight'
import './index.scss'

export interface HighlightTextProps {
  text: string
  /** The search words; every occurrence of each is marked. */
  q: string
  className?: string
}

/**
 * Text with the searched words marked. The mark is bold, underlined and on a yellow background, so it
 * is seen by readers who cannot tell colours apart.
 */
export function HighlightText({ text, q, className }: HighlightTextProps) {
  const segments = useMemo(() => highlightSegments(text, q), [text, q])
  return (
    <Text className={className ? `highlight-text ${className}` : 'highlight-text'}>
      {segments.map((segment, i) =>
        segment.match ? (
          <Text key={i} className='highlight-text__match'>
            {segment.text}
          </Text>
        ) : (
          segment.text
        )
      )}
    </Text>
  )
}
