import type { StaffRole } from '../schemas/staff'
import { canEditOfficeContent, homeSectionOf, maySeeSection, workbenchSectionsFor } from './workbench'

const as = (...roles: StaffRole[]) => ({ roles, department: roles.some((r) => r === 'clerk' || r === 'head') ? 'civil-affairs' : null })

describe('the sections of the workbench', () => {
  it('offers a clerk the queue, registering, publishing and reports, but neither the whole audit log nor 管理', () => {
    expect(workbenchSectionsFor(as('clerk'))).toEqual(['queue', 'register', 'publishing', 'reports'])
  })

  it('offers a section head the same as a clerk', () => {
    expect(workbenchSectionsFor(as('head'))).toEqual(['queue', 'register', 'publishing', 'reports'])
  })

  it('offers the disclosure office 管理 for reply templates and contacts, but not the whole audit log', () => {
    expect(workbenchSectionsFor(as('disclosure'))).toEqual(['queue', 'register', 'publishing', 'reports', 'admin'])
  })

  it('offers a leader the queue without registering, since a leader registers no case', () => {
    expect(workbenchSectionsFor(as('leader'))).toEqual(['queue', 'publishing', 'reports'])
  })

  it('offers an administrator the audit log and 管理 but no case queue (separation of duties)', () => {
    expect(workbenchSectionsFor(as('admin'))).toEqual(['publishing', 'reports', 'audit', 'admin'])
  })

  it('adds up the sections of every role a person holds', () => {
    expect(workbenchSectionsFor(as('clerk', 'admin'))).toEqual(['queue', 'register', 'publishing', 'reports', 'audit', 'admin'])
  })

  it('offers nothing but publishing and reports to a person without a role', () => {
    expect(workbenchSectionsFor(as())).toEqual(['publishing', 'reports'])
  })

  it('answers each section on its own', () => {
    expect(maySeeSection(as('admin'), 'queue')).toBe(false)
    expect(maySeeSection(as('leader'), 'admin')).toBe(false)
  })
})

describe('who edits the office’s contacts and calendar', () => {
  it.each([
    ['disclosure', true],
    ['admin', true],
    ['clerk', false],
    ['head', false],
    ['leader', false]
  ] as const)('the %s role: %s', (role, expected) => {
    expect(canEditOfficeContent(as(role))).toBe(expected)
  })
})

describe('where a person lands after sign-in', () => {
  it('sends whoever handles cases to the queue', () => {
    expect(homeSectionOf(as('clerk'))).toBe('queue')
    expect(homeSectionOf(as('leader'))).toBe('queue')
  })

  it('sends an administrator who handles no case to 管理', () => {
    expect(homeSectionOf(as('admin'))).toBe('admin')
  })

  it('sends a person without a role to publishing', () => {
    expect(homeSectionOf(as())).toBe('publishing')
  })
})
