import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { openCaseFile, type CaseFile } from '@/api/cases'
import { toApiError } from '@/api/errors'
import './index.scss'

export interface CaseFilesProps {
  files: CaseFile[]
}

/**
 * A photo is named by its place (照片 1): a phone names the pictures it takes with numbers and dates
 * that mean nothing to the resident. A PDF keeps its own name.
 */
export function fileLabel(file: { name: string; contentType: string }, index: number): string {
  return file.contentType === 'application/pdf' ? `文件：${file.name}` : `照片 ${index + 1}`
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
      {files.map((file, index) => (
        <View key={file.id} className='case-files__row' role='link' hoverClass='jf-pressed' onClick={() => void open(file)}>
          <Text className='case-files__name'>
            {fileLabel(file, index)}
          </Text>
          <Text className='case-files__open'>打开 ›</Text>
        </View>
      ))}
    </View>
  )
}
