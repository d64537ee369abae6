import { act } from '@testing-library/react'

/** Types into a Taro Input or Textarea the way its web component reports it: an `input` event with detail.value. */
export function typeInto(label: string, value: string): void {
  const field = document.querySelector(`[aria-label="${label}"]`)
  if (!field) throw new Error(`no field labelled ${label}`)
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

/** Lets pending promises (requests through the Taro double) settle. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0))
  })
}
