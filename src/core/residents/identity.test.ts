import { isMobilePhone, isValidIdCardNumber, maskIdNumber, maskPhone, maskPersonalNumbers } from './identity'

describe('isValidIdCardNumber', () => {
  it('accepts a number whose check character matches GB 11643', () => {
    expect(isValidIdCardNumber('11010519491231002X')).toBe(true)
    expect(isValidIdCardNumber('320106199003071234')).toBe(true)
  })

  it('accepts a lower-case x as the check character', () => {
    expect(isValidIdCardNumber('11010519491231002x')).toBe(true)
  })

  it('refuses a number whose check character is wrong', () => {
    expect(isValidIdCardNumber('110105194912310021')).toBe(false)
  })

  it('refuses a number whose birth date does not exist', () => {
    expect(isValidIdCardNumber('110105194902300020')).toBe(false)
  })

  it('refuses numbers of the wrong length or with letters inside', () => {
    expect(isValidIdCardNumber('11010519491231002')).toBe(false)
    expect(isValidIdCardNumber('1101051949A231002X')).toBe(false)
  })
})

describe('masks', () => {
  it('an identity card number keeps its first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X')
  })

  it('a short document number keeps two characters at each end', () => {
    expect(maskIdNumber('E1234567')).toBe('E1****67')
  })

  it('a mobile number keeps its first three and last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })
})

describe('maskPersonalNumbers', () => {
  it('masks a mobile number and an identity number wherever they stand in a log line', () => {
    expect(maskPersonalNumbers('GET /api/v1/staff/cases?phone=13812345678 id 11010519491231002X')).toBe(
      'GET /api/v1/staff/cases?phone=138****5678 id 1101**********002X'
    )
  })

  it('masks an old 15-digit identity number', () => {
    expect(maskPersonalNumbers('身份证 110105491231002')).toBe('身份证 1101*******1002')
  })

  it('leaves tracking numbers, dates and longer runs of digits alone', () => {
    const text = 'QS-2026-000001 2026-12-08T02:00:00Z 1765159200000123 req 12345678901'
    expect(maskPersonalNumbers(text)).toBe(text)
  })
})

describe('isMobilePhone', () => {
  it('accepts an 11-digit number starting with 13 to 19', () => {
    expect(isMobilePhone('19912345678')).toBe(true)
  })

  it('refuses a landline, a short number and a 12 prefix', () => {
    expect(isMobilePhone('02012345678')).toBe(false)
    expect(isMobilePhone('1381234567')).toBe(false)
    expect(isMobilePhone('12812345678')).toBe(false)
  })
})
