import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { closeAccount, exportMyData } from '@/api/me'
import { toApiError } from '@/api/errors'
import { signOutAndForgetUnsent } from '@/stores/session'
import './index.scss'

const FILE_NAME = 'jiefang-my-data.json'

/** Hands the exported JSON to the resident: a download in the browser, a file to forward in WeChat. */
async function deliver(json: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${FILE_NAME}`
    Taro.getFileSystemManager().writeFileSync(filePath, json, 'utf8')
    await Taro.shareFileMessage({ filePath, fileName: FILE_NAME })
    return
  }
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = FILE_NAME
  link.click()
  URL.revokeObjectURL(url)
}

/** 个人信息保护法 第四十五条、第四十七条: the resident may take a copy of their data and close the account. */
export function MyData() {
  const [message, setMessage] = useState<string | null>(null)

  const exportData = async () => {
    setMessage(null)
    try {
      await deliver(JSON.stringify(await exportMyData(), null, 2))
      setMessage('已导出您的数据（文件名 jiefang-my-data.json）')
    } catch (caught) {
      setMessage(toApiError(caught).message)
    }
  }

  const close = async () => {
    const res = await Taro.showModal({
      title: '确定注销账号吗？',
      content: '注销后将删除您的登录信息，还没发送的内容也会删除。已提交的事项是街道的公务档案，会继续保存。',
      confirmText: '注销',
      cancelText: '不注销'
    })
    if (!res.confirm) return
    try {
      await closeAccount()
      signOutAndForgetUnsent()
      void Taro.showToast({ title: '账号已注销', icon: 'success' })
      void Taro.switchTab({ url: '/pages/mine/index' })
    } catch (caught) {
      setMessage(toApiError(caught).message)
    }
  }

  return (
    <View className='my-data'>
      <Text className='my-data__title'>我的数据</Text>
      <View className='my-data__row' role='button' hoverClass='jf-pressed' onClick={() => void exportData()}>
        <Text>导出我的数据</Text>
      </View>
      <View className='my-data__row my-data__row--danger' role='button' hoverClass='jf-pressed' onClick={() => void close()}>
        <Text>注销账号</Text>
      </View>
      {message && (
        <View role='status' className='my-data__message'>
          <Text>{message}</Text>
        </View>
      )}
    </View>
  )
}
