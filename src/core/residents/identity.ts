/**
 * Identity numbers and phone numbers as residents write them: checks and masks. Pure functions used by
 * the forms (instant feedback) and the server (the authoritative check, the masks of every answer).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK_CHARS = '10X98765432'

/**
 * True for an 18-character resident identity card number whose birth date exists and whose last
 * character is the check character of GB 11643-1999 (ISO 7064 MOD 11-2). A lower-case x is accepted.
 * @example isValidIdCardNumber('11010519491231002X') // true
 * @example isValidIdCardNumber('110105194912310021') // false (wrong check character)
 */
export function isValidIdCardNumber(value: string): boolean {
  const id = value.toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]
  return ID_CHECK_CHARS[sum % 11] === id[17]
}

/**
 * An identity number with all but its first and last few characters hidden, as every resident-facing
 * answer shows it (个人信息保护法 第二十八条: identity numbers are sensitive personal information).
 * @example maskIdNumber('11010519491231002X') // '1101**********002X'
 * @example maskIdNumber('E1234567') // 'E1****67'
 */
export function maskIdNumber(value: string): string {
  if (value.length >= 15) return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4)
  if (value.length <= 4) return '*'.repeat(value.length)
  return value.slice(0, 2) + '*'.repeat(value.length - 4) + value.slice(-2)
}

/**
 * A mainland mobile number with its middle four digits hidden.
 * @example maskPhone('13812345678') // '138****5678'
 */
export function maskPhone(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length)
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4)
}

/** A mainland mobile number: 11 digits starting with 13–19. */
export const MOBILE_PHONE_PATTERN = /^1[3-9]\d{9}$/

/**
 * True for a mainland mobile number.
 * @example isMobilePhone('13812345678') // true
 * @example isMobilePhone('12812345678') // false
 */
export function isMobilePhone(value: string): boolean {
  return MOBILE_PHONE_PATTERN.test(value)
}

// An identity number (18 characters, the last a digit or X; or the old 15 digits) or a mainland mobile
// number, not part of a longer run of digits (a tracking number, a timestamp).
const PERSONAL_NUMBERS = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9]{9})(?![0-9Xx])/g

/**
 * Free text (a log line, a URL) with every identity number and mobile number in it masked as the
 * app shows them, so that logs never keep them whole (个人信息保护法 第五十一条: measures to protect
 * personal information, 第二十八条: identity numbers are sensitive).
 * @example maskPersonalNumbers('/api/v1/staff/cases?phone=13812345678') // '/api/v1/staff/cases?phone=138****5678'
 */
export function maskPersonalNumbers(text: string): string {
  return text.replace(PERSONAL_NUMBERS, (found) => (found.length === 11 ? maskPhone(found) : maskIdNumber(found)))
}
