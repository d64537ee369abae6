import { highlightSegments, searchKeywords } from './highlight'

const marked = (text: string, q: string) =>
  highlightSegments(text, q)
    .filter((s) => s.match)
    .map((s) => s.text)

describe('highlightSegments', () => {
  it('marks every occurrence of a Chinese keyword, not just the first', () => {
    expect(highlightSegments('城乡低保标准调整，低保对象…', '低保')).toEqual([
      { text: '城乡', match: false },
      { text: '低保', match: true },
      { text: '标准调整，', match: false },
      { text: '低保', match: true },
      { text: '对象…', match: false }
    ])
  })

  it('matches Latin letters whatever their case and keeps the original spelling', () => {
    expect(marked('PDF 版本和 pdf 附件', 'Pdf')).toEqual(['PDF', 'pdf'])
  })

  it('marks each of several space-separated keywords', () => {
    expect(marked('低保和医保的申请材料', '医保 低保')).toEqual(['低保', '医保'])
  })

  it('accepts the full-width space a Chinese keyboard types between keywords', () => {
    expect(marked('低保和医保', '低保\u3000医保')).toEqual(['低保', '医保'])
  })

  it('prefers the longer keyword when two keywords overlap', () => {
    expect(marked('低保对象名单', '低保 低保对象')).toEqual(['低保对象'])
  })

  it('merges matches that touch into one marked run', () => {
    expect(highlightSegments('低保医保', '低保 医保')).toEqual([{ text: '低保医保', match: true }])
  })

  it('treats regular-expression characters in the query as plain text', () => {
    expect(marked('费用(元)合计 1+1', '(元) 1+1')).toEqual(['(元)', '1+1'])
    expect(marked('abc', '.*')).toEqual([])
  })

  it('returns the whole text unmarked when the query is empty or only spaces', () => {
    expect(highlightSegments('惠民政策', '   ')).toEqual([{ text: '惠民政策', match: false }])
  })

  it('returns the whole text unmarked when nothing matches', () => {
    expect(highlightSegments('惠民政策', '拆迁')).toEqual([{ text: '惠民政策', match: false }])
  })

  it('returns no segments for empty text', () => {
    expect(highlightSegments('', '低保')).toEqual([])
  })

  it('gives back the original text when the segments are joined', () => {
    const text = 'A 类低保、b 类低保和 C 类'
    expect(highlightSegments(text, 'a 低保 c').map((s) => s.text).join('')).toBe(text)
  })
})

describe('searchKeywords', () => {
  it('splits on spaces, drops empties and duplicates, longest first', () => {
    expect(searchKeywords(' 低保  低保对象 低保 ')).toEqual(['低保对象', '低保'])
  })
})
