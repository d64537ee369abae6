import { Text, View } from '@tarojs/components'
import './index.scss'

export interface SectionTitleProps {
  text: string
  /** A short line under the title, e.g. how to use the section. */
  note?: string
}

export function SectionTitle({ text, note }: SectionTitleProps) {
  return (
    <View className='jf-section-title'>
      <Text className='jf-section-title__text'>{text}</Text>
      {note && <Text className='jf-section-title__note'>{note}</Text>}
    </View>
  )
}
