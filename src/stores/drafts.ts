import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { CaseKind } from '@/core/schemas/clock'
import { taroStorage } from './taro-storage'

/**
 * What a resident has typed into a case form, kept while typing so that a closed app, a phone call
 * or a trip to the sign-in page loses nothing. Cleared once the case is handed to the outbox. The
 * values are the form's own (all text), not yet a request body.
 */
export type DraftValues = object

/**
 * Whose a draft is: the account signed in when its form opened (the session's accountId, as for the
 * outbox), or `SIGNED_OUT` for one typed while nobody was signed in.
 */
export type DraftOwner = number | typeof SIGNED_OUT

/** The owner of a draft typed while nobody was signed in on this phone. */
export const SIGNED_OUT = 'signed-out'

export interface Draft {
  owner: DraftOwner
  kind: CaseKind
  values: DraftValues
}

export interface DraftsState {
  drafts: Draft[]
  saveDraft(owner: DraftOwner, kind: CaseKind, values: DraftValues): void
  clearDraft(owner: DraftOwner, kind: CaseKind): void
  /**
   * The person who typed a form while signed out has signed in from it: the draft is now theirs.
   * The form calls this itself, never the sign-in (see `useCaseDraft`).
   */
  adoptSignedOutDraft(kind: CaseKind, account: number): void
  /**
   * 退出登录 and 注销账号: the account's drafts go, and those typed while signed out too: the one
   * leaving may have typed them before signing in, and after they leave anyone holding the phone is
   * signed out and would see them. Another account's drafts stay for that account.
   */
  forgetDraftsOf(account: number | null): void
}

export const DRAFTS_STORAGE_KEY = 'jf-drafts'

/**
 * The draft of one form as `owner` may see it: only their own, never another account's nor, for a
 * signed-in account, one typed while signed out.
 * @example draftOf([{ owner: 7, kind: 'complaint', values: { title: '路灯' } }], 7, 'complaint') // { title: '路灯' }
 * @example draftOf([{ owner: 7, kind: 'complaint', values: { title: '路灯' } }], 8, 'complaint') // undefined
 */
export function draftOf(drafts: readonly Draft[], owner: DraftOwner, kind: CaseKind): DraftValues | undefined {
  return drafts.find((d) => d.owner === owner && d.kind === kind)?.values
}

const without = (drafts: readonly Draft[], owner: DraftOwner, kind: CaseKind) => drafts.filter((d) => d.owner !== owner || d.kind !== kind)

type PersistedDrafts = Pick<DraftsState, 'drafts'>

/**
 * Version 0 kept one draft per kind for whoever opened the form next, which is how one resident's
 * half-typed complaint, name and identity number included, was shown to the next person signing in
 * on the same phone. Nothing says whose those drafts were, so they are dropped rather than guessed:
 * a lost half-typed form costs a few minutes, a shown one costs someone's privacy.
 */
export function migrateDrafts(persisted: unknown, version: number): PersistedDrafts {
  if (version < 1) return { drafts: [] }
  return { drafts: (persisted as Partial<PersistedDrafts>).drafts ?? [] }
}

export const useDrafts = create<DraftsState>()(
  persist(
    (set) => ({
      drafts: [],
      saveDraft: (owner, kind, values) => set((s) => ({ drafts: [...without(s.drafts, owner, kind), { owner, kind, values }] })),
      clearDraft: (owner, kind) => set((s) => ({ drafts: without(s.drafts, owner, kind) })),
      adoptSignedOutDraft: (kind, account) =>
        set((s) => {
          const values = draftOf(s.drafts, SIGNED_OUT, kind)
          if (!values) return s
          return { drafts: [...without(without(s.drafts, SIGNED_OUT, kind), account, kind), { owner: account, kind, values }] }
        }),
      forgetDraftsOf: (account) => set((s) => ({ drafts: s.drafts.filter((d) => d.owner !== account && d.owner !== SIGNED_OUT) }))
    }),
    {
      name: DRAFTS_STORAGE_KEY,
      storage: createJSONStorage(() => taroStorage),
      partialize: (s) => ({ drafts: s.drafts }),
      version: 1,
      migrate: migrateDrafts
    }
  )
)
