import type { StaffCreateBody } from '@/core/schemas/staff'
import type { Queryable } from '../db/db'
import { AppError } from '../http/errors'
import { recordStaffAudit } from '../repositories/cases-repository'
import { disableStaff, insertStaff, setStaffPassword, StaffPhoneTakenError, type StaffAccount } from '../repositories/staff-accounts-repository'
import { hashPassword } from './passwords'

/**
 * Managing staff accounts, shared by the admin routes and scripts/staff.ts (which calls these
 * directly on a stopped server's database). Each change lands in the audit log under `actor`.
 */

export async function addStaffAccount(db: Queryable, actor: string, body: StaffCreateBody): Promise<StaffAccount> {
  const passwordHash = await hashPassword(body.password)
  try {
    const staff = await insertStaff(db, { name: body.name, phone: body.phone, roles: body.roles, department: body.department, passwordHash })
    await recordStaffAudit(db, actor, 'add_staff', null, { staffId: staff.id, name: staff.name, roles: staff.roles, department: staff.department })
    return staff
  } catch (error) {
    if (error instanceof StaffPhoneTakenError) throw new AppError(409, 'STAFF_PHONE_TAKEN', `手机号 ${body.phone} 已有工作人员账号`, { phone: '该手机号已有工作人员账号' })
    throw error
  }
}

export async function disableStaffAccount(db: Queryable, actor: string, id: number, at: Date): Promise<void> {
  if (!(await disableStaff(db, id, at))) throw new AppError(404, 'STAFF_NOT_FOUND', '未找到该工作人员')
  await recordStaffAudit(db, actor, 'disable_staff', null, { staffId: id })
}

export async function resetStaffPassword(db: Queryable, actor: string, id: number, password: string): Promise<void> {
  if (!(await setStaffPassword(db, id, await hashPassword(password)))) throw new AppError(404, 'STAFF_NOT_FOUND', '未找到该工作人员')
  await recordStaffAudit(db, actor, 'reset_staff_password', null, { staffId: id })
}
