import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface QuestionFrameProps {
  /** 1 for the first question asked. */
  number: number
  text: string
  /** One short line that says what counts, e.g. what income includes. */
  help?: string
  /** The answer widget of the question's kind. */
  children: ReactNode
  /** True when this question was answered 不清楚. */
  unknownChosen: boolean
  onUnknown(): void
  /** Null hides the button: there is nothing before the first question. */
  onBack: (() => void) | null
  /** Null hides the button: a question not yet answered is answered, not skipped. */
  onForward: (() => void) | null
}

/**
 * One question on one screen: its number, the plain question, the answer widget, 「不清楚」 which is
 * always allowed, and 上一题 / 下一题 which move without changing any answer.
 */
export function QuestionFrame({ number, text, help, children, unknownChosen, onUnknown, onBack, onForward }: QuestionFrameProps) {
  return (
    <View className='question-frame'>
      <Text className='question-frame__number'>{`第 ${number} 题`}</Text>
      <Text className='question-frame__text'>{text}</Text>
      {help && <Text className='question-frame__help'>{help}</Text>}
      <View className='question-frame__answer'>{children}</View>
      <View
        className={`question-frame__unknown${unknownChosen ? ' question-frame__unknown--chosen' : ''}`}
        hoverClass='jf-pressed'
        role='button'
        aria-pressed={unknownChosen}
        onClick={onUnknown}
      >
        <Text>不清楚</Text>
        {unknownChosen && <Text className='question-frame__chosen'>✓ 已选</Text>}
      </View>
      <View className='question-frame__nav'>
        {onBack && (
          <View className='question-frame__move' hoverClass='jf-pressed' role='button' onClick={onBack}>
            <Text>‹ 上一题</Text>
          </View>
        )}
        {onForward && (
          <View className='question-frame__move question-frame__move--forward' hoverClass='jf-pressed' role='button' onClick={onForward}>
            <Text>下一题 ›</Text>
          </View>
        )}
      </View>
    </View>
  )
}
