/**
 * Writes the demo content's binary files into server/demo/files/: leader photo placeholders and charts
 * (PNG), published documents (PDF) and one form (DOCX). The output is committed; run this again only
 * after changing a file here:  npx tsx scripts/make-demo-files.ts
 *
 * Only Node's zlib is used, so the formats are written by hand:
 * - PNG: 8-bit RGB, one IDAT chunk, filter 0 on every row.
 * - PDF: PDF 1.4, Chinese text in the non-embedded Adobe font STSong-Light with the UniGB-UCS2-H CMap, so
 *   strings are UTF-16BE hex; a ToUnicode CMap makes the text searchable and copyable.
 * - DOCX: a ZIP (deflate) holding the three parts Word needs: content types, package relationships and
 *   the document.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { zip } from '../server/export/zip'

const OUT = join(__dirname, '..', 'server', 'demo', 'files')

type Rgb = [number, number, number]

function hex(color: string): Rgb {
  const n = parseInt(color.slice(1), 16)
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]
}

function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    raw[row] = 0
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 3)
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/**
 * The leaders' surnames as 80×80 one-bit bitmaps (rows top to bottom, most significant bit leftmost),
 * rasterised once from STSong-Light's system substitute so that this script needs no font renderer.
 */
const SURNAME_GLYPHS: Record<string, string> = {
  周: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP///////8AAAAD////////AAAAA////////wAAAAP///////8AAAAD////////AAAAA+AAAAAAHwAAAAPgAA8AAB8AAAAD4AAPgAAfAAAAA+AAD4AAHwAAAAPgAA+AAB8AAAAD4AAPgAAfAAAAA+AAD4AAHwAAAAPg////+B8AAAAD4P////gfAAAAA+D////4HwAAAAPg////+B8AAAAD4AAPgAAfAAAAA+AAD4AAHwAAAAPgAA+AAB8AAAAD4AAPgAAfAAAAA+AAD4AAHwAAAAPgAA+AAB8AAAAD4AAPgAAfAAAAA+P////+HwAAAAPj/////h8AAAAD4/////4fAAAAA+P////+HwAAAAPgAAAAAB8AAAAD4AAAAAAfAAAAA+AAAAAAHwAAAAPgAAAAAB8AAAAD4AAAAAAfAAAAA+AAAAAAHwAAAAPgf///8B8AAAAD4H////AfAAAAB8B////wHwAAAAfAf///8B8AAAAHwHwAAfAfAAAAB8B8AAHwHwAAAAfAfAAB8B8AAAAHwHwAAfAfAAAAD8B8AAHwHwAAAA+AfAAB8B8AAAAPgHwAAfAfAAAAD4B8AAHwHwAAAB+AfAAB8B8AAAAfAHwAAfAfAAAAHwB////wHwAAAD8Af///8B8AAAA+AH////AfAAAAPgB////gHwAAAH4AfAAAAB8AAAB8AHwAAAAfAAAA/AB8AAAAHwAAAPgAOAAAAD8AAAH4AAAAAP//AAAD8AAAAAD//gAAAPAAAAAA//wAAABgAAAAAH/4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  林: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPgAAAPgAAAAAAD4AAAD4AAAAAAA+AAAA+AAAAAAAPgAAAPgAAAAAAD4AAAD4AAAAAAA+AAAA+AAAAAAAPgAAAPgAAAAAAD4AAAD4AAAAAAA+AAAA+AAAAAAAPgAAAPgAAAAAAD4AAAD4AAAAAAA+AAAA+AAAAAAAPgAAAPgAAAAAAD4AAAD4AAAAAAB+AAAB+AAAAAP///+P////wAAD////j////8AAA////4/////AAAP///+P////wAAAAH4AAAP+AAAAAAB+AAAD/gAAAAAA/wAAA/4AAAAAAP+AAAP+AAAAAAD/gAAH/wAAAAAB/8AAB/8AAAAAAf/gAAf/AAAAAAH/8AAP/4AAAAAD//gAD/+AAAAAA/78AB//gAAAAAf+fgAf/8AAAAAHvj8APvvAAAAAD74/AD774AAAAA8+H4B8++AAAAAfPg/AfPnwAAAAHz4PgPj58AAAAD4+BwD4+PAAAAA+PgMB8Pj4AAAAfD4AAfD4+AAAAHw+AAPg+HwAAAD4PgAH4Ph+AAAB+D4AB8D4PgAAAfA+AA/A+D8AAAPwPgAfgPgfAAAH4D4AH4D4H4AAD+A+AD8A+A/AAA/APgB+APgP4AAHgD4A/gD4B/AAA4A+AfwA+APwAAMAPgH4APgDwAAAAD4A8AD4AYAAAAA+AHAA+ACAAAAAPgBgAPgAAAAAAD4AAAD4AAAAAAA+AAAA+AAAAAAAPgAAAPgAAAAAAD4AAAD4AAAAAAA+AAAA+AAAAAAAPgAAAPgAAAAAAD4AAAD4AAAAAAA+AAAA+AAAAAAAPgAAAPgAAAAAAD4AAAD4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  陈: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAH//4AB8AAAAAAB///AA/AAAAAAAf//wAPwAAAAAAH//8AD4AAAAAAB8A/AA+AAAAAAAfAPgAPgAAAAAAHwD5//////wAAB8A+f/////8AAAfAPH//////AAAHwHx//////wAAB8B8f/////8AAAfAeAA+AAAAAAAHwPgAfgAAAAAAB8D4AHwAAAAAAAfA8AB8AAAAAAAHwfAA/AAAAAAAB8HwAPg+AAAAAAfB4AD4PgAAAAAHw+AB8D4AAAAAB8PgAfA+AAAAAAfD4AHwPgAAAAAHwfAD4D4AAAAAB8HwA+A+AAAAAAfA+AfAPgAAAAAHwHwHwD4AAAAAB8B8D4A+AAAAAAfAPg+APgAAAAAHwD4f/////AAAB8A+H/////wAAAfAHh/////8AAAHwB8f/////AAAB8AfD/////wAAAfAHwAAPgAAAAAHwB8AAD4AAAAAB8AfAAA+AAAAAAfAHwAAPgAAAAAHwB8AAD4AAAAAB8AfAAA+AIAAAAfAPwHgPgPAAAAHx/4D8D4HwAAAB8f+A+A+A+AAAAfH/APgPgPgAAAHw/gHwD4B8AAAB8OAD8A+AfgAAAfAAA+APgD4AAAHwAAfgD4A/AAAB8AAHwA+AHwAAAfAAD8APgB+AAAHwAA+AD4APgAAB8AAfAA+AD8AAAfAAPwAPgAfAAAHwAH4AD4AH4AAB8AB8AA+AA+AAAfAAfAAPgAPAAAHwADgP/4ABAAAB8AAQD/+AAAAAAfAAAAf/gAAAAAHwAAAH/wAAAAAB8AAAB/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  郑: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAA+AAAAAAAAA+AAPgAAAAAAAAPwAH4D///AAAAB+AB8A///8AAAAPgA/AP///gAAAD8APgD///4AAAAfAD4A///+AAAAH4B8APgAfAAAAA+AfAD4AHwAAAAPgPgA+AD8AAAABgD4APgA+AAAAAAB8AD4AfgAAA/////w+AHwAAAP////8PgD8AAAD/////D4A+AAAA/////w+APgAAAP////8PgHwAAAAAA+AAD4B8AAAAAAPgAA+A/AAAAAAD4AAPgPgAAAAAA+AAD4H4AAAAAAPgAA+B8AAAAAAD4AAPgfAAAAAAA+AAD4PgAAAAAAPgAA+D4AAAAAAD4AAPh+AAAAAAA+AAD4PwAAAAAAPgAA+B+AAAAAAD4AAPgPwAAAAAB+AAD4B8AAAH/////8+APgAAB//////PgD8AAAf/////z4AfAAAH/////8+AD4AAAAAPwAAPgA+AAAAAD8AAD4AHwAAAAA+AAA+AB8AAAAAPgAAPgAfAAAAAD8AAD4AD4AAAAB/gAA+AA+AAAAAf8AAPgAPgAAAAP/gAD4AD4AAAAD/8AA+AA+AAAAA+fgAPgAPgAAAAfD8AD4AH4AAAAPwfgA+AB8AAAAD4D8APgA/AAAAB+AfgD4//wAAAA/AH8A+P/4AAAAPwA/gPh/+AAAAH4AH8D4f/AAAAD8AA/g+H/AAAAB/AAH4PgAAAAAA/gAA/D4AAAAAAfwAAHw+AAAAAAP4AABwPgAAAAAH8AAAID4AAAAAD+AAAAA+AAAAAB/AAAAAPgAAAAAHgAAAAD4AAAAAAwAAAAA+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  王: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAf////////gAAAH////////4AAAB////////+AAAAf////////gAAAH////////4AAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAD///////8AAAAA////////gAAAAP///////4AAAAD///////+AAAAA////////gAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAAAAAB+AAAAAAAAAAAAfgAAAAAAAAAAAH4AAAAAAAP/////////wAAD/////////+AAA//////////gAAP/////////4AAD/////////+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  刘: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4AAAAAAAAAAAA+AAAAAHwAAAAAPgAAAAB8AAAAAD4AAAAAfAAAAAA+AAAAAHwAAAAAPgAAAAB8AAAAAD4AAAAAfAAAAAA+AAAAAHwAAAAAPgAAfAB8AAAAAD4AAHwAfAAAAAA+AAB8AHwAAB/////8fAB8AAAf/////HwAfAAAH/////x8AHwAAB/////8fAB8AAAf/////HwAfAAAAAAAAAB8AHwAAAAAAD4AfAB8AAAAAAA+AHwAfAAAAAAAPgB8AHwAAAAAAH4AfAB8AAAAAAB8AHwAfAAAAGAAfAB8AHwAAADwAHwAfAB8AAAB+AB8AHwAfAAAAfwA+AB8AHwAAAD8APgAfAB8AAAAfgD4AHwAfAAAAD8A+AB8AHwAAAAfgfAAfAB8AAAAD8HwAHwAfAAAAAfh8AB8AHwAAAAD8+AAfAB8AAAAA/vgAHwAfAAAAAH/4AB8AHwAAAAA/8AAfAB8AAAAAH/AAHwAfAAAAAA/wAB8AHwAAAAAH4AAfAB8AAAAAB/AAHwAfAAAAAAfwAB8AHwAAAAAP+AAfAB8AAAAAD/wAHwAfAAAAAB/+AB8AHwAAAAAffgAfAB8AAAAAPz8AAAAfAAAAAH4fgAAAHwAAAAD8H4AAAB8AAAAA/A/AAAAfAAAAAfgH4AAAHwAAAAPwB+AAAB8AAAAH8APwAAAfAAAAD+AD4AAAHwAAAB/AAcAAAB8AAAA/gACAAAAfAAAAfwAAAAAAHwAAAf4AAAAAAB8AAAP8AAAAAEA/AAAH+AAAAAB//wAAB/AAAAAAf/8AAAPgAAAAAH/+AAABgAAAAAA/+AAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  孙: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+AAAAAAAAAAAAPgAAAAAAAAAAAD4AAAAAAAAAAAA+AAAAAD///4AAPgAAAAA////gAD4AAAAAP///4AA+AAAAAD///+AAPgAAAAAf///AAD4AAAAAAAAPgAA+AAAAAAAAH4AAPgAAAAAAAD8AAD4AAAAAAAA+AAA+AAAAAAAAfAAAPgAAAAAAAPwAAD4AAAAAAAH4AAA+AAAAAAAB8ADAPg8AAAAAA+AA+D4fAAAAAAfAAPg+H4AAAAAPwAH4Pg+AAAAAH4AB8D4PgAAAAB8AAfA+B8AAAAAfAAHwPgfAAAAAHwAB8D4HwAAAAB8AA+A+A+AAAAAfAAPgPgPgAAAAHwAD4D4D4AAAAB8AA+A+A/AAAAAfBwfAPgHwAAAAHz8HwD4B8AAAAB//B8A+AfgAAAAf/wfAPgD4AAAAP/4PgD4A+AAAAP/4D4A+APgAAAf/wA+APgD8AAAf/wAfAD4AfAAAf/8AHwA+AHwAAH//AB8APgB+AAB/nwA+AD4AfgAAPB8APgA+AD4AADAfAH4APgA+AAAAHwB8AD4APgAAAB8A/AA+AD8AAAAfAPgAPgA+AAAAHwB4AD4AEAAAAB8AEAA+AAAAAAAfAAAAPgAAAAAAHwAAAD4AAAAAAB8AAAA+AAAAAAAfAAAAPgAAAAAAHwAAAD4AAAAAAB8AAAA+AAAAAAAfAAAAPgAAAAAAHwAAAD4AAAAAAB8AAAA+AAAAAAAfAAAAPgAAAAAAHwAAAD4AAAAAAD8AAP/+AAAAAA/+AAB//AAAAAAH/gAAf/wAAAAAB/4AAH/4AAAAAAf4AAA/4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  何: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAA+AAAAAAAAAAAAfAAAAAAAAAAAAHwAAAAAAAAAAAD8AAAAAAAAAAAA+AAAAAAAAAAAAPj//////4AAAAHx//////+AAAAB8f//////gAAAA/H//////4AAAAPh//////+AAAAH4AAAAAH4AAAAB8AAAAAB8AAAAA/AAAAAAfAAAAAfgAAAAAHwAAAAH4AAAAAB8AAAAD+AAAAAAfAAAAA/gAAAAAHwAAAAf4AAAAAB8AAAAP+AAAAAAfAAAAD/gAAAAAHwAAAB/4B///wB8AAAA/+Af//8AfAAAAf/gH///AHwAAAH74B///wB8AAAD8+Af//8AfAAAB/PgHwAPAHwAAAfj4B8ADwB8AAADw+AfAA8AfAAAA4PgHwAPAHwAAAGD4B8ADwB8AAAAA+AfAA8AfAAAAAPgHwAPAHwAAAAD4B8ADwB8AAAAA+AfAA8AfAAAAAPgHwAPAHwAAAAD4B8ADwB8AAAAA+AfAA8AfAAAAAPgHwAPAHwAAAAD4B8ADwB8AAAAA+Af//8AfAAAAAPgH///AHwAAAAD4B///wB8AAAAA+Af//8AfAAAAAPgHwAAAHwAAAAD4B8AAAB8AAAAA+AfAAAAfAAAAAPgHwAAAHwAAAAD4B8AAAB8AAAAA+AAAAAAfAAAAAPgAAAAAHwAAAAD4AAAAAB8AAAAA+AAAAAAfAAAAAPgAAAAAHwAAAAD4AAAAAB8AAAAA+AAAAAAfAAAAAPgAAAAAHwAAAAD4AAAD//8AAAAA+AAAA///AAAAAPgAAAH//wAAAAD4AAAB//4AAAAA+AAAAf/4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

}

