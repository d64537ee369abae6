import Taro from '@tarojs/taro'
import { RichText, Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { linkAddress, richBodyLinks, richTextNodes, type BodyLink } from '@/core/notices/rich-body'
import './index.scss'

const ACTION: Record<BodyLink['kind'], string> = { web: '打开', phone: '拨打', email: '复制' }

/**
 * What a tap on a link of the body does: call a number, open a web page in a browser (H5), or copy
 * the address where the app cannot open it (a mini-program opens no outside page; e-mail is written
 * in the resident's own mail app).
 */
function follow(link: BodyLink): void {
  const address = linkAddress(link.href)
  if (link.kind === 'phone') {
    Taro.makePhoneCall({ phoneNumber: address.replace(/[^\d+]/g, '') }).catch(() => undefined)
  } else if (link.kind === 'web' && process.env.TARO_ENV === 'h5') {
    window.open(link.href, '_blank', 'noopener')
  } else {
    Taro.setClipboardData({ data: address })
      .then(() => Taro.showToast({ title: link.kind === 'web' ? '网址已复制，可在浏览器中打开' : '邮箱地址已复制', icon: 'none' }))
      .catch(() => undefined)
  }
}

/** The body's links as big buttons under it: a link inside rich text cannot be tapped in a mini-program. */
function BodyLinks({ links }: { links: BodyLink[] }) {
  return (
    <View className='rich-body__links'>
      <Text className='rich-body__links-title'>正文中的链接</Text>
      {links.map((link) => (
        <View
          key={link.href}
          className='rich-body__link'
          role='link'
          hoverClass='jf-pressed'
          aria-label={`${ACTION[link.kind]}${link.text}`}
          onClick={() => follow(link)}
        >
          <View className='rich-body__link-text'>
            <Text className='rich-body__link-name'>{link.text}</Text>
            {linkAddress(link.href) !== link.text && <Text className='rich-body__link-address'>{linkAddress(link.href)}</Text>}
          </View>
          <Text className='rich-body__link-action'>{ACTION[link.kind]}</Text>
        </View>
      ))}
    </View>
  )
}

/**
 * A rich-text body (the html format of src/core/notices/rich-body.ts), read again with the core
 * allowlist and handed to RichText as a node array: never as an HTML string, so nothing in it is
 * parsed as markup in a browser, and the mini-program needs no eval. Sizes come from the page's
 * tokens through the classes the nodes carry, so 大字模式 enlarges it like every other text.
 */
export function RichBody({ html, showLinks = true }: { html: string; showLinks?: boolean }) {
  const nodes = useMemo(() => richTextNodes(html), [html])
  const links = useMemo(() => (showLinks ? richBodyLinks(html) : []), [html, showLinks])
  return (
    <View className='rich-body'>
      <RichText className='rich-body__text' nodes={nodes} userSelect />
      {links.length > 0 && <BodyLinks links={links} />}
    </View>
  )
}
