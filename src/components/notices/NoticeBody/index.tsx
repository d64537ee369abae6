import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { noticeParagraphs } from '@/core/notices/paragraphs'
import './index.scss'

/** A notice's plain-text body, one block per paragraph, set for comfortable reading. */
export function NoticeBody({ body }: { body: string }) {
  const paragraphs = useMemo(() => noticeParagraphs(body), [body])
  return (
    <View className='notice-body'>
      {paragraphs.map((p, i) => (
        <Text key={i} className='notice-body__paragraph' userSelect>
          {p}
        </Text>
      ))}
    </View>
  )
}
