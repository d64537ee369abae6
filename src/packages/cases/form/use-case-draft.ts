import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { signedInAccountId } from '@/api/session-header'
import { EMPTY_CASE_FORM, type CaseFormValues } from '@/components/cases/form-model'
import type { CaseKind } from '@/core/schemas/clock'
import { SIGNED_OUT, draftOf, useDrafts, type DraftOwner } from '@/stores/drafts'

export interface CaseDraft {
  /** What the form opens with: the owner's draft over an empty form. */
  initial: CaseFormValues
  /** True when the form opened with something typed before. */
  restored: boolean
  save(values: CaseFormValues): void
  clear(): void
}

const ownerNow = (): DraftOwner => signedInAccountId() ?? SIGNED_OUT

/**
 * The draft of one case form, kept for the person who is typing it. The owner is fixed when the form
 * opens: a session that lapses while typing does not turn an account's draft (identity number and
 * all) into one anybody signed out on this phone would see.
 *
 * A form typed while signed out becomes an account's only when someone signs in while this form is
 * still open, which is what 提交 → 登录 → back does: the content is on their screen already and it is
 * they who typed it. A sign-in anywhere else does not take a signed-out draft: on a shared phone the
 * one signing in later may be someone else, so the draft stays for the next person who opens the
 * form signed out (who can see no more than what anyone signed out could before) until they sign in
 * from it, and 退出登录 deletes it.
 */
export function useCaseDraft(kind: CaseKind): CaseDraft {
  const owner = useRef<DraftOwner>(ownerNow())
  const [opened] = useState(() => draftOf(useDrafts.getState().drafts, owner.current, kind))

  useDidShow(() => {
    const now = ownerNow()
    if (owner.current !== SIGNED_OUT || now === SIGNED_OUT) return
    useDrafts.getState().adoptSignedOutDraft(kind, now)
    owner.current = now
  })

  return {
    initial: opened ? { ...EMPTY_CASE_FORM, ...(opened as Partial<CaseFormValues>) } : EMPTY_CASE_FORM,
    restored: Object.keys(opened ?? {}).length > 0,
    save: (values) => useDrafts.getState().saveDraft(owner.current, kind, values),
    clear: () => useDrafts.getState().clearDraft(owner.current, kind)
  }
}
