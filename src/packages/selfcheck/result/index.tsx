import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import { fetchContacts, fetchGuides } from '@/api/content'
import { ActionButton } from '@/components/ActionButton'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { SectionTitle } from '@/components/SectionTitle'
import { Disclaimer } from '@/components/eligibility/Disclaimer'
import { ProgrammeCard } from '@/components/eligibility/ProgrammeCard'
import { STATUS_LOOKS } from '@/components/eligibility/StatusMark'
import {
  evaluateEligibility,
  factLabel,
  householdFromAnswers,
  NoParametersInForceError,
  whoOf,
  type EligibilityResult,
  type EligibilityStatus
} from '@/core/eligibility'
import { PAGE_SIZE_MAX } from '@/core/schemas/paging'
import { calendarDateInChina, formatChineseDate } from '@/core/notices/dates'
import { useResource } from '@/hooks/use-resource'
import { questionnaireProgress, useSelfCheck } from '@/stores/selfcheck'
import { SELFCHECK_URL } from '../routes'
import { useEligibilityHistory } from '../use-eligibility-rules'
import './index.scss'

const ORDER: readonly EligibilityStatus[] = ['eligible', 'unknown', 'apply_elsewhere', 'not_eligible']
const SECTION_NOTES: Record<EligibilityStatus, string> = {
  eligible: '按您填写的情况，可以去申请',
  unknown: '还有情况不清楚，可以先打电话或到窗口问问',
  apply_elsewhere: '户口不在本街道，要到户口所在地申请',
  not_eligible: '按您填写的情况，暂时不符合'
}

/** Back to the questionnaire it came from; opened some other way, the questionnaire replaces it. */
const backToQuestions = () => {
  Taro.navigateBack()
    .catch(() => Taro.redirectTo({ url: SELFCHECK_URL }))
    .catch(() => undefined)
}

function versionLine(result: EligibilityResult): string {
  const { version, effectiveFrom, example } = result.parameters
  return `所用标准：${example ? '示例本地标准，' : ''}版本 ${version}，${formatChineseDate(effectiveFrom)}起执行`
}

/** 自测结果: every programme as 可能符合 / 还需确认 / 不符合, with why, the amount, the materials and where to apply. */
export default function SelfCheckResultPage() {
  const history = useEligibilityHistory()
  const asOf = useMemo(() => calendarDateInChina(new Date()), [])
  const answers = useSelfCheck((state) => state.answers)
  const restart = useSelfCheck((state) => state.restart)
  const contacts = useResource('contacts', fetchContacts)
  const guides = useResource('selfcheck:guides', () => fetchGuides({ pageSize: PAGE_SIZE_MAX }))

  const checked = useMemo(() => {
    const progress = questionnaireProgress(answers, history, asOf)
    const household = householdFromAnswers(progress.relevant)
    try {
      return { progress, whoById: whoOf(household.members), result: evaluateEligibility(household, history, asOf) }
    } catch (error) {
      if (error instanceof NoParametersInForceError) return null
      throw error
    }
  }, [answers, history, asOf])

  if (Object.keys(answers).length === 0) {
    return (
      <PageShell className='selfcheck-result'>
        <EmptyState text='您还没有做自测' />
        <ActionButton text='开始自测' onClick={() => void Taro.redirectTo({ url: SELFCHECK_URL })} />
      </PageShell>
    )
  }
  if (!checked) {
    return (
      <PageShell className='selfcheck-result'>
        <EmptyState text='暂时没有今天适用的政策标准，请联网后再试' />
      </PageShell>
    )
  }

  const { progress, whoById, result } = checked
  const count = (status: EligibilityStatus) => result.programmes.filter((p) => p.status === status).length
  return (
    <PageShell className='selfcheck-result'>
      <Text className='selfcheck-result__title'>自测结果</Text>
      <Text className='selfcheck-result__counts'>
        {ORDER.filter((status) => status !== 'apply_elsewhere' || count(status) > 0)
          .map((status) => `${STATUS_LOOKS[status].word} ${count(status)} 项`)
          .join(' · ')}
      </Text>
      <Disclaimer />
      {progress.next && (
        <View className='selfcheck-result__unfinished' role='status'>
          <Text className='selfcheck-result__unfinished-text'>还有问题没答完，答完后结果会更准确。</Text>
          <ActionButton text='接着答题' kind='plain' onClick={backToQuestions} />
        </View>
      )}
      {ORDER.filter((status) => count(status) > 0).map((status) => (
        <View key={status} className='selfcheck-result__group'>
          <SectionTitle text={`${STATUS_LOOKS[status].word}（${count(status)} 项）`} note={SECTION_NOTES[status]} />
          {result.programmes
            .filter((p) => p.status === status)
            .map((programme) => (
              <ProgrammeCard
                key={programme.id}
                result={programme}
                unknowns={programme.needs.map((key) => factLabel(key, whoById))}
                contacts={contacts.data}
                guides={guides.data?.items ?? []}
              />
            ))}
        </View>
      ))}
      <Text className='selfcheck-result__version'>{versionLine(result)}</Text>
      <Disclaimer />
      <View className='selfcheck-result__actions'>
        <ActionButton text='修改答案' kind='plain' onClick={backToQuestions} />
        <ActionButton
          text='清空重新开始'
          kind='plain'
          onClick={() => {
            restart()
            void Taro.redirectTo({ url: SELFCHECK_URL })
          }}
        />
      </View>
    </PageShell>
  )
}
