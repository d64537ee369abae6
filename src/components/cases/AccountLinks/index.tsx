import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useSignedIn } from '@/hooks/useSession'
import { MY_CASES_URL, loginUrl } from '@/packages/cases/routes'
import { useSession } from '@/stores/session'
import './index.scss'

function Row({ text, note, onClick }: { text: string; note?: string; onClick(): void }) {
  return (
    <View className='account-links__row' role='button' hoverClass='jf-pressed' onClick={onClick}>
      <View className='account-links__text'>
        <Text className='account-links__title'>{text}</Text>
        {note && <Text className='account-links__note'>{note}</Text>}
      </View>
      <Text className='account-links__arrow'>›</Text>
    </View>
  )
}

/** 我的 tab: 登录, or 我的事项 and 退出登录 once signed in. */
export function AccountLinks() {
  const signedIn = useSignedIn()
  const signOut = async () => {
    const res = await Taro.showModal({ title: '退出登录？', content: '退出后需要重新登录才能查看您的事项。', confirmText: '退出', cancelText: '取消' })
    if (res.confirm) useSession.getState().signOut()
  }
  if (!signedIn) {
    return <Row text='登录' note='登录后可以提交留言、查看办理进度' onClick={() => void Taro.navigateTo({ url: loginUrl() })} />
  }
  return (
    <View>
      <Row text='我的事项' note='查看提交的事项和办理进度' onClick={() => void Taro.navigateTo({ url: MY_CASES_URL })} />
      <Row text='退出登录' onClick={() => void signOut()} />
    </View>
  )
}
