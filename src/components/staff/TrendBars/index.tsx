import { Text, View } from '@tarojs/components'
import type { Bar } from '@/staff/report-model'
import './index.scss'

/** A bar chart drawn with plain Views: one row per month, the number written on each bar. */
export function TrendBars({ title, bars }: { title: string; bars: Bar[] }) {
  return (
    <View className='staff-bars' role='figure' aria-label={title}>
      <Text className='staff-panel__title'>{title}</Text>
      {bars.map((bar) => (
        <View key={bar.label} className='staff-bars__row'>
          <Text className='staff-bars__label'>{bar.label}</Text>
          <View className='staff-bars__track'>
            <View className='staff-bars__bar' style={{ width: `${bar.length}%` }} />
            <Text className='staff-bars__text'>{bar.text}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
