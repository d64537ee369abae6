import { Text, View } from '@tarojs/components'
import type { DueMarker as DueMarkerModel } from '@/staff/queue-model'
import './index.scss'

/**
 * A deadline (a case's, or a follow-up's) as a marker and words: 已超期 / 即将到期 stand out by symbol,
 * word and colour. The caller says which clock's words apply (dueMarkerOf, followUpMarkerOf).
 */
export function DueMarker({ marker }: { marker: DueMarkerModel }) {
  return (
    <View className={`staff-due staff-due--${marker.tone}`} data-tone={marker.tone}>
      <Text>
        {marker.symbol ? `${marker.symbol} ` : ''}
        {marker.word}
      </Text>
    </View>
  )
}
