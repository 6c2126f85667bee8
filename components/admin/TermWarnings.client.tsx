'use client'

import { toast, useAllFormFields, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useRef, useState } from 'react'

import { fillMessage } from '@/lib/fillMessage'
import { findForbidden, type ForbiddenUse, type TermEntry, textsOf } from '@/lib/terms/match'

type TermDoc = { concept: string; preferred: string; forbidden?: string[] | null }

/** The term base's entries for one language, read with the editor's own session. */
function useTerms(language: string | undefined): TermEntry[] {
  const [terms, setTerms] = useState<TermEntry[]>([])
  useEffect(() => {
    if (!language) return
    const query = new URLSearchParams({
      'where[language][equals]': language,
      limit: '0',
      depth: '0',
    })
    let current = true
    fetch(`/api/terms?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: TermDoc[] }) => {
        if (current)
          setTerms(docs.map((d) => ({ ...d, forbidden: (d.forbidden ?? []).filter(Boolean) })))
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [language])
  return terms
}

const unique = (uses: ForbiddenUse[]) => [
  ...new Map(uses.map((u) => [`${u.found.toLowerCase()}/${u.preferred}`, u])).values(),
]

/**
 * Edit sidebar: the words of the language being edited that the term base avoids, each with the
 * preferred term, and a warning when a save stored them. It never blocks a save: a quotation or a
 * proper name may need the word.
 */
export function TermWarnings() {
  const { t } = useTranslation()
  const { code } = useLocale()
  const { lastUpdateTime } = useDocumentInfo()
  const [fields] = useAllFormFields()
  const terms = useTerms(code)
  const uses = useMemo(() => {
    const values = reduceFieldsToValues(fields, true)
    return unique(textsOf(values).flatMap((text) => findForbidden(text, terms)))
  }, [fields, terms])
  const say = (use: ForbiddenUse) =>
    fillMessage(t('heroes:termWarning' as never), { found: use.found, preferred: use.preferred })

  const saved = useRef(lastUpdateTime)
  useEffect(() => {
    if (lastUpdateTime === saved.current) return
    saved.current = lastUpdateTime
    if (uses.length)
      toast.warning(`${t('heroes:termWarningsSaved' as never)} ${uses.map(say).join(' ')}`, {
        duration: 15_000,
        // One toast, replaced on each save: autosave saves drafts every few seconds.
        id: 'term-base-warning',
      })
    // Only a save (a new lastUpdateTime) warns; typing updates the list below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastUpdateTime])

  if (!uses.length) return null
  return (
    <div className="field-type term-warnings" role="status">
      <p className="field-label">{t('heroes:termWarningsHeading' as never)}</p>
      <ul>
        {uses.map((use) => (
          <li key={`${use.found}/${use.preferred}`}>{say(use)}</li>
        ))}
      </ul>
    </div>
  )
}
