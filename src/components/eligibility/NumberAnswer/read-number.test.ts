import { readNumber } from './read-number'

describe('reading a number a resident typed', () => {
  it('reads plain digits', () => {
    expect(readNumber('1200')).toEqual({ ok: true, value: 1200 })
  })

  it('reads full-width digits and a trailing unit from a Chinese keyboard', () => {
    expect(readNumber('１２００元')).toEqual({ ok: true, value: 1200 })
    expect(readNumber('80岁', { integer: true })).toEqual({ ok: true, value: 80 })
  })

  it('reads yuan with two decimals', () => {
    expect(readNumber('1200.50')).toEqual({ ok: true, value: 1200.5 })
  })

  it('asks for a number, or 不清楚, when the box is empty', () => {
    expect(readNumber('  ')).toEqual({ ok: false, message: '请填一个数，不知道可以点「不清楚」' })
  })

  it('refuses words and decimals where a whole number is needed', () => {
    expect(readNumber('三')).toEqual({ ok: false, message: '请只填数字，例如 1200' })
    expect(readNumber('2.5', { integer: true })).toEqual({ ok: false, message: '请只填整数，例如 3' })
  })

  it('keeps to the limits of the question', () => {
    expect(readNumber('0', { min: 1 })).toEqual({ ok: false, message: '不能小于 1' })
    expect(readNumber('151', { max: 150 })).toEqual({ ok: false, message: '不能大于 150' })
  })
})
