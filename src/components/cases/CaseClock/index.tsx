import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { periodName } from '@/core/cases/policies'
import type { Clock } from '@/core/schemas/clock'
import { PROVISIONAL_NOTE, clockHeadline, clockTone } from '../clock-words'
import './index.scss'

export interface CaseClockProps {
  clock: Clock
  /** The law the clock follows, quoted (from the case). */
  citation: string
}

/** The legal deadline in one line, and on request how the date was worked out and under which law. */
export function CaseClock({ clock, citation }: CaseClockProps) {
  const [open, setOpen] = useState(false)
  const tone = clockTone(clock)
  return (
    <View className={`case-clock case-clock--${tone}`}>
      <Text className='case-clock__label'>{periodName(clock.policy)}</Text>
      <Text className='case-clock__headline'>{clockHeadline(clock)}</Text>
      {clock.provisional && tone !== 'done' && <Text className='case-clock__note'>{PROVISIONAL_NOTE}</Text>}
      {clock.officePromise && tone !== 'done' && (
        <Text className='case-clock__note'>
          街道承诺：{clock.officePromise.label}
        </Text>
      )}
      <View className='case-clock__toggle' role='button' aria-expanded={open} hoverClass='jf-pressed' onClick={() => setOpen(!open)}>
        <Text>{open ? '收起 ▲' : '这个日期是怎么算的？ ▼'}</Text>
      </View>
      {open && (
        <View className='case-clock__explain'>
          {clock.explanation.map((line) => (
            <Text key={line} className='case-clock__line'>
              {line}
            </Text>
          ))}
          <Text className='case-clock__citation'>依据：{citation || clock.policy.citation}</Text>
        </View>
      )}
    </View>
  )
}
