import type { TextSelection } from './body-model'

/**
 * The selection in the body box. In a browser it is read from the native textarea inside Taro's
 * Textarea when a button is pressed (pressing it does not clear the textarea's selection); the
 * mini-program reports it through the Textarea's events instead, so there this answers null.
 */
function nativeTextarea(id: string): HTMLTextAreaElement | null {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return null
  return document.getElementById(id)?.querySelector('textarea') ?? null
}

export function readSelection(id: string): TextSelection | null {
  const textarea = nativeTextarea(id)
  return textarea ? { start: textarea.selectionStart, end: textarea.selectionEnd } : null
}

/** Selects what a button put in (a sample to type over) once the new text is in the box (browser only). */
export function placeSelection(id: string, selection: TextSelection): void {
  setTimeout(() => {
    const textarea = nativeTextarea(id)
    if (!textarea) return
    textarea.focus()
    textarea.setSelectionRange(selection.start, selection.end)
  }, 0)
}
