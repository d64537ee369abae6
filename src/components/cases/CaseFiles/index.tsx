import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { openCaseFile, type CaseFile } from '@/api/cases'
import { toApiError } from '@/api/errors'
import './index.scss'

export interface CaseFilesProps {
  files: CaseFile[]
}

/** The files of a case, each a big row that opens it; the kind is said in words. */
export function CaseFiles({ files }: CaseFilesProps) {
  const open = async (file: CaseFile) => {
    try {
      await openCaseFile(file)
    } catch (caught) {
      void Taro.showToast({ title: toApiError(caught).message, icon: 'none' })
    }
  }
  return (
    <View className='case-files'>
      {files.map((file) => (
        <View key={file.id} className='case-files__row' role='link' hoverClass='jf-pressed' onClick={() => void open(file)}>
          <Text className='case-files__name'>
            {file.contentType === 'application/pdf' ? '文件' : '照片'}：{file.name}
          </Text>
          <Text className='case-files__open'>打开 ›</Text>
        </View>
      ))}
    </View>
  )
}
