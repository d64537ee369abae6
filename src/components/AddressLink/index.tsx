import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { GeoPoint } from '@/core/schemas/common'
import './index.scss'

export interface AddressLinkProps {
  address: string
  location: GeoPoint | null
  /** Place name shown on the map, e.g. the department's name. */
  name?: string
}

/** An address that opens the map when its coordinates are known; otherwise just the address. */
export function AddressLink({ address, location, name }: AddressLinkProps) {
  if (!location) {
    return (
      <View className='jf-address'>
        <Text className='jf-address__text'>{address}</Text>
      </View>
    )
  }
  const open = () => {
    Taro.openLocation({ latitude: location.latitude, longitude: location.longitude, name: name ?? address, address, scale: 17 }).catch(() => undefined)
  }
  return (
    <View className='jf-address jf-address--link' onClick={open} hoverClass='jf-pressed' role='link' aria-label={`在地图上查看 ${address}`}>
      <Text className='jf-address__text'>{address}</Text>
      <Text className='jf-address__action'>地图</Text>
    </View>
  )
}
