/**
 * A table to export: a title and rows of cells. Reports turn themselves into this; the CSV and XLSX
 * writers know nothing of reports.
 */
export type Cell = string | number | null

export interface ExportTable {
  /** The sheet's name in a workbook (Excel allows 31 characters) and the file's base name. */
  name: string
  /** The first row is the header. */
  rows: Cell[][]
}
