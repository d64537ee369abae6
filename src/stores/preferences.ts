import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { taroStorage } from './taro-storage'

export interface PreferencesState {
  /** 大字模式 (适老化): larger text and tap targets on every page. */
  largeFont: boolean
  setLargeFont(on: boolean): void
}

export const PREFERENCES_STORAGE_KEY = 'jf-preferences'

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      largeFont: false,
      setLargeFont: (on) => set({ largeFont: on })
    }),
    {
      name: PREFERENCES_STORAGE_KEY,
      storage: createJSONStorage(() => taroStorage),
      partialize: (state) => ({ largeFont: state.largeFont })
    }
  )
)
