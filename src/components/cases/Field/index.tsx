import { Input, Text, Textarea, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface FieldFrameProps {
  label: string
  required?: boolean
  hint?: string
  /** The schema's message, shown right under the field in plain Chinese. */
  error?: string
  children: ReactNode
}

/** A label above, the control, then a hint or the error right beside what it is about. */
export function FieldFrame({ label, required = false, hint, error, children }: FieldFrameProps) {
  return (
    <View className={`case-field ${error ? 'case-field--error' : ''}`}>
      <Text className='case-field__label'>
        {label}
        {required ? <Text className='case-field__required'>（必填）</Text> : <Text className='case-field__optional'>（选填）</Text>}
      </Text>
      {children}
      {error ? (
        <View role='alert' className='case-field__error'>
          <Text>⚠ {error}</Text>
        </View>
      ) : (
        hint && <Text className='case-field__hint'>{hint}</Text>
      )}
    </View>
  )
}

export interface TextFieldProps extends Omit<FieldFrameProps, 'children'> {
  value: string
  onChange(value: string): void
  placeholder?: string
  maxLength?: number
  multiline?: boolean
  type?: 'text' | 'number' | 'idcard'
}

/** One text field; `multiline` for the content, a tall box that grows no smaller than 5 lines. */
export function TextField({ value, onChange, placeholder, maxLength, multiline = false, type = 'text', ...frame }: TextFieldProps) {
  return (
    <FieldFrame {...frame}>
      {multiline ? (
        <Textarea
          className='case-field__input case-field__input--multiline'
          value={value}
          placeholder={placeholder}
          placeholderClass='case-field__placeholder'
          maxlength={maxLength ?? -1}
          aria-label={frame.label}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          className='case-field__input'
          value={value}
          type={type}
          placeholder={placeholder}
          placeholderClass='case-field__placeholder'
          maxlength={maxLength ?? 140}
          aria-label={frame.label}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {multiline && maxLength !== undefined && (
        <Text className='case-field__count'>
          {value.length} / {maxLength} 字
        </Text>
      )}
    </FieldFrame>
  )
}