/** The placeholder until a real photo is uploaded: the surname in white on a coloured square. */
function avatar(surname: string, background: string): Buffer {
  const bits = Buffer.from(SURNAME_GLYPHS[surname], 'base64')
  const bg = hex(background)
  const ink: Rgb = [255, 255, 255]
  const glyph = 80
  const offset = 40
  return encodePng(160, 160, (x, y) => {
    const gx = x - offset
    const gy = y - offset
    if (gx < 0 || gy < 0 || gx >= glyph || gy >= glyph) return bg
    const p = gy * glyph + gx
    return bits[p >> 3] & (0x80 >> (p & 7)) ? ink : bg
  })
}

/** A bar chart without text (the notice body carries the numbers): bars, a baseline and grid lines. */
function barChart(values: number[], max: number, color: string): Buffer {
  const width = 480
  const height = 270
  const left = 40
  const bottom = 240
  const top = 20
  const slot = (width - left - 20) / values.length
  const bar = hex(color)
  return encodePng(width, height, (x, y) => {
    if (y === bottom && x >= left - 4 && x < width - 16) return [60, 60, 60]
    if (x === left - 4 && y >= top && y <= bottom) return [60, 60, 60]
    const i = Math.floor((x - left) / slot)
    if (x >= left && i < values.length) {
      const inBar = (x - left) % slot >= slot * 0.2 && (x - left) % slot < slot * 0.8
      const barTop = bottom - ((bottom - top) * values[i]) / max
      if (inBar && y >= barTop && y < bottom) return bar
    }
    if (y < bottom && y >= top && (bottom - y) % 44 === 0) return [220, 220, 220]
    return [255, 255, 255]
  })
}

