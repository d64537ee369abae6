import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { CaseKind } from '@/core/schemas/clock'
import { taroStorage } from './taro-storage'

/**
 * What a resident has typed into a case form, per kind, kept while typing so that a closed app, a
 * phone call or a trip to the sign-in page loses nothing. Cleared once the case is handed to the
 * outbox. The values are the form's own (all text), not yet a request body.
 */
export type DraftValues = object

export interface DraftsState {
  drafts: Partial<Record<CaseKind, DraftValues>>
  saveDraft(kind: CaseKind, values: DraftValues): void
  clearDraft(kind: CaseKind): void
}

export const DRAFTS_STORAGE_KEY = 'jf-drafts'

export const useDrafts = create<DraftsState>()(
  persist(
    (set) => ({
      drafts: {},
      saveDraft: (kind, values) => set((s) => ({ drafts: { ...s.drafts, [kind]: values } })),
      clearDraft: (kind) =>
        set((s) => {
          const drafts = { ...s.drafts }
          delete drafts[kind]
          return { drafts }
        })
    }),
    { name: DRAFTS_STORAGE_KEY, storage: createJSONStorage(() => taroStorage), partialize: (s) => ({ drafts: s.drafts }) }
  )
)
