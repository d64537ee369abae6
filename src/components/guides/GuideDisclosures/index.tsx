import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { GuideDetail } from '@/core/schemas/guides'
import './index.scss'

function Section({ number, title, children }: { number: string; title: string; children: ReactNode }) {
  return (
    <View className='guide-section'>
      <View className='guide-section__title'>
        <Text className='guide-section__number'>{number}</Text>
        <Text>{title}</Text>
      </View>
      <View className='guide-section__body'>{children}</View>
    </View>
  )
}

/**
 * The eight disclosures (八公开) of a service guide, each in its own numbered section, in the order
 * the disclosure rules list them.
 */
export function GuideDisclosures({ guide }: { guide: GuideDetail }) {
  return (
    <View className='guide-disclosures'>
      <Section number='一' title='事项名称'>
        <Text className='guide-section__text'>{guide.name}</Text>
      </Section>
      <Section number='二' title='办理依据'>
        {guide.legalBasis.map((basis, i) => (
          <Text key={i} className='guide-section__text guide-section__bullet'>
            {basis}
          </Text>
        ))}
      </Section>
      <Section number='三' title='办理流程'>
        {guide.procedure.map((step, i) => (
          <View key={i} className='guide-step'>
            <Text className='guide-step__number'>{`第${i + 1}步`}</Text>
            <Text className='guide-step__text'>{step}</Text>
          </View>
        ))}
      </Section>
      <Section number='四' title='申请材料'>
        {guide.materials.map((material, i) => (
          <View key={i} className='guide-material'>
            <Text className='guide-material__name'>{`${i + 1}. ${material.name}`}</Text>
            <Text className='guide-material__copies'>份数：{material.copies}</Text>
            {material.note && <Text className='guide-material__note'>说明：{material.note}</Text>}
          </View>
        ))}
      </Section>
      <Section number='五' title='法定时限'>
        <Text className='guide-section__text'>{guide.statutoryLimit}</Text>
      </Section>
      <Section number='六' title='承诺时限'>
        <Text className='guide-section__text guide-section__text--strong'>{guide.promisedLimit}</Text>
      </Section>
      <Section number='七' title='收费标准'>
        <Text className='guide-section__text'>{guide.feeStandard}</Text>
      </Section>
      <Section number='八' title='收费依据'>
        <Text className='guide-section__text'>{guide.feeBasis}</Text>
      </Section>
    </View>
  )
}