function utf16Hex(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()
}

/**
 * Breaks a paragraph into lines at most `width` half-width units wide: CJK text has no spaces to break
 * at, and ASCII characters are half as wide as Chinese ones.
 */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const ch of paragraph) {
    const w = ch.charCodeAt(0) < 0x80 ? 1 : 2
    if (used + w > width) {
      lines.push(line)
      line = ''
      used = 0
    }
    line += ch
    used += w
  }
  lines.push(line)
  return lines
}

const TO_UNICODE = [
  '/CIDInit /ProcSet findresource begin',
  '12 dict begin',
  'begincmap',
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
  '/CMapName /Adobe-Identity-UCS def',
  '/CMapType 2 def',
  '1 begincodespacerange',
  '<0000> <FFFF>',
  'endcodespacerange',
  // The codes are UCS-2 already, so each code maps to itself; a bfrange may not cross a high byte.
  ...[0, 100, 200].flatMap((start) => {
    const count = Math.min(100, 256 - start)
    const ranges = Array.from({ length: count }, (_, k) => {
      const h = (start + k).toString(16).padStart(2, '0').toUpperCase()
      return `<${h}00> <${h}FF> <${h}00>`
    })
    return [`${count} beginbfrange`, ...ranges, 'endbfrange']
  }),
  'endcmap',
  'CMapName currentdict /CMap defineresource pop',
  'end',
  'end'
].join('\n')

