/**
 * Money written the way a resident reads it: thousands separated, at most two decimals, no trailing
 * zeros. Hand-written because Intl's formatter costs more than the rest of an eligibility check.
 * @example formatYuan(1450) // '1,450'
 * @example formatYuan(1885.5) // '1,885.5'
 */
export function formatYuan(value: number): string {
  const rounded = Math.round(value * 100) / 100
  const negative = rounded < 0
  const [whole, fraction] = Math.abs(rounded).toString().split('.')
  let grouped = ''
  for (let i = whole.length; i > 0; i -= 3) {
    grouped = whole.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : '')
  }
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}

/**
 * A rate as a percentage.
 * @example formatRate(0.7) // '70%'
 */
export function formatRate(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`
}

const GRADE_NAMES = ['', '一级', '二级', '三级', '四级']

/**
 * @example gradeName(2) // '二级'
 */
export function gradeName(grade: number): string {
  return GRADE_NAMES[grade] ?? `${grade}级`
}

/**
 * @example gradeList([1, 2]) // '一级、二级'
 */
export function gradeList(grades: readonly number[]): string {
  return grades.map(gradeName).join('、')
}
