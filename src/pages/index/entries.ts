import Taro from '@tarojs/taro'
import { SERVICES_TAB_URL, noticeListUrl, searchUrl } from '@/packages/content/routes'

export const CATALOGUE_TAB_URL = '/pages/catalogue/index'
export const CONTACTS_TAB_URL = '/pages/contacts/index'

export interface QuickEntry {
  text: string
  /** What the resident finds there, in a few words. */
  note: string
  open(): void
}

/** The big buttons of 首页, in the order residents asked for them most. */
export const QUICK_ENTRIES: QuickEntry[] = [
  { text: '政务公开', note: '公开目录', open: () => void Taro.switchTab({ url: CATALOGUE_TAB_URL }) },
  { text: '办事指南', note: '材料和时限', open: () => void Taro.switchTab({ url: SERVICES_TAB_URL }) },
  { text: '惠民政策', note: '低保和补贴', open: () => void Taro.navigateTo({ url: noticeListUrl('gov-benefits') }) },
  { text: '联系我们', note: '电话和地址', open: () => void Taro.switchTab({ url: CONTACTS_TAB_URL }) },
  { text: '搜索', note: '按关键词找信息', open: () => void Taro.navigateTo({ url: searchUrl() }) }
]
