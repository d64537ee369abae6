import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { uploadFile } from '@/api/cases'
import { toApiError } from '@/api/errors'
import { ATTACHMENTS_MAX, type Upload } from '@/core/schemas/cases'
import { fileLabel } from '../CaseFiles'
import { FieldFrame } from '../Field'
import './index.scss'

export interface AttachmentPickerProps {
  attachments: Upload[]
  onChange(attachments: Upload[]): void
  error?: string
}

/** The mini-program can also pick PDF files from a chat; a browser only offers its own file picker. */
const canPickFiles = () => process.env.TARO_ENV === 'weapp'

async function pickPaths(room: number, kind: 'photo' | 'file'): Promise<string[]> {
  try {
    if (kind === 'file') {
      const res = await Taro.chooseMessageFile({ count: room, type: 'file', extension: ['pdf'] })
      return res.tempFiles.map((f) => f.path)
    }
    const res = await Taro.chooseImage({ count: room, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
    return res.tempFilePaths
  } catch {
    // The resident closed the picker: nothing to do.
    return []
  }
}

/** Up to 9 photos or PDF files, each uploaded as soon as it is picked; photos are compressed first. */
export function AttachmentPicker({ attachments, onChange, error }: AttachmentPickerProps) {
  const [uploading, setUploading] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const room = ATTACHMENTS_MAX - attachments.length

  const pick = async (kind: 'photo' | 'file') => {
    if (room <= 0 || uploading > 0) return
    const paths = (await pickPaths(room, kind)).slice(0, room)
    if (paths.length === 0) return
    setProblem(null)
    setUploading(paths.length)
    const added: Upload[] = []
    for (const path of paths) {
      try {
        added.push(await uploadFile(path))
      } catch (caught) {
        setProblem(toApiError(caught).message)
      }
      setUploading((n) => n - 1)
    }
    onChange([...attachments, ...added])
  }

  return (
    <FieldFrame label={`照片或文件（最多 ${ATTACHMENTS_MAX} 个）`} hint='可以拍照说明情况；文件请用 PDF 格式，每个不超过 10 MB。' error={error ?? problem ?? undefined}>
      {attachments.length > 0 && (
        <View className='case-attach__list'>
          {attachments.map((a, index) => (
            <View key={a.id} className='case-attach__item'>
              <Text className='case-attach__name'>
                {fileLabel(a, index)}
              </Text>
              <View
                className='case-attach__remove'
                role='button'
                hoverClass='jf-pressed'
                onClick={() => onChange(attachments.filter((x) => x.id !== a.id))}
              >
                <Text>删除</Text>
              </View>
            </View>
          ))}
        </View>
      )}
      {uploading > 0 && <Text className='case-attach__status'>正在上传，还剩 {uploading} 个…</Text>}
      {room > 0 ? (
        <View className='case-attach__buttons'>
          <View className='case-attach__button' role='button' hoverClass='jf-pressed' onClick={() => void pick('photo')}>
            <Text>＋ 添加照片</Text>
          </View>
          {canPickFiles() && (
            <View className='case-attach__button' role='button' hoverClass='jf-pressed' onClick={() => void pick('file')}>
              <Text>＋ 添加 PDF 文件</Text>
            </View>
          )}
        </View>
      ) : (
        <Text className='case-attach__status'>已经有 {ATTACHMENTS_MAX} 个，不能再添加了</Text>
      )}
    </FieldFrame>
  )
}
