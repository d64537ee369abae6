import type { Department } from '@/core/schemas/contacts'
import type { GuideSummary } from '@/core/schemas/guides'

/** The name without a bracketed qualifier: 最低生活保障（城市） → 最低生活保障. */
function coreName(name: string): string {
  return name.replace(/[（(][^）)]*[）)]/g, '').trim()
}

/**
 * The department a programme names, from the published contacts: the same name, or else the one
 * whose name contains it (社会事务办 → 社会事务办公室).
 *
 * @example findDepartment(contacts.departments, '社会事务办公室')?.phone
 */
export function findDepartment(departments: readonly Department[], name: string): Department | null {
  const wanted = coreName(name)
  return departments.find((d) => d.name === name) ?? departments.find((d) => wanted !== '' && d.name.includes(wanted)) ?? null
}

/**
 * The published service guide of that name, or else the one whose name begins with it without a
 * bracketed qualifier (高龄津贴 → 高龄津贴申领). Guides are found by name, not id, because ids differ
 * from one office's database to another's.
 *
 * @example findGuide(guides, '最低生活保障（城市）')?.name // '最低生活保障申请'
 */
export function findGuide(guides: readonly GuideSummary[], name: string): GuideSummary | null {
  const wanted = coreName(name)
  if (wanted === '') return null
  return guides.find((g) => g.name === name) ?? guides.find((g) => g.name.startsWith(wanted)) ?? null
}