/** An A4 PDF: a title and paragraphs, as many pages as the text needs. */
function pdf(title: string, paragraphs: string[]): Buffer {
  const lineHeight = 22
  const perLine = 76
  const lines: { text: string; size: number }[] = [{ text: title, size: 16 }, { text: '', size: 12 }]
  for (const p of paragraphs) {
    for (const line of wrap(p, perLine)) lines.push({ text: line, size: 12 })
    lines.push({ text: '', size: 12 })
  }
  const perPage = 32
  const pages: (typeof lines)[] = []
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage))

  const objects: string[] = []
  const add = (body: string) => objects.push(body) // object number = index + 1
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // pages, filled in below
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>')
  add('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>')
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>')
  const cmap = Buffer.from(TO_UNICODE, 'latin1')
  add(`<< /Length ${cmap.length} >>\nstream\n${TO_UNICODE}\nendstream`)
  const kids: number[] = []
  for (const page of pages) {
    let y = 800
    const ops = page
      .map(({ text, size }) => {
        const op = text ? `BT /F1 ${size} Tf 60 ${y} Td <${utf16Hex(text)}> Tj ET` : ''
        y -= lineHeight
        return op
      })
      .filter(Boolean)
      .join('\n')
    add(`<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`)
    const content = objects.length
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`)
    kids.push(objects.length)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A Word document of plain paragraphs, the first one bold as its title. */
function docx(paragraphs: string[]): Buffer {
  const body = paragraphs
    .map((p, i) => `<w:p><w:r>${i === 0 ? '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
    .join('')
  const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8')
  // The committed DOCX were written with a zero DOS date and time; keeping it keeps them byte-identical.
  return zip([
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '</Types>'
      )
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
          '</Relationships>'
      )
    },
    {
      name: 'word/document.xml',
      data: xml(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`)
    }
  ], 0)
}

function write(path: string, data: Buffer) {
  const target = join(OUT, path)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, data)
  console.log(`${path}  ${data.length} bytes`)
}

/** In the order of `leaders` in server/demo/content/office.ts: leader-1.png is 周明远's. */
const LEADER_AVATARS: [string, string][] = [
  ['周', '#B03A2E'],
  ['林', '#1F618D'],
  ['陈', '#117A65'],
  ['郑', '#7D6608'],
  ['王', '#6C3483'],
  ['刘', '#A04000'],
  ['孙', '#2E4053'],
  ['何', '#196F3D']
]
LEADER_AVATARS.forEach(([surname, colour], i) => write(`leaders/leader-${i + 1}.png`, avatar(surname, colour)))

write('charts/2026-practical-progress.png', barChart([100, 100, 100, 85, 70, 60, 90, 45], 100, '#C0392B'))
write('charts/2026-assistance-households.png', barChart([212, 214, 211, 210, 211, 211, 209, 207, 209, 206], 250, '#2471A3'))

const DEMO = '本文件为演示数据，单位、人名、电话和金额均为虚构。'

write(
  'notices/2026-budget.pdf',
  pdf('青石街道办事处2026年部门预算', [
    '一、部门基本情况。青石街道办事处内设党政办公室、社会事务办公室等11个站所办，另设为民服务中心和社区工作站。',
    '二、收支总体情况。2026年收入预算合计4,386.20万元，全部为一般公共预算财政拨款。支出预算合计4,386.20万元。',
    '三、支出构成。一般公共服务支出1,952.40万元，社会保障和就业支出1,318.60万元，城乡社区支出865.10万元，卫生健康支出250.10万元。',
    '四、“三公”经费预算。合计18.50万元，比上年减少1.20万元。其中公务接待费2.30万元，公务用车运行维护费16.20万元，因公出国（境）费0元。',
    '五、名词解释。“三公”经费是指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。',
    DEMO
  ])
)
write(
  'notices/2025-final-accounts.pdf',
  pdf('青石街道办事处2025年部门决算', [
    '一、收支决算总体情况。2025年度收入决算4,215.80万元，支出决算4,198.30万元，年末结转和结余17.50万元。',
    '二、主要支出。社会救助类支出1,236.40万元，比上年增加5.1%，主要是低保标准提高和临时救助增加。',
    '三、“三公”经费决算。合计17.60万元，完成预算的88.9%。公务接待费1.90万元，公务用车运行维护费15.70万元，因公出国（境）费0元。',
    '四、政府采购支出。全年政府采购合计326.00万元，其中授予中小企业合同金额298.50万元。',
    DEMO
  ])
)
write(
  'notices/2025-annual-report.pdf',
  pdf('青石街道办事处2025年政府信息公开工作年度报告', [
    '本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2025年1月1日至12月31日。',
    '一、总体情况。全年主动公开政府信息326条，其中惠民政策62条，低保动态公示12期，财政预决算4条。',
    '二、主动公开政府信息情况。制发规范性文件0件，办事指南更新16项。',
    '三、收到和处理政府信息公开申请情况。本年新收申请18件，上年结转1件。予以公开9件，部分公开3件，无法提供4件（本机关不掌握相关政府信息3件，没有现成信息需要另行制作1件），不予处理1件（信访举报投诉类申请），结转下年度继续办理2件。',
    '四、政府信息公开行政复议、行政诉讼情况。全年行政复议0件，行政诉讼0件。',
    '五、存在的主要问题及改进情况。部分公示更新不够及时。2026年将上线“街坊通”，到期未更新的内容自动提醒。',
    DEMO
  ])
)
write(
  'notices/2026-assistance-standard.pdf',
  pdf('关于调整城乡最低生活保障标准的通知', [
    '各社区居委会、街道各站所办：',
    '根据区民政局通知，自2026年7月1日起，城乡最低生活保障标准由每人每月1,380元调整为每人每月1,450元（示例数据）。',
    '特困人员基本生活标准按低保标准的1.3倍确定，调整为每人每月1,885元（示例数据）。',
    '已享受低保的家庭，由街道按新标准重新核定，7月起补发差额，本人不用再申请。',
    '咨询电话：社会事务办公室 0000-66012203。',
    DEMO
  ])
)
write(
  'notices/2026-tender-result.pdf',
  pdf('青石街道老旧小区加装电梯（第二批）施工项目中标结果公告', [
    '一、项目名称：青石街道老旧小区加装电梯（第二批）施工项目。',
    '二、招标方式：公开招标。',
    '三、中标单位：虚构建设工程有限公司（示例单位）。',
    '四、中标金额：人民币386.40万元。工期：180日历天。',
    '五、公示期：自公告之日起3个工作日。对结果有异议的，可在公示期内向街道经济发展办公室书面提出。',
    DEMO
  ])
)
write(
  'notices/2026-elderly-canteen-draft.pdf',
  pdf('青石街道社区老年助餐服务实施办法（征求意见稿）', [
    '第一条 为方便辖区老年人就餐，结合本街道实际，制定本办法。',
    '第二条 本街道户籍或持有居住证的60周岁以上老年人，可在社区老年食堂用餐。',
    '第三条 80周岁以上老年人每餐补助3元；低保、特困老年人每餐补助5元（示例数据）。',
    '第四条 行动不便的老年人可申请送餐上门，送餐费每次2元。',
    '第五条 老年食堂由街道统一招募运营单位，每季度公开菜价和补助发放情况。',
    '第六条 本办法自2027年1月1日起施行。',
    DEMO
  ])
)
write(
  'forms/opinion-form.docx',
  docx([
    '青石街道决策征求意见反馈表',
    '意见事项：＿＿＿＿＿＿＿＿＿＿',
    '姓名（可不填）：＿＿＿＿＿＿  联系电话（可不填）：＿＿＿＿＿＿',
    '所在社区：＿＿＿＿＿＿',
    '您的意见和建议：',
    '',
    '',
    '填好后可交到各社区居委会，或送到青石街道为民服务中心一楼意见箱。',
    DEMO
  ])
)
