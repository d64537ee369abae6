import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { z } from 'zod'
import { toApiError } from '@/api/errors'
import { checkForm, type FormErrors } from './office-model'

export interface EditForm<V extends Record<string, string>> {
  values: V
  set(key: keyof V & string): (value: string) => void
  errors: FormErrors<keyof V & string>
  /** What the server answered when it refused, or why the request failed. */
  failure: string | null
  saving: boolean
  submit(): Promise<void>
}

/**
 * A form of the office page: text values, checked with the server's schema before sending (`toBody`
 * turns the text into the request's shape), then saved; a refusal of the server shows under the form.
 */
export function useEditForm<V extends Record<string, string>, T>(
  initial: V,
  schema: z.ZodType<T>,
  toBody: (values: V) => Record<keyof V & string, unknown>,
  save: (body: T) => Promise<unknown>,
  onSaved: () => void
): EditForm<V> {
  const [values, setValues] = useState<V>(initial)
  const [errors, setErrors] = useState<FormErrors<keyof V & string>>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const submit = async () => {
    if (saving) return
    const checked = checkForm<T, keyof V & string>(schema, toBody(values))
    setFailure(null)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    setSaving(true)
    try {
      await save(checked.body)
      void Taro.showToast({ title: '已保存', icon: 'success' })
      onSaved()
    } catch (caught) {
      setFailure(toApiError(caught).message)
    } finally {
      setSaving(false)
    }
  }
  return { values, set: (key) => (value) => setValues((v) => ({ ...v, [key]: value })), errors, failure, saving, submit }
}
