import { useEffect, useState } from 'react'
import { fetchStaffDepartments } from '@/api/staff'
import type { StaffDepartment } from '@/core/schemas/publishing'

/** A department that staff accounts and cases can belong to: one with a department code. */
export interface KeyedDepartment {
  key: string
  name: string
}

/**
 * The department's name for a department code; the code itself while the names are loading or when
 * no department carries it (a code typed at the command line), so that something is always shown.
 * @example departmentNameOf([{ key: 'civil-affairs', name: '民政科' }], 'civil-affairs') // '民政科'
 * @example departmentNameOf([], 'civil-affairs') // 'civil-affairs'
 */
export function departmentNameOf(departments: readonly KeyedDepartment[], key: string): string {
  return departments.find((d) => d.key === key)?.name ?? key
}

const keyed = (all: StaffDepartment[]): KeyedDepartment[] => all.flatMap((d) => (d.key ? [{ key: d.key, name: d.name }] : []))

// One request per app session: every workbench page shows department names, and they change rarely.
// Kept in memory only (the workbench stores nothing); a failed load is forgotten so the next page tries again.
let loading: Promise<KeyedDepartment[]> | null = null
// What the promise gave, so that a page opened later starts with the names instead of the codes.
let loaded: KeyedDepartment[] | null = null

function loadDepartments(): Promise<KeyedDepartment[]> {
  loading ??= fetchStaffDepartments()
    .then((all) => (loaded = keyed(all)))
    .catch((error: unknown) => {
      loading = null
      throw error
    })
  return loading
}

/** Drops the loaded names, e.g. after a department was renamed; the next page loads them again. */
export function forgetDepartmentNames(): void {
  loading = null
  loaded = null
}

export interface DepartmentNames {
  /** The departments with a code, in the office's order; empty until loaded. */
  departments: KeyedDepartment[]
  nameOf(key: string): string
}

/** Department names for the workbench, loaded once from GET /staff/content/departments. */
export function useDepartmentNames(): DepartmentNames {
  const [departments, setDepartments] = useState<KeyedDepartment[]>(() => loaded ?? [])
  useEffect(() => {
    if (loaded) return
    let live = true
    loadDepartments().then(
      (loaded) => {
        if (live) setDepartments(loaded)
      },
      () => {
        // Without names the codes stand in; nothing else depends on them.
      }
    )
    return () => {
      live = false
    }
  }, [])
  return { departments, nameOf: (key) => departmentNameOf(departments, key) }
}
