import { Text, View } from '@tarojs/components'
import { dueMarkerOf, type QueueClock } from '@/staff/queue-model'
import './index.scss'

/** The deadline of a case as a marker and words: 已超期 / 即将到期 stand out by symbol, word and colour. */
export function DueMarker({ clock }: { clock: QueueClock }) {
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
