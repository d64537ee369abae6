import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { fetchGuide } from '@/api/content'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ResourceState } from '@/components/ResourceState'
import { SectionTitle } from '@/components/SectionTitle'
import { Tag } from '@/components/Tag'
import { DepartmentCard } from '@/components/guides/DepartmentCard'
import { GuideDisclosures } from '@/components/guides/GuideDisclosures'
import { RichBody } from '@/components/notices/RichBody'
import type { GuideDetail } from '@/core/schemas/guides'
import { useResource } from '@/hooks/use-resource'
import { useShare } from '@/hooks/use-share'
import { guideUrl, routeId } from '../routes'
import './index.scss'

function Guide({ guide }: { guide: GuideDetail }) {
  return (
    <View className='guide-page__content'>
      <View className='guide-page__head'>
        <Text className='guide-page__name'>{guide.name}</Text>
        <Tag text={guide.topic} />
        <Text className='guide-page__summary'>{guide.summary}</Text>
      </View>
      <SectionTitle text='到哪里办' />
      <DepartmentCard department={guide.department} />
      <SectionTitle text='办事指南（八公开）' />
      <GuideDisclosures guide={guide} />
      {guide.body && (
        <>
          <SectionTitle text='办事须知' />
          <View className='guide-page__notes'>
            <RichBody html={guide.body} />
          </View>
        </>
      )}
    </View>
  )
}

function GuideById({ id }: { id: number }) {
  const guide = useResource(`guide:${id}`, () => fetchGuide(id), [id])
  useShare({ title: guide.data ? `办事指南：${guide.data.name}` : '街坊通 办事指南', path: guideUrl(id) })
  return (
    <ResourceState
      loading={guide.loading}
      error={guide.error}
      offline={guide.offline}
      updatedAt={guide.updatedAt}
      onRetry={() => void guide.reload()}
      hasData={guide.data !== null}
    >
      {guide.data && <Guide guide={guide.data} />}
    </ResourceState>
  )
}

/** One service guide: the eight disclosures and where to apply. */
export default function GuidePage() {
  const id = routeId(useRouter().params.id)
  return (
    <PageShell className='guide-page'>
      {id === null ? <EmptyState text='没有找到这项办事指南，请返回重新选择' /> : <GuideById id={id} />}
    </PageShell>
  )
}
