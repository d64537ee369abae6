import { Text, View } from '@tarojs/components'
import './index.scss'

export interface EmptyStateProps {
  text: string
}

/** Says plainly that there is nothing here, so an empty list never looks like a broken page. */
export function EmptyState({ text }: EmptyStateProps) {
  return (
    <View className='jf-empty'>
      <Text className='jf-empty__text'>{text}</Text>
    </View>
  )
}
