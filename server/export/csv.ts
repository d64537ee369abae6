import type { Cell, ExportTable } from './table'

/**
 * The UTF-8 byte order mark: without it Excel on Windows reads a CSV file in the local code page and
 * shows Chinese text as mojibake.
 */
export const UTF8_BOM = '\uFEFF'

/** Text a spreadsheet program would read as a formula (or a DDE call): it starts with = + - @, a tab or CR. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A text cell as a spreadsheet shows it and never runs it: one starting like a formula gets a leading
 * apostrophe (OWASP's advice against CSV injection), so a department name `=HYPERLINK(…)` typed into a
 * report's filter stays text. Numbers are numbers and keep their sign.
 * @example neutralizeFormula('=1+1') // "'=1+1"
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** RFC 4180: a field with a comma, quote or line break is quoted, and quotes inside it doubled. */
function field(cell: Cell): string {
  if (cell === null) return ''
  const text = typeof cell === 'number' ? String(cell) : neutralizeFormula(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A CSV file of a table: UTF-8 with a byte order mark, CRLF line ends (RFC 4180).
 * @example toCsv({ name: 't', rows: [['部门', '件数'], ['民政办', 3]] }).toString('utf8') // '\uFEFF部门,件数\r\n民政办,3\r\n'
 */
export function toCsv(table: ExportTable): Buffer {
  return Buffer.from(UTF8_BOM + table.rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n', 'utf8')
}
