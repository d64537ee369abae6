import { act, render, screen } from '@testing-library/react'
import { usePreferences } from '@/stores/preferences'
import { PageShell } from '.'

describe('PageShell', () => {
  beforeEach(() => usePreferences.setState({ largeFont: false }))

  it('wraps the page in the root that carries the design tokens', () => {
    render(<PageShell className='home'>内容</PageShell>)
    expect(screen.getByTestId('page-shell')).toHaveClass('jf-page', 'home')
    expect(screen.getByTestId('page-shell')).not.toHaveClass('jf-page--large')
    expect(screen.getByText('内容')).toBeInTheDocument()
  })

  it('switches every page to large text at once when 大字模式 is turned on', () => {
    render(<PageShell>内容</PageShell>)
    act(() => usePreferences.getState().setLargeFont(true))
    expect(screen.getByTestId('page-shell')).toHaveClass('jf-page--large')
  })
})
