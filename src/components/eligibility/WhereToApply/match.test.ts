import type { GuideSummary } from '@/core/schemas/guides'
import { contacts } from '../../../../mock/fixtures'
import { findDepartment, findGuide } from './match'

const aGuide = (id: number, name: string): GuideSummary => ({
  id,
  name,
  summary: '',
  topic: '社会救助',
  departmentName: '社会事务办公室',
  promisedLimit: '10个工作日'
})
const guides = [aGuide(1, '最低生活保障申请'), aGuide(2, '高龄津贴申领'), aGuide(3, '城乡居民基本医疗保险参保登记')]

describe('finding where a programme is handled', () => {
  it('finds the department by its full name', () => {
    expect(findDepartment(contacts.departments, '城市管理办公室')?.id).toBe(2)
  })

  it('finds the department by a shorter name it contains', () => {
    expect(findDepartment(contacts.departments, '社会事务办')?.id).toBe(1)
  })

  it('finds no department that is not published', () => {
    expect(findDepartment(contacts.departments, '残疾人联合会')).toBeNull()
  })

  it('finds the service guide of the exact name', () => {
    expect(findGuide(guides, '城乡居民基本医疗保险参保登记')?.id).toBe(3)
  })

  it('finds the service guide whose name begins with the programme, ignoring a bracketed qualifier', () => {
    expect(findGuide(guides, '最低生活保障（农村）')?.id).toBe(1)
    expect(findGuide(guides, '高龄津贴')?.id).toBe(2)
  })

  it('finds no guide for a programme without one', () => {
    expect(findGuide(guides, '临时救助')).toBeNull()
  })
})
