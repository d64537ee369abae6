import { inflateRawSync } from 'node:zlib'
import { SaxesParser } from 'saxes'
import { toCsv } from './csv'
import { columnName, toXlsx } from './xlsx'

/** Reads a ZIP archive through its central directory, as a spreadsheet program does. */
function unzip(archive: Buffer): Map<string, Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = archive.readUInt16LE(end + 10)
  let at = archive.readUInt32LE(end + 16)
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50)
    const size = archive.readUInt32LE(at + 20)
    const nameLength = archive.readUInt16LE(at + 28)
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32)
    const local = archive.readUInt32LE(at + 42)
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const dataAt = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28)
    files.set(name, inflateRawSync(archive.subarray(dataAt, dataAt + size)))
    at += 46 + nameLength + extra
  }
  return files
}

interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

/** A strict XML parse (saxes throws on anything not well-formed) into a small tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false })
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack = [root]
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' }
    stack[stack.length - 1].children.push(element)
    stack.push(element)
  })
  parser.on('text', (text) => {
    stack[stack.length - 1].text += text
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.write(xml).close()
  return root.children[0]
}

const all = (e: XmlElement, name: string): XmlElement[] => [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))]

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark so that Excel reads the Chinese text', () => {
    const bytes = toCsv({ name: '统计', rows: [['部门', '件数']] })
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toBe('部门,件数\r\n')
  })

  it('quotes fields with commas, quotes or line breaks and leaves empty cells empty', () => {
    const text = toCsv({ name: 't', rows: [['a,b', '说“好”"', '两\n行', null, 0.75]] }).toString('utf8')
    expect(text).toBe('\uFEFF"a,b","说“好”""","两\n行",,0.75\r\n')
  })
})

describe('CSV cells that look like formulas', () => {
  it.each(['=1+1', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])('neutralises a text cell starting with %j by a leading apostrophe', (text) => {
    const line = toCsv({ name: 't', rows: [[text]] }).toString('utf8').slice(1)
    expect(line.replace(/^"|"?\r\n$/g, '')).toBe(`'${text}`)
  })

  it('keeps negative numbers as numbers and ordinary text as it is', () => {
    expect(toCsv({ name: 't', rows: [[-3, '民政办', 'a=b']] }).toString('utf8')).toBe('\uFEFF-3,民政办,a=b\r\n')
  })
})

describe('toXlsx', () => {
  const workbook = toXlsx([
    { name: '2026年政府信息公开申请情况', rows: [['项目', '自然人', '总计'], ['一、本年新收政府信息公开申请数量', 5, 7], ['<备注> & “引号”', null, 0]] },
    { name: 'a/b:c', rows: [['月份'], ['2026-03']] }
  ])
  const files = unzip(workbook)

  it('holds the parts a spreadsheet program needs', () => {
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml'
    ])
  })

  it('writes every part as well-formed XML', () => {
    for (const [name, data] of files) expect(() => parseXml(data.toString('utf8'))).not.toThrow(name)
  })

  it('names the sheets, with the characters Excel refuses replaced', () => {
    const sheets = all(parseXml(files.get('xl/workbook.xml')!.toString('utf8')), 'sheet').map((s) => s.attributes.name)
    expect(sheets).toEqual(['2026年政府信息公开申请情况', 'a b c'])
  })

  it('declares each sheet in the content types and the workbook relationships', () => {
    const types = all(parseXml(files.get('[Content_Types].xml')!.toString('utf8')), 'Override').map((o) => o.attributes.PartName)
    expect(types).toEqual(expect.arrayContaining(['/xl/workbook.xml', '/xl/worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml']))
    const targets = all(parseXml(files.get('xl/_rels/workbook.xml.rels')!.toString('utf8')), 'Relationship').map((r) => r.attributes.Target)
    expect(targets).toEqual(['worksheets/sheet1.xml', 'worksheets/sheet2.xml', 'styles.xml'])
  })

  it('writes numbers as numbers and text as inline strings, escaped, with the cell references', () => {
    const sheet = parseXml(files.get('xl/worksheets/sheet1.xml')!.toString('utf8'))
    const cells = all(sheet, 'c').map((c) => ({ ref: c.attributes.r, type: c.attributes.t ?? 'n', value: all(c, 't')[0]?.text ?? all(c, 'v')[0]?.text }))
    expect(cells).toEqual([
      { ref: 'A1', type: 'inlineStr', value: '项目' },
      { ref: 'B1', type: 'inlineStr', value: '自然人' },
      { ref: 'C1', type: 'inlineStr', value: '总计' },
      { ref: 'A2', type: 'inlineStr', value: '一、本年新收政府信息公开申请数量' },
      { ref: 'B2', type: 'n', value: '5' },
      { ref: 'C2', type: 'n', value: '7' },
      { ref: 'A3', type: 'inlineStr', value: '<备注> & “引号”' },
      { ref: 'C3', type: 'n', value: '0' }
    ])
  })

  it('writes text that looks like a formula as an inline string, never as a formula', () => {
    const sheet = parseXml(unzip(toXlsx([{ name: 't', rows: [['=HYPERLINK("http://evil.example")', '+1']] }])).get('xl/worksheets/sheet1.xml')!.toString('utf8'))
    expect(all(sheet, 'f')).toEqual([])
    expect(all(sheet, 'c').map((c) => [c.attributes.t, all(c, 't')[0]?.text])).toEqual([
      ['inlineStr', '=HYPERLINK("http://evil.example")'],
      ['inlineStr', '+1']
    ])
  })

  it('makes the header row bold', () => {
    const sheet = parseXml(files.get('xl/worksheets/sheet1.xml')!.toString('utf8'))
    expect(all(sheet, 'row')[0].children.every((c) => c.attributes.s === '1')).toBe(true)
    expect(all(sheet, 'row')[1].children.some((c) => c.attributes.s === '1')).toBe(false)
  })

  it('gives the same bytes for the same tables', () => {
    expect(toXlsx([{ name: 'x', rows: [['a']] }]).equals(toXlsx([{ name: 'x', rows: [['a']] }]))).toBe(true)
  })
})

describe('columnName', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
  })
})
