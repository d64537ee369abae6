import { Text, View } from '@tarojs/components'
import { FieldFrame, type FieldFrameProps } from '../Field'
import './index.scss'

export interface Choice<T extends string> {
  value: T
  label: string
  note?: string
}

export interface ChoiceFieldProps<T extends string> extends Omit<FieldFrameProps, 'children'> {
  choices: readonly Choice<T>[]
  value: T | ''
  onChange(value: T): void
}

/**
 * Options as big buttons, all visible at once: a picker wheel is hard to use for many older residents.
 * The chosen one carries a ✓ and the word 已选, not only a colour.
 */
export function ChoiceField<T extends string>({ choices, value, onChange, ...frame }: ChoiceFieldProps<T>) {
  return (
    <FieldFrame {...frame}>
      <View className='case-choice' role='radiogroup' aria-label={frame.label}>
        {choices.map((choice) => {
          const chosen = choice.value === value
          return (
            <View
              key={choice.value}
              className={`case-choice__option ${chosen ? 'case-choice__option--chosen' : ''}`}
              role='radio'
              aria-checked={chosen}
              hoverClass='jf-pressed'
              onClick={() => onChange(choice.value)}
            >
              <Text className='case-choice__label'>
                {chosen ? '✓ ' : ''}
                {choice.label}
              </Text>
              {choice.note && <Text className='case-choice__note'>{choice.note}</Text>}
            </View>
          )
        })}
      </View>
    </FieldFrame>
  )
}
