import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { uploadFile } from '@/api/cases'
import { toApiError } from '@/api/errors'
import { ATTACHMENTS_MAX, type Upload } from '@/core/schemas/cases'
import { fileLabel } from '../CaseFiles'
import { FieldFrame } from '../Field'
import { pickPdfs, pickPhotos, tooLarge, UPLOAD_MAX_MB } from './pick-files'
import './index.scss'

export interface AttachmentPickerProps {
  attachments: Upload[]
  onChange(attachments: Upload[]): void
  error?: string
}

/** The limits the server enforces, said before choosing; only the mini-program compresses photos on the phone. */
const HINT =
  process.env.TARO_ENV === 'weapp'
    ? `可以拍照说明情况；PDF 文件从微信聊天里选。每个不超过 ${UPLOAD_MAX_MB} MB，照片会在手机上先压缩。`
    : `可以拍照说明情况，也可以附 PDF 文件。每个不超过 ${UPLOAD_MAX_MB} MB。`

/**
 * Up to 9 photos or PDF files, each uploaded as soon as it is picked; photos are compressed first. The
 * limits the server enforces (count, type, size) are said before choosing.
 */
export function AttachmentPicker({ attachments, onChange, error }: AttachmentPickerProps) {
  const [uploading, setUploading] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const room = ATTACHMENTS_MAX - attachments.length

  const pick = async (kind: 'photo' | 'file') => {
    if (room <= 0 || uploading > 0) return
    const picked = (await (kind === 'photo' ? pickPhotos(room) : pickPdfs(room))).slice(0, room)
    if (picked.length === 0) return
    const large = picked.filter(tooLarge)
    setProblem(large.length > 0 ? `${large.map((f) => `「${f.name ?? '文件'}」`).join('')}超过 ${UPLOAD_MAX_MB} MB，没有上传` : null)
    const files = picked.filter((f) => !tooLarge(f))
    setUploading(files.length)
    const added: Upload[] = []
    for (const file of files) {
      try {
        added.push(await uploadFile(file.path))
      } catch (caught) {
        setProblem(toApiError(caught).message)
      }
      setUploading((n) => n - 1)
    }
    onChange([...attachments, ...added])
  }

  return (
    <FieldFrame label={`照片或文件（最多 ${ATTACHMENTS_MAX} 个）`} hint={HINT} error={error ?? problem ?? undefined}>
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
          <View className='case-attach__button' role='button' hoverClass='jf-pressed' onClick={() => void pick('file')}>
            <Text>＋ 添加 PDF 文件</Text>
          </View>
        </View>
      ) : (
        <Text className='case-attach__status'>已经有 {ATTACHMENTS_MAX} 个，不能再添加了</Text>
      )}
    </FieldFrame>
  )
}
