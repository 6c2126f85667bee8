'use client'

import {
  Button,
  useAuth,
  useConfig,
  useDocumentInfo,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { localeNames, type Locale } from '@/i18n/locales'

type Answer = { state?: string; message?: string; error?: string }

/**
 * The edit view's approval box for the language being edited: approving makes this language's
 * text public on its own (lib/translation/approve.ts). The server decides who may; the box is
 * offered to editors, admins and the language's translators.
 */
export function ApproveTranslation() {
  const { t } = useTranslation()
  const tr = (key: string) => t(`heroes:${key}` as never)
  const { code } = useLocale()
  const { user } = useAuth()
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)

  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const languages = ((user as { languages?: string[] } | null)?.languages ?? []) as string[]
  const may =
    roles.includes('admin') ||
    roles.includes('editor') ||
    (roles.includes('translator') && languages.includes(code))
  if (code === 'en' || (!globalSlug && !id) || !may) return null

  const approve = async () => {
    setBusy(true)
    setAnswer(null)
    try {
      const response = await fetch(`${api}/translations/approve`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          globalSlug
            ? { global: globalSlug, locale: code }
            : { collection: collectionSlug, id, locale: code },
        ),
      })
      setAnswer((await response.json().catch(() => ({}))) as Answer)
      if (response.ok) router.refresh()
    } catch {
      setAnswer({ error: tr('approveFailed') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type approve-translation">
      <p className="field-label">
        {tr('approveHeading')}: <span lang={code}>{localeNames[code as Locale] ?? code}</span>
      </p>
      <p className="field-description">{tr('approveHelp')}</p>
      <Button buttonStyle="secondary" disabled={busy} onClick={approve} size="medium">
        {tr('approveButton')}
      </Button>
      {answer && (
        <p role="status" className="field-description" data-approve-state={answer.state}>
          {answer.error ?? answer.message}
        </p>
      )}
    </div>
  )
}
