import { Text } from '@tarojs/components'
import './index.scss'

export interface TagProps {
  text: string
}

/** A short label such as a category or 长期公开; the word carries the meaning, the colour only helps. */
export function Tag({ text }: TagProps) {
  return <Text className='jf-tag'>{text}</Text>
}
