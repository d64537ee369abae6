import type { AnswerValue, AskedQuestion, MemberEntry } from '@/core/eligibility'
import { AnswerButtons } from '../AnswerButtons'
import { MembersAnswer } from '../MembersAnswer'
import { NumberAnswer } from '../NumberAnswer'
import { QuestionFrame } from '../QuestionFrame'

const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' }
]

export interface QuestionScreenProps {
  asked: AskedQuestion
  /** 1 for the first question. */
  number: number
  /** The answer given before; undefined when not answered yet, null for 「不清楚」. */
  value: AnswerValue | undefined
  onAnswer(value: AnswerValue): void
  onBack: (() => void) | null
  onForward: (() => void) | null
}

function AnswerWidget({ asked, value, onAnswer }: Pick<QuestionScreenProps, 'asked' | 'value' | 'onAnswer'>) {
  const { question } = asked
  switch (question.kind) {
    case 'yes_no':
      return (
        <AnswerButtons
          size='big'
          options={YES_NO}
          selected={value === true ? 'yes' : value === false ? 'no' : null}
          onChoose={(choice) => onAnswer(choice === 'yes')}
        />
      )
    case 'choice': {
      const options = question.options ?? []
      return (
        <AnswerButtons
          options={options.map((o) => ({ value: String(o.value), label: o.label }))}
          selected={value === null || value === undefined ? null : String(value as string | number)}
          onChoose={(choice) => {
            const option = options.find((o) => String(o.value) === choice)
            if (option) onAnswer(option.value)
          }}
        />
      )
    }
    case 'number':
      return (
        <NumberAnswer
          value={typeof value === 'number' ? value : null}
          unit={question.unit ?? ''}
          min={question.min}
          max={question.max}
          // Ages and other counts are whole numbers; only money (元) may have decimals.
          integer={question.unit !== '元'}
          onSubmit={onAnswer}
        />
      )
    case 'member_list':
      return (
        <MembersAnswer
          value={Array.isArray(value) ? (value as readonly MemberEntry[]) : null}
          options={question.options ?? []}
          onSubmit={onAnswer}
        />
      )
  }
}

/** One question rendered from its data: the frame with 不清楚 and 上一题 / 下一题, and the widget of its kind. */
export function QuestionScreen({ asked, number, value, onAnswer, onBack, onForward }: QuestionScreenProps) {
  return (
    <QuestionFrame
      number={number}
      text={asked.text}
      help={asked.question.help}
      unknownChosen={value === null}
      onUnknown={() => onAnswer(null)}
      onBack={onBack}
      onForward={onForward}
    >
      <AnswerWidget key={asked.key} asked={asked} value={value} onAnswer={onAnswer} />
    </QuestionFrame>
  )
}
