import { Text, View } from '@tarojs/components'
import './index.scss'

export interface ActionButtonProps {
  text: string
  onClick(): void
  /** primary: filled, for the one main action of a screen; plain: outlined. */
  kind?: 'primary' | 'plain'
}

/** A large, clearly labelled button that meets the tap-target floor in both font modes. */
export function ActionButton({ text, onClick, kind = 'primary' }: ActionButtonProps) {
  return (
    <View className={`jf-action jf-action--${kind}`} onClick={onClick} hoverClass='jf-pressed' role='button'>
      <Text>{text}</Text>
    </View>
  )
}
