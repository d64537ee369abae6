import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { fetchNotice } from '@/api/content'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { SectionTitle } from '@/components/SectionTitle'
import { Tag } from '@/components/Tag'
import { AttachmentList } from '@/components/notices/AttachmentList'
import { CommentPeriodNotice } from '@/components/notices/CommentPeriodNotice'
import { NoticeBody } from '@/components/notices/NoticeBody'
import { categoryName } from '@/core/notices/catalogue'
import { calendarDateInChina, formatChineseDate } from '@/core/notices/dates'
import { TIMELINESS_LABELS } from '@/core/notices/timeliness'
import type { NoticeDetail } from '@/core/schemas/notices'
import { useResource } from '@/hooks/use-resource'
import { useShare } from '@/hooks/use-share'
import { noticeUrl, routeId } from '../routes'
import './index.scss'

function NoticeArticle({ notice }: { notice: NoticeDetail }) {
  return (
    <View className='notice-page__article'>
      <Text className='notice-page__title'>{notice.title}</Text>
      <View className='notice-page__meta'>
        <Text>发布单位：{notice.department}</Text>
        <Text>发布日期：{formatChineseDate(notice.publishedAt)}</Text>
      </View>
      <View className='notice-page__tags'>
        <Tag text={categoryName(notice.category)} />
        <Tag text={TIMELINESS_LABELS[notice.timeliness]} />
      </View>
      {notice.commentUntil && <CommentPeriodNotice commentUntil={notice.commentUntil} today={calendarDateInChina(new Date())} />}
      <NoticeBody body={notice.body} format={notice.bodyFormat} />
      {notice.attachments.length > 0 && (
        <View className='notice-page__attachments'>
          <SectionTitle text={`附件（${notice.attachments.length} 个）`} />
          <AttachmentList attachments={notice.attachments} />
        </View>
      )}
    </View>
  )
}

function NoticeById({ id }: { id: number }) {
  const notice = useResource(`notice:${id}`, () => fetchNotice(id), [id])
  useShare({ title: notice.data?.title ?? '街坊通 公开信息', path: noticeUrl(id) })
  return (
    <ResourceState
      loading={notice.loading}
      error={notice.error}
      offline={notice.offline}
      updatedAt={notice.updatedAt}
      onRetry={() => void notice.reload()}
      hasData={notice.data !== null}
    >
      {notice.data && <NoticeArticle notice={notice.data} />}
    </ResourceState>
  )
}

/** One notice: what was published, by whom and when, its text and its attachments. */
export default function NoticePage() {
  const id = routeId(useRouter().params.id)
  return (
    <PageShell className='notice-page'>
      {id === null ? <EmptyState text='没有找到这条公开信息，请返回重新选择' /> : <NoticeById id={id} />}
    </PageShell>
  )
}
