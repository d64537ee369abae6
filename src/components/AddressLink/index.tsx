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

/**
 * The web page of Amap (高德地图) with a marker at the coordinates, labelled with the place's name.
 * It opens in any phone browser and in WeChat's built-in one, where Taro's openLocation has no web
 * implementation. The coordinates are GCJ-02, as WeChat's openLocation takes them (coordinate=gaode).
 * @example amapMarkerUrl({ latitude: 30.27, longitude: 120.15 }, '青石街道办事处')
 * // 'https://uri.amap.com/marker?position=120.15%2C30.27&name=%E9%9D%92…&coordinate=gaode&callnative=0&src=jiefang'
 */
export function amapMarkerUrl(location: GeoPoint, name: string): string {
  const query = new URLSearchParams({
    position: `${location.longitude},${location.latitude}`,
    name,
    coordinate: 'gaode',
    callnative: '0',
    src: 'jiefang'
  })
  return `https://uri.amap.com/marker?${query.toString()}`
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
  const content = (
    <>
      <Text className='jf-address__text'>{address}</Text>
      <Text className='jf-address__action'>地图</Text>
    </>
  )
  // Its name is what it shows (the address, 地图), so speech input can say the words on screen.
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className='jf-address jf-address--link' href={amapMarkerUrl(location, name ? `${name}（${address}）` : address)} target='_blank' rel='noopener noreferrer'>
        {content}
      </a>
    )
  }
  const open = () => {
    Taro.openLocation({ latitude: location.latitude, longitude: location.longitude, name: name ?? address, address, scale: 17 }).catch(() => undefined)
  }
  return (
    <View className='jf-address jf-address--link' onClick={open} hoverClass='jf-pressed' role='link'>
      {content}
    </View>
  )
}
