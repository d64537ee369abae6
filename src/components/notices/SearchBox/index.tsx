import { Input, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { SEARCH_QUERY_MAX } from '@/core/notices/search'
import './index.scss'

export interface SearchBoxProps {
  /** The words shown when the box appears (a search page opened with ?q=). */
  initial?: string
  placeholder: string
  /** Called with the trimmed words when the resident taps 搜索 or the keyboard's search key. */
  onSearch(q: string): void
  focus?: boolean
}

/**
 * A big search box with its own 搜索 button: many older residents never find the keyboard's search
 * key. Input is limited to what the server accepts (100 characters).
 */
export function SearchBox({ initial = '', placeholder, onSearch, focus = false }: SearchBoxProps) {
  const [value, setValue] = useState(initial)
  useEffect(() => setValue(initial), [initial])
  const submit = (text: string) => onSearch(text.trim())
  return (
    <View className='search-box' role='search'>
      <Input
        className='search-box__input'
        value={value}
        placeholder={placeholder}
        placeholderClass='search-box__placeholder'
        maxlength={SEARCH_QUERY_MAX}
        confirmType='search'
        focus={focus}
        aria-label={placeholder ?? '搜索'}
        onInput={(e) => setValue(e.detail.value)}
        onConfirm={(e) => submit(e.detail.value)}
      />
      <View className='search-box__button' hoverClass='search-box__button--pressed' role='button' onClick={() => submit(value)}>
        <Text>搜索</Text>
      </View>
    </View>
  )
}
