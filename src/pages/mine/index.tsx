import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { PageShell } from '@/components/PageShell'
import { SectionTitle } from '@/components/SectionTitle'
import { AccountLinks } from '@/components/cases/AccountLinks'
import { MyData } from '@/components/cases/MyData'
import { useSignedIn } from '@/hooks/useSession'
import { usePreferences } from '@/stores/preferences'
import './index.scss'

/** The version the build was made from (config/index.ts passes package.json's version). */
export const APP_VERSION = process.env.TARO_APP_VERSION || '开发版'

export default function MinePage() {
  const largeFont = usePreferences((state) => state.largeFont)
  const setLargeFont = usePreferences((state) => state.setLargeFont)
  const signedIn = useSignedIn()

  return (
    <PageShell className='mine'>
      <SectionTitle text='阅读设置' />
      <Card>
        <View
          className={`mine__switch ${largeFont ? 'mine__switch--on' : ''}`}
          onClick={() => setLargeFont(!largeFont)}
          hoverClass='jf-pressed'
          role='switch'
          aria-checked={largeFont}
        >
          <View className='mine__switch-text'>
            <Text className='mine__switch-title'>大字模式</Text>
            <Text className='mine__switch-note'>放大所有页面的文字和按钮</Text>
          </View>
          <View className='mine__switch-state'>
            <Text>{largeFont ? '已开启' : '已关闭'}</Text>
            <View className='mine__track'>
              <View className='mine__knob' />
            </View>
          </View>
        </View>
        <Text className='mine__preview'>预览：现在的正文是这么大。</Text>
      </Card>

      <SectionTitle text='我的事项' />
      <Card>
        <AccountLinks />
      </Card>
      {/* Where the privacy notice says they are (在“我的”页面导出…注销账号), below the everyday rows. */}
      {signedIn && (
        <Card>
          <MyData />
        </Card>
      )}

      <SectionTitle text='关于' />
      <Card>
        <Text className='mine__line'>街坊通：街道政务公开、办事指南和联系电话，一个小程序都能查。</Text>
        <Text className='mine__line mine__version'>版本 {APP_VERSION}</Text>
      </Card>
      <View className='mine__staff-link' role='link' hoverClass='jf-pressed' onClick={() => void Taro.navigateTo({ url: '/staff/login/index' })}>
        <Text>工作人员入口</Text>
      </View>
    </PageShell>
  )
}
