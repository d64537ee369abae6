import { create } from 'zustand'

/** What WeChat's onNeedPrivacyAuthorization hands over: the function that lets the waiting API go on, or not. */
export type PrivacyResolve = (answer: { event: 'agree'; buttonId: string } | { event: 'disagree' }) => void

export interface PrivacyPromptState {
  /** Set while a privacy-related API (photos, location, phone number) waits for the resident's answer. */
  resolve: PrivacyResolve | null
  ask(resolve: PrivacyResolve): void
  agree(buttonId: string): void
  disagree(): void
}

/**
 * Since 2023 WeChat holds back privacy-related APIs until the resident agrees to the mini-program's
 * privacy guide (用户隐私保护指引, registered in the console); the app answers with its own sheet
 * (components/PrivacySheet). Not persisted: WeChat remembers the agreement itself.
 */
export const usePrivacyPrompt = create<PrivacyPromptState>()((set, get) => ({
  resolve: null,
  ask: (resolve) => {
    // A second API asking while the sheet is open: the earlier one is declined, as WeChat expects one answer per ask.
    get().resolve?.({ event: 'disagree' })
    set({ resolve })
  },
  agree: (buttonId) => {
    get().resolve?.({ event: 'agree', buttonId })
    set({ resolve: null })
  },
  disagree: () => {
    get().resolve?.({ event: 'disagree' })
    set({ resolve: null })
  }
}))
