import { containsPattern, searchableKeywords } from './search'

describe('the pattern that finds a keyword anywhere in a text', () => {
  it('surrounds the keyword with wildcards', () => {
    expect(containsPattern('低保')).toBe('%低保%')
  })

  it('takes percent signs, underscores and backslashes literally', () => {
    expect(containsPattern('5%_\\')).toBe('%5\\%\\_\\\\%')
  })
})

describe('the keywords a search uses', () => {
  it('are the words separated by spaces, a full-width space included', () => {
    expect(searchableKeywords('低保\u3000申请').sort()).toEqual(['低保', '申请'].sort())
  })

  it('leave out control characters, which no notice contains', () => {
    expect(searchableKeywords('低\u0000保')).toEqual(['低保'])
  })

  it('are none for a query of control characters only', () => {
    expect(searchableKeywords('\u0000 \u0001')).toEqual([])
  })

  it('are none without a query', () => {
    expect(searchableKeywords(undefined)).toEqual([])
  })
})
