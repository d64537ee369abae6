import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/PageShell'
import { KIND_GUIDE } from '@/components/cases/form-model'
import { caseFormUrl } from '../routes'
import './index.scss'

/** Choose what kind of message to send, each explained in one plain sentence with an example. */
export default function NewCasePage() {
  return (
    <PageShell className='new-case'>
      <Text className='new-case__title'>您想办哪一类事？</Text>
      <Text className='new-case__note'>选不准也没关系，工作人员收到后会帮您转给负责的部门。</Text>
      {KIND_GUIDE.map((g) => (
        <View key={g.kind} className='new-case__kind' role='button' hoverClass='jf-pressed' onClick={() => void Taro.navigateTo({ url: caseFormUrl(g.kind) })}>
          <Text className='new-case__label'>{g.label} ›</Text>
          <Text className='new-case__explain'>{g.explain}</Text>
          <Text className='new-case__example'>{g.example}</Text>
        </View>
      ))}
    </PageShell>
  )
}
