import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ActionButton } from '@/components/ActionButton'
import { readNumber, type NumberLimits } from './read-number'
import './index.scss'

export interface NumberAnswerProps extends NumberLimits {
  /** The number answered before, shown again when the resident comes back. */
  value: number | null
  /** Shown after the box: 元, 岁, 人. */
  unit: string
  onSubmit(value: number): void
}

/** A large number box with its unit and a 确定 button; mistakes are explained under the box. */
export function NumberAnswer({ value, unit, onSubmit, min, max, integer }: NumberAnswerProps) {
  const [text, setText] = useState(value === null ? '' : String(value))
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    setText(value === null ? '' : String(value))
    setMessage(null)
  }, [value])
  const submit = () => {
    const reading = readNumber(text, { min, max, integer })
    if (reading.ok) onSubmit(reading.value)
    else setMessage(reading.message)
  }
  return (
    <View className='number-answer'>
      <View className='number-answer__box'>
        <Input
          className='number-answer__input'
          type={integer ? 'number' : 'digit'}
          value={text}
          placeholder='填数字'
          placeholderClass='number-answer__placeholder'
          aria-label={`填写数字，单位${unit}`}
          onInput={(e) => {
            setText(e.detail.value)
            setMessage(null)
          }}
          onConfirm={submit}
        />
        <Text className='number-answer__unit'>{unit}</Text>
      </View>
      {message && (
        <View role='alert'>
          <Text className='number-answer__message'>{message}</Text>
        </View>
      )}
      <ActionButton text='确定' onClick={submit} />
    </View>
  )
}
