import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ReplyApprovalSetting } from '@/components/staff/ReplyApprovalSetting'
import { StaffShell } from '@/components/staff/StaffShell'
import { SuperiorBodiesSetting } from '@/components/staff/SuperiorBodiesSetting'
import { canStaff } from '@/core/staff'
import { useStaffSession } from '@/stores/staff-session'
import { adminToolsFor } from '../admin-model'
import './index.scss'

/** 管理: the configuration tools of the office, each shown to those who may use it. */
export default function StaffAdminPage() {
  const staff = useStaffSession((s) => s.staff)
  const tools = staff ? adminToolsFor(staff) : []
  return (
    <StaffShell section='admin' title='管理'>
      {tools.length === 0 && (
        <View className='staff-panel'>
          <Text>您的岗位没有可用的管理功能。</Text>
          <Text className='staff-muted'>答复模板、账号、联系方式和节假日由系统管理员或政务公开工作人员维护。</Text>
        </View>
      )}
      <View className='staff-admin'>
        {tools.map((t) => (
          <View key={t.title} className='staff-admin__tool' role='link' hoverClass='jf-pressed' onClick={() => void Taro.navigateTo({ url: t.url })}>
            <Text className='staff-admin__title'>{t.title} ›</Text>
            <Text className='staff-admin__description'>{t.description}</Text>
          </View>
        ))}
      </View>
      {staff && canStaff(staff, 'manage_settings') && <SuperiorBodiesSetting />}
      {staff && canStaff(staff, 'manage_settings') && <ReplyApprovalSetting />}
      {tools.length > 0 && <Text className='staff-muted staff-admin__note'>每项修改都记入操作记录。</Text>}
    </StaffShell>
  )
}
