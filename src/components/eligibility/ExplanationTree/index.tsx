import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatChineseDate } from '@/core/notices/dates'
import type { Explanation, ParameterUse } from '@/core/schemas/eligibility'
import { StatusMark, VERDICT_LOOKS } from '../StatusMark'
import './index.scss'

const LOGIC_WORDS = { all: '以下条件都要满足', any: '以下条件满足一项即可' } as const

/** Which standard a sentence used, e.g. 「城市低保标准（每人每月）：1450（示例本地标准，版本 canglan-2026，2026年1月1日起执行）」. */
export function describeParameter(use: ParameterUse): string {
  const marker = use.example ? '示例本地标准，' : ''
  return `${use.label}：${use.value}（${marker}版本 ${use.version}，${formatChineseDate(use.effectiveFrom)}起执行）`
}

function Node({ node, depth }: { node: Explanation; depth: number }) {
  return (
    <View className={`why-node why-node--depth-${Math.min(depth, 3)}`}>
      <View className='why-node__head'>
        <StatusMark look={VERDICT_LOOKS[node.result]} size='small' />
        <Text className='why-node__label'>{node.label}</Text>
      </View>
      <Text className='why-node__text'>{node.text}</Text>
      {node.parameters?.map((use) => (
        <Text key={`${use.name}-${use.version}`} className='why-node__parameter'>
          {`依据：${describeParameter(use)}`}
        </Text>
      ))}
      {node.children && node.children.length > 0 && (
        <View className='why-node__children'>
          {node.logic && <Text className='why-node__logic'>{LOGIC_WORDS[node.logic]}：</Text>}
          {node.children.map((child) => (
            <Node key={child.id} node={child} depth={depth + 1} />
          ))}
        </View>
      )}
    </View>
  )
}

export interface ExplanationTreeProps {
  explanation: Explanation
}

/** 「为什么」: closed at first; opens to every criterion with its result, its reason and the standard it used. */
export function ExplanationTree({ explanation }: ExplanationTreeProps) {
  const [open, setOpen] = useState(false)
  return (
    <View className='why'>
      <View className='why__toggle' hoverClass='jf-pressed' role='button' aria-expanded={open} onClick={() => setOpen(!open)}>
        <Text>{open ? '收起「为什么」' : '为什么？'}</Text>
        <Text className='why__arrow' aria-hidden>
          {open ? '▲' : '▼'}
        </Text>
      </View>
      {open && <Node node={explanation} depth={0} />}
    </View>
  )
}
