import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import './index.scss'

export interface PhoneLinkProps {
  phone: string
  /** What the number reaches, e.g. 值班电话; shown above the number. */
  label?: string
  /** A short line under the number, e.g. when it is answered. */
  note?: string
  /** urgent: red, for the duty phone and the supervision hotline. */
  tone?: 'normal' | 'urgent'
}

/** Digits and the characters a phone dialler accepts, so 0571-8888 8888 dials as 057188888888. */
export function dialableNumber(phone: string): string {
  return phone.replace(/[^\d+*#]/g, '')
}

/** A phone number the resident taps to call; says so in words, not only with colour. */
export function PhoneLink({ phone, label, note, tone = 'normal' }: PhoneLinkProps) {
  const call = () => {
    Taro.makePhoneCall({ phoneNumber: dialableNumber(phone) }).catch(() => undefined)
  }
  return (
    // Its name is what it shows (label, number, 拨打), so speech input can say the words on screen.
    <View className={`jf-phone jf-phone--${tone}`} onClick={call} hoverClass='jf-pressed' role='link'>
      <View className='jf-phone__text'>
        {label && <Text className='jf-phone__label'>{label}</Text>}
        <Text className='jf-phone__number'>{phone}</Text>
        {note && <Text className='jf-phone__note'>{note}</Text>}
      </View>
      <Text className='jf-phone__action'>拨打</Text>
    </View>
  )
}
