import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { ActionButton } from '../ActionButton'
import { formatSavedAt } from './format-saved-at'
import './index.scss'

export interface ResourceStateProps {
  loading: boolean
  error: string | null
  offline: boolean
  updatedAt: string | null
  onRetry(): void
  /** The content; rendered whenever there is no error, under the offline bar when offline. */
  children: ReactNode
  /** False while there is nothing to show yet, so the loading message takes the page. */
  hasData?: boolean
}

/**
 * What every page shows around its content: a loading message while there is nothing yet, the error
 * with a big 重试 button instead of a blank page, and an offline bar above cached content.
 */
export function ResourceState({ loading, error, offline, updatedAt, onRetry, children, hasData = true }: ResourceStateProps) {
  if (error) {
    return (
      <View className='jf-state jf-state--error' role='alert'>
        <Text className='jf-state__title'>没有加载成功</Text>
        <Text className='jf-state__text'>{error}</Text>
        <ActionButton text='重试' onClick={onRetry} />
      </View>
    )
  }
  if (loading && !hasData) {
    return (
      <View className='jf-state jf-state--loading' aria-busy='true'>
        <Text className='jf-state__text'>正在加载…</Text>
      </View>
    )
  }
  return (
    <View>
      {offline && (
        <View className='jf-offline-bar' role='status'>
          <Text className='jf-offline-bar__text'>
            {updatedAt ? `离线 · 显示的是 ${formatSavedAt(updatedAt)} 保存的内容` : '离线 · 显示的是之前保存的内容'}
          </Text>
          <View className='jf-offline-bar__retry' onClick={onRetry} hoverClass='jf-pressed'>
            <Text>刷新</Text>
          </View>
        </View>
      )}
      {children}
    </View>
  )
}
