import { Text, Textarea, View } from '@tarojs/components'
import { useId, useState } from 'react'
import { FieldFrame, TextField } from '@/components/cases/Field'
import { NoticeBody } from '@/components/notices/NoticeBody'
import { applyFormat, BODY_KEPT, bodyFormatNotes, bodyOfSource, htmlOfSource, insertLink, linkHrefOf, type Edited, type TextSelection } from './body-model'
import { placeSelection, readSelection } from './textarea-selection'

const BUTTONS = [
  { kind: 'heading', label: '小标题', hint: '把光标所在的行设为小标题' },
  { kind: 'bold', label: '加粗', hint: '把选中的文字加粗' },
  { kind: 'list', label: '列表', hint: '把选中的几行变成列表，每行一项' }
] as const

/** The link form under the toolbar: the words residents read and the address a tap reaches. */
function LinkForm({ words, onInsert, onCancel }: { words: string; onInsert(words: string, href: string): void; onCancel(): void }) {
  const [text, setText] = useState(words)
  const [address, setAddress] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const insert = () => {
    const checked = linkHrefOf(address)
    if ('problem' in checked) setProblem(checked.problem)
    else onInsert(text, checked.href)
  }
  return (
    <View className='staff-body__link-form'>
      <TextField label='链接文字' value={text} maxLength={100} placeholder='如 民政办咨询电话' hint='居民看到的文字；不填就显示地址。' onChange={setText} />
      <TextField label='网址、电话或邮箱' required value={address} maxLength={500} placeholder='如 https://www.gov.cn 或 021-12345678' error={problem ?? undefined} onChange={setAddress} />
      <View className='staff-row'>
        <View className='staff-button staff-button--primary' role='button' hoverClass='jf-pressed' onClick={insert}>
          <Text>插入链接</Text>
        </View>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={onCancel}>
          <Text>取消</Text>
        </View>
      </View>
    </View>
  )
}

export interface BodyFieldProps {
  label: string
  required?: boolean
  value: string
  maxLength: number
  error?: string
  /** Guides' 办事须知 is always rich text; a notice without any mark stays plain text. */
  alwaysRich?: boolean
  onChange(value: string): void
}

/**
 * The body box of the draft editor with its plain formatting buttons (小标题, 加粗, 列表, 链接), one
 * line on what is kept, notes on what would not show as meant, and a preview of what residents see.
 */
export function BodyField({ label, required = false, value, maxLength, error, alwaysRich = false, onChange }: BodyFieldProps) {
  const id = `staff-body-${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const [selection, setSelection] = useState<TextSelection>({ start: value.length, end: value.length })
  const [linking, setLinking] = useState<{ at: TextSelection } | null>(null)
  const [previewing, setPreviewing] = useState(false)
  const current = (): TextSelection => readSelection(id) ?? selection
  const apply = (edited: Edited) => {
    onChange(edited.source)
    setSelection(edited.selection)
    placeSelection(id, edited.selection)
  }
  const body = alwaysRich ? { body: htmlOfSource(value), bodyFormat: 'html' as const } : bodyOfSource(value)
  const notes = bodyFormatNotes(value)
  return (
    <>
      <FieldFrame label={label} required={required} hint={BODY_KEPT} error={error}>
        <View className='staff-body__toolbar' role='toolbar' aria-label={`${label}格式`}>
          {BUTTONS.map((b) => (
            <View key={b.kind} className='staff-button staff-body__tool' role='button' aria-label={b.hint} hoverClass='jf-pressed' onClick={() => apply(applyFormat(value, current(), b.kind))}>
              <Text>{b.label}</Text>
            </View>
          ))}
          <View className='staff-button staff-body__tool' role='button' aria-label='给选中的文字加链接' hoverClass='jf-pressed' onClick={() => setLinking({ at: current() })}>
            <Text>链接</Text>
          </View>
        </View>
        {linking && (
          <LinkForm
            words={value.slice(Math.min(linking.at.start, linking.at.end), Math.max(linking.at.start, linking.at.end))}
            onInsert={(words, href) => {
              apply(insertLink(value, linking.at, words, href))
              setLinking(null)
            }}
            onCancel={() => setLinking(null)}
          />
        )}
        <Textarea
          id={id}
          className='case-field__input case-field__input--multiline staff-body__input'
          value={value}
          maxlength={maxLength}
          aria-label={label}
          onInput={(e) => {
            onChange(e.detail.value)
            const cursor = e.detail.cursor ?? e.detail.value.length
            setSelection({ start: cursor, end: cursor })
          }}
          onBlur={(e) => {
            if (typeof e.detail.cursor === 'number') setSelection({ start: e.detail.cursor, end: e.detail.cursor })
          }}
          // The mini-program reports the selection by event; a browser's selectionchange carries none (it is read when a button is pressed).
          onSelectionChange={(e: { detail?: { selectionStart?: number; selectionEnd?: number } }) => {
            const { selectionStart, selectionEnd } = e.detail ?? {}
            if (typeof selectionStart === 'number' && typeof selectionEnd === 'number') setSelection({ start: selectionStart, end: selectionEnd })
          }}
        />
        <Text className='case-field__count'>
          {value.length} / {maxLength} 字
        </Text>
      </FieldFrame>
      {notes.map((n) => (
        <View key={n} className='staff-publishing__note' role='alert'>
          <Text>！{n}</Text>
        </View>
      ))}
      <View className='staff-row staff-body__preview-toggle'>
        <View className='staff-button' role='button' hoverClass='jf-pressed' onClick={() => setPreviewing((p) => !p)}>
          <Text>{previewing ? '收起预览' : '预览居民看到的样子'}</Text>
        </View>
      </View>
      {previewing && (
        <View className='staff-body__preview' aria-label={`${label}预览`}>
          <Text className='staff-body__preview-title'>居民在手机上看到的{label}</Text>
          {body.body.trim() === '' ? <Text className='staff-muted'>还没有内容。</Text> : <NoticeBody body={body.body} format={body.bodyFormat} />}
        </View>
      )}
    </>
  )
}
