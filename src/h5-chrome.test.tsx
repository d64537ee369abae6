import { labelChrome, labelControls } from './h5-chrome'

function taroChrome(): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = `
    <div id="taro-navigation-bar"><div class="taro-navigation-bar-home"></div><div class="taro-navigation-bar-back"></div></div>
    <div class="taro_page"><div data-keyboard-scroll></div></div>
    <taro-tabbar></taro-tabbar>`
  return root
}

describe('Taro’s web chrome, labelled for screen readers and keyboards', () => {
  it('names the title bar’s back arrow and home icon as buttons that take the focus', () => {
    const root = taroChrome()
    labelChrome(root)
    const back = root.querySelector('.taro-navigation-bar-back')!
    expect(back.getAttribute('role')).toBe('button')
    expect(back.getAttribute('aria-label')).toBe('返回上一页')
    expect(back.getAttribute('tabindex')).toBe('0')
    expect(root.querySelector('.taro-navigation-bar-home')!.getAttribute('aria-label')).toBe('回到首页')
  })

  it('makes the title bar the banner and the tab bar the navigation', () => {
    const root = taroChrome()
    labelChrome(root)
    expect(root.querySelector('#taro-navigation-bar')!.getAttribute('role')).toBe('banner')
    expect(root.querySelector('taro-tabbar')!.getAttribute('role')).toBe('navigation')
  })

  it('lets the keyboard reach a page container, which scrolls', () => {
    const root = taroChrome()
    labelChrome(root)
    expect(root.querySelector('.taro_page')!.getAttribute('tabindex')).toBe('0')
  })

  it('lets the keyboard reach a region the app marks as scrolling on its own', () => {
    const root = taroChrome()
    labelChrome(root)
    expect(root.querySelector('[data-keyboard-scroll]')!.getAttribute('tabindex')).toBe('0')
  })

  it('presses the back arrow with Enter, once however often the chrome is labelled again', () => {
    const root = taroChrome()
    labelChrome(root)
    labelChrome(root)
    const back = root.querySelector<HTMLElement>('.taro-navigation-bar-back')!
    const clicked = jest.fn()
    back.addEventListener('click', clicked)
    back.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    expect(clicked).toHaveBeenCalledTimes(1)
  })
})

describe('inputs drawn by Taro’s web components', () => {
  it('take the label the app put on their wrapper, where a screen reader does not look', () => {
    const root = document.createElement('div')
    root.innerHTML = `
      <taro-input-core aria-label="手机号码"><input></taro-input-core>
      <taro-textarea-core aria-label="具体内容"><textarea></textarea></taro-textarea-core>
      <taro-input-core><input placeholder="搜索"></taro-input-core>`
    labelControls(root)
    const [phone, , search] = root.querySelectorAll('input, textarea')
    expect(phone.getAttribute('aria-label')).toBe('手机号码')
    expect(root.querySelector('textarea')!.getAttribute('aria-label')).toBe('具体内容')
    expect(search.hasAttribute('aria-label')).toBe(false)
  })
})

