import { canStaff, type StaffActor } from '@/core/staff'
import { canEditOfficeContent } from '@/core/staff/workbench'
import { STAFF_ACCOUNTS_URL, STAFF_AUDIT_URL, STAFF_OFFICE_URL, STAFF_TEMPLATES_URL } from './routes'

export interface AdminTool {
  title: string
  description: string
  url: string
}

const TOOLS: (AdminTool & { shows(staff: StaffActor): boolean })[] = [
  {
    title: '答复模板',
    description: '按事项类型和答复结果编写答复正文，可用占位符自动填入申请人、编号和日期。',
    url: STAFF_TEMPLATES_URL,
    shows: (s) => canStaff(s, 'manage_templates')
  },
  {
    title: '工作人员账号',
    description: '新建账号、分配角色和科室、停用账号、重设密码。',
    url: STAFF_ACCOUNTS_URL,
    shows: (s) => canStaff(s, 'manage_staff')
  },
  {
    title: '联系方式与接待日',
    description: '部门电话和职责、领导分工、值班电话、监督热线、领导接待日。',
    url: STAFF_OFFICE_URL,
    shows: canEditOfficeContent
  },
  {
    title: '节假日日历',
    description: '导入国务院公布的放假和调休安排，办理期限按它计算。',
    url: STAFF_OFFICE_URL,
    shows: canEditOfficeContent
  },
  {
    title: '操作记录',
    description: '按事项、人员、操作和日期查找全部操作记录。',
    url: STAFF_AUDIT_URL,
    shows: (s) => canStaff(s, 'view_audit_all')
  }
]

/**
 * The tools the 管理 page lists for the person: each one only to those who may use it.
 * @example adminToolsFor({ roles: ['disclosure'], department: null }).map((t) => t.title) // ['答复模板', '联系方式与接待日', '节假日日历']
 */
export function adminToolsFor(staff: StaffActor): AdminTool[] {
  return TOOLS.filter((t) => t.shows(staff)).map(({ title, description, url }) => ({ title, description, url }))
}
