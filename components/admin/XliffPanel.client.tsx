'use client'

import { Button, toast, useDocumentInfo, useSelection, useTranslation } from '@payloadcms/ui'
import { type ChangeEvent, useState } from 'react'

import { defaultLocale, localeNames, locales } from '@/i18n/locales'

import './XliffPanel.scss'

const targets = locales.filter((l) => l !== defaultLocale)

/** Each chosen language's file, fetched with the session and handed to the browser to save. */
async function download(docs: string[], languages: string[]) {
  for (const lang of languages) {
    const query = new URLSearchParams([...docs.map((d) => ['doc', d]), ['lang', lang]])
    const response = await fetch(`/api/xliff/export?${query}`, { credentials: 'include' })
    if (!response.ok) {
      const { errors } = (await response.json().catch(() => ({ errors: [] }))) as {
        errors: { message: string }[]
      }
      toast.error(errors[0]?.message ?? response.statusText)
      return
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await response.blob())
    link.download = name?.[1] ?? `heroes-${lang}.xlf`
    link.click()
    URL.revokeObjectURL(link.href)
  }
}

function ImportFile() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setBusy(true)
    try {
      const response = await fetch('/api/xliff/import', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xliff+xml' },
        body: await file.text(),
      })
      const json = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message: string }[]
      }
      if (response.ok) toast.success(json.message ?? '')
      else toast.error(json.errors?.[0]?.message ?? response.statusText, { duration: 20_000 })
    } finally {
      setBusy(false)
    }
  }
  return (
    <label className="xliff-panel__import">
      <span>{t('heroes:xliffImport' as never)}</span>
      <input type="file" accept=".xlf,.xliff,.xml" onChange={upload} disabled={busy} />
    </label>
  )
}

function Panel({ docs }: { docs: string[] }) {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState<string[]>([])
  const exportFiles = () => {
    if (!docs.length) toast.error(t('heroes:xliffNoSelection' as never))
    else if (!chosen.length) toast.error(t('heroes:xliffNoLanguage' as never))
    else void download(docs, chosen)
  }
  return (
    <details className="xliff-panel">
      <summary>{t('heroes:xliffHeading' as never)}</summary>
      <p className="field-description">{t('heroes:xliffExplain' as never)}</p>
      <fieldset>
        <legend>{t('heroes:xliffTargets' as never)}</legend>
        {targets.map((lang) => (
          <label key={lang} className="xliff-panel__language">
            <input
              type="checkbox"
              checked={chosen.includes(lang)}
              onChange={(e) =>
                setChosen(e.target.checked ? [...chosen, lang] : chosen.filter((l) => l !== lang))
              }
            />
            {localeNames[lang]}
          </label>
        ))}
      </fieldset>
      <Button buttonStyle="secondary" size="small" onClick={exportFiles}>
        {t('heroes:xliffExport' as never)}
      </Button>
      <ImportFile />
    </details>
  )
}

/** Above a translatable collection's list: export the selected documents, import a file. */
export function XliffListPanel({ collectionSlug }: { collectionSlug: string }) {
  const { getSelectedIds } = useSelection()
  return <Panel docs={getSelectedIds().map((id) => `${collectionSlug}/${id}`)} />
}

/** In a translatable document's sidebar: export this document, import a file. */
export function XliffDocumentPanel() {
  const { id, collectionSlug, globalSlug } = useDocumentInfo()
  const doc = globalSlug ? `globals/${globalSlug}` : id ? `${collectionSlug}/${id}` : null
  if (!doc) return null
  return <Panel docs={[doc]} />
}
