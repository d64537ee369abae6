import { containsPattern } from './search'

describe('the pattern that finds a keyword anywhere in a text', () => {
  it('surrounds the keyword with wildcards', () => {
    expect(containsPattern('低保')).toBe('%低保%')
  })

  it('takes percent signs, underscores and backslashes literally', () => {
    expect(containsPattern('5%_\\')).toBe('%5\\%\\_\\\\%')
  })
})
