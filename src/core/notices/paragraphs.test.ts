import { noticeParagraphs } from './paragraphs'

describe('noticeParagraphs', () => {
  it('splits the body on blank lines', () => {
    expect(noticeParagraphs('第一段\n\n第二段')).toEqual(['第一段', '第二段'])
  })

  it('keeps the line breaks inside a paragraph', () => {
    expect(noticeParagraphs('一、条件\n二、材料\n\n附则')).toEqual(['一、条件\n二、材料', '附则'])
  })

  it('treats lines of spaces, full-width spaces and Windows line ends as blank', () => {
    expect(noticeParagraphs('甲\r\n \u3000\r\n乙')).toEqual(['甲', '乙'])
  })

  it('drops empty paragraphs from several blank lines in a row', () => {
    expect(noticeParagraphs('\n\n甲\n\n\n\n乙\n\n')).toEqual(['甲', '乙'])
  })
})
