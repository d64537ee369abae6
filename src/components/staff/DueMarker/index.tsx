import { Text, View } from '@tarojs/components'
import type { Clock } from '@/core/schemas/clock'
import { dueMarkerOf } from '@/staff/queue-model'
import './index.scss'

/** The deadline of a case as a marker and words: 已超期 / 即将到期 stand out by symbol, word and colour. */
export function DueMarker({ clock }: { clock: Clock }) {
  const marker = dueMarkerOf(clock)
  return (
    <View className={`staff-due staff-due--${marker.tone}`} data-tone={marker.tone}>
      <Text>
        {marker.symbol ? `${marker.symbol} ` : ''}
        {marker.word}
      </Text>
    </View>
  )
}
