export type NumberReading = { ok: true; value: number } | { ok: false; message: string }

export interface NumberLimits {
  min?: number
  max?: number
  /** Whole numbers only (ages, people); otherwise up to two decimals (yuan). */
  integer?: boolean
}

/**
 * Reads what a resident typed into a number box. Full-width digits and a trailing 元 or 岁 are
 * accepted, since Chinese keyboards produce them; anything else gets a plain message.
 *
 * @example readNumber('１２００', { min: 0 }) // { ok: true, value: 1200 }
 */
export function readNumber(text: string, limits: NumberLimits = {}): NumberReading {
  const normalised = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[\s,，]/g, '')
    .replace(/[元岁人]$/, '')
  if (normalised === '') return { ok: false, message: '请填一个数，不知道可以点「不清楚」' }
  const pattern = limits.integer ? /^\d+$/ : /^\d+(\.\d{1,2})?$/
  if (!pattern.test(normalised)) {
    return { ok: false, message: limits.integer ? '请只填整数，例如 3' : '请只填数字，例如 1200' }
  }
  const value = Number(normalised)
  if (limits.min !== undefined && value < limits.min) return { ok: false, message: `不能小于 ${limits.min}` }
  if (limits.max !== undefined && value > limits.max) return { ok: false, message: `不能大于 ${limits.max}` }
  return { ok: true, value }
}
