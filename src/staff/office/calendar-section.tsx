import Taro from '@tarojs/taro'
import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { fetchCalendarYear, importCalendarYear } from '@/api/staff'
import { toApiError } from '@/api/errors'
import { FieldFrame } from '@/components/cases/Field'
import type { CalendarYear, YearScheduleFile } from '@/core/schemas/calendar'
import { describeDates, holidayLines, readScheduleFile, scheduleChanges, yearStanding, type ScheduleChanges } from './office-model'

const EXAMPLE = `{
  "year": 2027,
  "source": { "title": "国务院办公厅关于2027年部分节假日安排的通知", "documentNumber": "国办发明电〔2026〕X号", "publishedOn": "2026-11-10" },
  "holidays": [
    { "name": "元旦", "daysOff": ["2027-01-01", "2027-01-02", "2027-01-03"], "makeUpWorkdays": [] },
    { "name": "春节", "daysOff": ["2027-02-06", "…"], "makeUpWorkdays": ["2027-02-20"] }
  ]
}`

function YearCard({ year }: { year: CalendarYear }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='staff-panel staff-office__card'>
      <View className='staff-office__head'>
        <Text className='staff-office__name'>{year.year} 年</Text>
        <Text className={`staff-office__standing ${year.provisional ? 'staff-office__standing--provisional' : ''}`}>{year.provisional ? '！计算推定' : '✓ 已公布'}</Text>
      </View>
      <Text className='staff-muted'>{yearStanding(year)}</Text>
      <Text className='staff-office__counts'>
        放假 {year.daysOff.length} 天 · 调休上班 {year.makeUpWorkdays.length} 天
      </Text>
      {open && (
        <View className='staff-office__holidays'>
          {holidayLines(year).map((h) => (
            <View key={h.name} className='staff-office__holiday'>
              <Text className='staff-office__label'>{h.name}</Text>
              <Text>
                放假 {h.daysOff}（{h.daysOffCount} 天）{h.makeUpWorkdays ? `；${h.makeUpWorkdays} 上班` : ''}
              </Text>
            </View>
          ))}
        </View>
      )}
      <View className='staff-row'>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => setOpen(!open)}>
          <Text>{open ? '收起日期' : '查看日期'}</Text>
        </View>
      </View>
    </View>
  )
}

function Changes({ schedule, changes }: { schedule: YearScheduleFile; changes: ScheduleChanges }) {
  const dates = (list: string[]) => (list.length > 0 ? describeDates(list, schedule.year) : '无')
  return (
    <View className='staff-office__changes' role='region' aria-label='导入后的变化'>
      <Text className='staff-panel__title'>导入后将替换 {schedule.year} 年的安排</Text>
      <Text>现在：{changes.replaces}</Text>
      <Text>导入：{schedule.source.title}</Text>
      <Text>
        放假 {changes.daysOffBefore} 天 → {changes.daysOffAfter} 天；调休上班 {changes.makeUpBefore} 天 → {changes.makeUpAfter} 天
      </Text>
      <Text>新增放假：{dates(changes.newDaysOff)}</Text>
      <Text>不再放假：{dates(changes.droppedDaysOff)}</Text>
      <Text>新增调休上班：{dates(changes.newMakeUpWorkdays)}</Text>
      <Text>不再调休上班：{dates(changes.droppedMakeUpWorkdays)}</Text>
      <Text className='staff-muted'>导入后，各事项的办理期限按新的安排重新计算。</Text>
    </View>
  )
}

function ImportForm({ onImported }: { onImported(): void }) {
  const [text, setText] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const [checked, setChecked] = useState<{ schedule: YearScheduleFile; changes: ScheduleChanges } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [example, setExample] = useState(false)
  const [busy, setBusy] = useState(false)
  const check = async () => {
    setFailure(null)
    setChecked(null)
    const reading = readScheduleFile(text)
    if (!reading.ok) {
      setProblems(reading.problems)
      return
    }
    setProblems([])
    try {
      const current = await fetchCalendarYear(reading.schedule.year)
      setChecked({ schedule: reading.schedule, changes: scheduleChanges(current, reading.schedule) })
    } catch (caught) {
      setFailure(toApiError(caught).message)
    }
  }
  const confirm = async () => {
    if (!checked || busy) return
    setBusy(true)
    setFailure(null)
    try {
      await importCalendarYear(checked.schedule)
      void Taro.showToast({ title: `已导入 ${checked.schedule.year} 年`, icon: 'success' })
      setText('')
      setChecked(null)
      onImported()
    } catch (caught) {
      setFailure(toApiError(caught).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='staff-panel staff-office__form'>
      <Text className='staff-panel__title'>导入某一年的放假安排</Text>
      <Text className='staff-office__intro'>国务院办公厅公布下一年的放假安排后，把整理好的放假安排文件全文粘贴到下面，先检查，看清替换的内容后再导入。</Text>
      <FieldFrame label='放假安排文件的内容' required error={problems.length === 1 ? problems[0] : undefined} hint='文件格式与系统自带的年份文件相同。'>
        <Textarea
          className='case-field__input case-field__input--multiline staff-office__json'
          value={text}
          maxlength={-1}
          aria-label='放假安排文件的内容'
          placeholder='{ "year": 2027, "source": {…}, "holidays": […] }'
          placeholderClass='case-field__placeholder'
          onInput={(e) => {
            setText(e.detail.value)
            setChecked(null)
          }}
        />
      </FieldFrame>
      {problems.length > 1 && (
        <View className='staff-office__problems' role='alert'>
          <Text className='staff-error'>⚠ 文件有 {problems.length} 处问题，请改正后再检查：</Text>
          {problems.map((p) => (
            <Text key={p} className='staff-office__problem'>
              · {p}
            </Text>
          ))}
        </View>
      )}
      {example && <Text className='staff-office__example'>{EXAMPLE}</Text>}
      {checked && <Changes schedule={checked.schedule} changes={checked.changes} />}
      {failure && <Text className='staff-error'>⚠ {failure}</Text>}
      <View className='staff-row'>
        {checked ? (
          <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void confirm()}>
            <Text>{busy ? '正在导入…' : `确认导入 ${checked.schedule.year} 年`}</Text>
          </View>
        ) : (
          <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={() => void check()}>
            <Text>检查文件</Text>
          </View>
        )}
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => setExample(!example)}>
          <Text>{example ? '收起格式示例' : '查看格式示例'}</Text>
        </View>
      </View>
    </View>
  )
}

/** 节假日: each year shown, announced or computed (计算推定), and the import of an announced year. */
export function CalendarSection({ years, canImport, onImported }: { years: CalendarYear[]; canImport: boolean; onImported(): void }) {
  return (
    <View>
      <Text className='staff-office__intro'>办理期限按工作日计算：周末和法定节假日不计，调休上班日照常计算。国务院尚未公布的年份按法定节日推算，标为“计算推定”，公布后请导入。</Text>
      <View className='staff-office__grid staff-office__grid--years'>
        {years.map((y) => (
          <YearCard key={y.year} year={y} />
        ))}
      </View>
      {canImport ? <ImportForm onImported={onImported} /> : <Text className='staff-muted'>导入放假安排需要系统管理员账号。</Text>}
    </View>
  )
}
