import { usePreferences } from '@/stores/preferences'

/** True in 大字模式; every page re-renders when it is switched. */
export function useLargeFont(): boolean {
  return usePreferences((state) => state.largeFont)
}
