/**
 * Taro's web build draws its own title bar, tab bar and page containers outside the app's React
 * tree, without names or landmarks. This gives them what a screen reader and a keyboard need: the
 * title bar is the banner and its arrow a named button, the tab bar is the navigation, and each page
 * container, which scrolls, can take the focus so the keyboard can scroll it. Taro creates these
 * elements as pages open, so they are labelled whenever the document changes (at most once a frame).
 *
 * Likewise Taro's Input and Textarea put the app's aria-label on their wrapper element, not on the
 * <input> or <textarea> inside that a screen reader announces: the label is copied onto the control.
 */

interface Labelling {
  selector: string
  attributes: Record<string, string>
  /** Enter and Space press it, as they would a real button. */
  pressable?: boolean
}

export const H5_CHROME: Labelling[] = [
  { selector: '#taro-navigation-bar', attributes: { role: 'banner' } },
  { selector: '.taro-navigation-bar-back', attributes: { role: 'button', 'aria-label': '返回上一页', tabindex: '0' }, pressable: true },
  { selector: '.taro-navigation-bar-home', attributes: { role: 'button', 'aria-label': '回到首页', tabindex: '0' }, pressable: true },
  { selector: 'taro-tabbar', attributes: { role: 'navigation', 'aria-label': '主菜单' } },
  { selector: '.taro_page', attributes: { tabindex: '0' } },
  // A region the app marks as scrolling on its own (a wide table): Taro's View takes no tabIndex.
  { selector: '[data-keyboard-scroll]', attributes: { tabindex: '0' } }
]

/** Sets the attributes each element of Taro's chrome lacks; elements already labelled are left as they are. */
export function labelChrome(root: ParentNode): void {
  for (const { selector, attributes, pressable } of H5_CHROME) {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      if (element.dataset.jfLabelled) continue
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
      if (pressable) element.addEventListener('keydown', pressOnEnterOrSpace)
      element.dataset.jfLabelled = '1'
    }
  }
}

/** Gives each input and text box inside a labelled Taro wrapper its wrapper's label. */
export function labelControls(root: ParentNode): void {
  for (const control of root.querySelectorAll<HTMLElement>('taro-input-core[aria-label] input, taro-textarea-core[aria-label] textarea')) {
    const label = control.closest('[aria-label]:not(input):not(textarea)')?.getAttribute('aria-label')
    if (label && control.getAttribute('aria-label') !== label) control.setAttribute('aria-label', label)
  }
}

function pressOnEnterOrSpace(event: KeyboardEvent) {
  if (event.key !== 'Enter' && event.key !== ' ') return
  event.preventDefault()
  ;(event.currentTarget as HTMLElement).click()
}

export function startLabellingH5Chrome(): void {
  let scheduled = false
  const label = () => {
    scheduled = false
    labelChrome(document)
    labelControls(document)
  }
  new MutationObserver(() => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(label)
  }).observe(document.body, { childList: true, subtree: true })
  label()
}
