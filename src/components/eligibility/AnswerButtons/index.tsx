import { Text, View } from '@tarojs/components'
import './index.scss'

export interface AnswerOption {
  value: string
  label: string
}

export interface AnswerButtonsProps {
  options: AnswerOption[]
  /** The value answered before, marked 「已选」 in words so that colour is not the only sign. */
  selected: string | null
  onChoose(value: string): void
  /** big: two very large buttons side by side (是 / 否). */
  size?: 'big' | 'normal'
}

/** One large button per possible answer; a tap answers and moves on. */
export function AnswerButtons({ options, selected, onChoose, size = 'normal' }: AnswerButtonsProps) {
  return (
    <View className={`answer-buttons answer-buttons--${size}`} role='radiogroup'>
      {options.map((option) => {
        const chosen = option.value === selected
        return (
          <View
            key={option.value}
            className={`answer-buttons__button${chosen ? ' answer-buttons__button--chosen' : ''}`}
            hoverClass='jf-pressed'
            role='button'
            aria-pressed={chosen}
            onClick={() => onChoose(option.value)}
          >
            <Text className='answer-buttons__label'>{option.label}</Text>
            {chosen && <Text className='answer-buttons__chosen'>✓ 已选</Text>}
          </View>
        )
      })}
    </View>
  )
}
