import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { ActionButton } from '@/components/ActionButton'
import { PageShell } from '@/components/PageShell'
import { useShare } from '@/hooks/use-share'
import { QuestionScreen } from '@/components/eligibility/QuestionScreen'
import { SelfCheckIntro } from '@/components/eligibility/SelfCheckIntro'
import type { AnswerValue } from '@/core/eligibility'
import { calendarDateInChina } from '@/core/notices/dates'
import { positionAfterAnswer, questionnaireProgress, shownQuestion, useSelfCheck } from '@/stores/selfcheck'
import { SELFCHECK_RESULT_URL, SELFCHECK_URL } from '../routes'
import { useEligibilityHistory } from '../use-eligibility-rules'
import './index.scss'

const showResult = () => void Taro.navigateTo({ url: SELFCHECK_RESULT_URL })

function Questionnaire() {
  const history = useEligibilityHistory()
  const asOf = useMemo(() => calendarDateInChina(new Date()), [])
  const { answers, revisiting, answer, goTo } = useSelfCheck()
  const progress = useMemo(() => questionnaireProgress(answers, history, asOf), [answers, history, asOf])
  const shown = shownQuestion(progress, revisiting)
  const shownKey = shown.question?.key ?? null
  // Each question starts at the top of the screen, not where the last long answer was scrolled to.
  useEffect(() => {
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }, [shownKey])
  const onBack = shown.position > 0 ? () => goTo(shown.position - 1) : null

  if (!shown.question) {
    return (
      <View className='selfcheck-page__done'>
        <Text className='selfcheck-page__done-title'>问题都答完了</Text>
        <Text className='selfcheck-page__done-text'>{`您一共回答了 ${progress.asked.length} 个问题。`}</Text>
        <ActionButton text='查看结果' onClick={showResult} />
        {onBack && <ActionButton text='‹ 上一题' kind='plain' onClick={onBack} />}
      </View>
    )
  }

  const asked = shown.question
  const onAnswer = (value: AnswerValue) => {
    const after = questionnaireProgress({ ...answers, [asked.key]: value }, history, asOf)
    answer(asked.key, value)
    goTo(positionAfterAnswer(revisiting, after))
  }
  const onForward = revisiting !== null ? () => goTo(shown.position + 1 < progress.asked.length ? shown.position + 1 : null) : null
  return (
    <View className='selfcheck-page__question'>
      <QuestionScreen
        key={asked.key}
        asked={asked}
        number={shown.number}
        value={answers[asked.key]}
        onAnswer={onAnswer}
        onBack={onBack}
        onForward={onForward}
      />
      {progress.asked.length > 0 && (
        <View className='selfcheck-page__early'>
          <Text className='selfcheck-page__early-text'>不想再答了？也可以先看结果，没答的会显示「还需确认」。</Text>
          <ActionButton text='先看结果' kind='plain' onClick={showResult} />
        </View>
      )}
    </View>
  )
}

/** 惠民政策自测: what the self-check is, then one question per screen; answers stay on the phone. */
export default function SelfCheckPage() {
  const [started, setStarted] = useState(false)
  const hasSavedAnswers = useSelfCheck((state) => Object.keys(state.answers).length > 0)
  const restart = useSelfCheck((state) => state.restart)
  useShare({ title: '惠民政策自测：看看您家可能申请哪些补贴和救助', path: SELFCHECK_URL })
  return (
    <PageShell className='selfcheck-page'>
      {started ? (
        <Questionnaire />
      ) : (
        <SelfCheckIntro
          hasSavedAnswers={hasSavedAnswers}
          onStart={() => setStarted(true)}
          onRestart={() => {
            restart()
            setStarted(true)
          }}
        />
      )}
    </PageShell>
  )
}
