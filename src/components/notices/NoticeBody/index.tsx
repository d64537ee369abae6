import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { noticeParagraphs } from '@/core/notices/paragraphs'
import type { BodyFormat } from '@/core/notices/rich-body'
import { RichBody } from '../RichBody'
import './index.scss'

function PlainBody({ body }: { body: string }) {
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

/**
 * A notice's body in the format it was stored in: rich text through RichBody, plain text one block
 * per paragraph, as every body was shown before rich text existed. A notice kept offline from before
 * has no format and is plain.
 */
export function NoticeBody({ body, format = 'text' }: { body: string; format?: BodyFormat }) {
  return format === 'html' ? <RichBody html={body} /> : <PlainBody body={body} />
}
