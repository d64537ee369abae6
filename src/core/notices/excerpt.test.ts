import { excerptAround, firstMatch, openingExcerpt } from './excerpt'

const LOW_INCOME_NOTICE =
  '根据市民政局通知，现将本街道2025年城乡低保标准调整情况公告如下。\n\n' +
  '一、城市低保标准由每人每月1420元调整为每人每月1450元。\n\n' +
  '二、调整后的标准自2025年7月1日起执行，低保对象无需重新申请。'

describe('the opening of a notice in a list', () => {
  it('is the whole body when the body is short', () => {
    expect(openingExcerpt('停水通知：明日上午停水。', 60)).toBe('停水通知：明日上午停水。')
  })

  it('is cut after the given number of characters with an ellipsis at the cut', () => {
    expect(openingExcerpt('本街道2025年低保标准调整为每人每月1450元。', 10)).toBe('本街道2025年低保…')
  })

  it('reads as one line: paragraph breaks become single spaces', () => {
    expect(openingExcerpt('第一段。\n\n第二段。', 60)).toBe('第一段。 第二段。')
  })

  it('is about sixty characters by default', () => {
    const excerpt = openingExcerpt(LOW_INCOME_NOTICE)
    expect(excerpt).toHaveLength(61)
    expect(excerpt.endsWith('…')).toBe(true)
  })

  it('never cuts a character outside the basic plane in two', () => {
    expect(openingExcerpt('ab𠀀cd', 3)).toBe('ab…')
  })
})

describe('the excerpt of a search result', () => {
  it('shows the words around the first mention in the body, with ellipses at both cuts', () => {
    expect(excerptAround(LOW_INCOME_NOTICE, ['低保'], 5)).toBe('…25年城乡低保标准调整情…')
  })

  it('has no leading ellipsis when the match is at the start of the body', () => {
    expect(excerptAround('低保标准调整为每人每月1450元，自7月1日起执行。', ['低保'], 4)).toBe('低保标准调整…')
  })

  it('has no trailing ellipsis when the match is at the end of the body', () => {
    expect(excerptAround('本月新增对象三户，均为低保', ['低保'], 4)).toBe('…户，均为低保')
  })

  it('starts at whichever of several searched words the body mentions first', () => {
    expect(excerptAround('先说医保，再说低保。', ['低保', '医保'], 1)).toBe('…说医保，…')
  })

  it('finds Latin letters whatever their case', () => {
    expect(excerptAround('请下载 PDF 文件', ['pdf'], 2)).toBe('…载 PDF 文…')
  })

  it('is the opening of the body when only the title matched', () => {
    expect(excerptAround('明日上午九点至十二点停水。', ['低保'], 30)).toBe('明日上午九点至十二点停水。')
  })

  it('reads as one line even when the match follows a paragraph break', () => {
    expect(excerptAround('第一段。\n\n城市低保标准调整为每人每月1450元，自1月1日起执行。', ['低保'], 4)).toBe('…。 城市低保标准调整…')
  })
})

describe('the first match of searched words', () => {
  it('is the earliest occurrence of any word', () => {
    expect(firstMatch('申请低保的条件', ['条件', '低保'])).toEqual({ index: 2, length: 2 })
  })

  it('is null when no word occurs', () => {
    expect(firstMatch('申请低保的条件', ['医保'])).toBeNull()
  })
})
