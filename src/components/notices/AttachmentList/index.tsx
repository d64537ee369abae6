import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { openAttachment } from '@/api/content'
import { ATTACHMENT_KIND_LABELS, attachmentKind, formatFileSize } from '@/core/notices/attachments'
import type { Attachment } from '@/core/schemas/notices'
import './index.scss'

const FALLBACK_MESSAGE = '附件暂时打不开，请稍后重试'

/** The attachments of a notice; tapping one opens it (documents in the viewer, images enlarged). */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  const open = async (att: Attachment) => {
    try {
      await openAttachment(att)
    } catch (error) {
      const title = error instanceof Error && error.message ? error.message : FALLBACK_MESSAGE
      void Taro.showToast({ title, icon: 'none', duration: 3000 })
    }
  }
  return (
    <View className='attachment-list'>
      {attachments.map((att) => {
        const kind = attachmentKind(att.mimeType)
        return (
          <View key={att.id} className='attachment-list__item' hoverClass='attachment-list__item--pressed' onClick={() => void open(att)}>
            <Text className={`attachment-list__kind attachment-list__kind--${kind}`}>{ATTACHMENT_KIND_LABELS[kind]}</Text>
            <View className='attachment-list__text'>
              <Text className='attachment-list__name'>{att.name}</Text>
              <Text className='attachment-list__size'>{formatFileSize(att.size)}</Text>
            </View>
            <Text className='attachment-list__action'>{kind === 'image' ? '查看大图' : '打开'}</Text>
          </View>
        )
      })}
    </View>
  )
}
