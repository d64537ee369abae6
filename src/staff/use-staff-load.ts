import { useCallback, useEffect, useState } from 'react'
import { toApiError } from '@/api/errors'

export interface StaffLoad<T> {
  data: T | null
  loading: boolean
  error: string | null
  reload(): Promise<void>
  /** Replaces the data with what an action answered (the case with its new clock). */
  replace(data: T): void
}

/**
 * Loads what a workbench page shows, fresh every time. Unlike the residents' useResource it keeps
 * no copy in storage: these answers carry identity numbers and phone numbers of other people.
 */
export function useStaffLoad<T>(load: () => Promise<T>, deps: unknown[]): StaffLoad<T> {
  const [data, setData] = useState<T | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(load, deps)
  const reload = useCallback(async () => {
    setLoading(true)
    setError(null)
    try {
      setData(await run())
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      setLoading(false)
    }
  }, [run])
  useEffect(() => {
    void reload()
  }, [reload])
  return { data, loading, error, reload, replace: setData }
}
