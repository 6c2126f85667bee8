import { getTranslations } from 'next-intl/server'

import { getEnv } from '@/lib/env'

import { LiveRefreshInDraft } from './LiveRefreshInDraft.client'

/** Shown only to an editor in draft preview: what this is, and the way out. */
export async function PreviewBar({ path }: { path: string }) {
  const t = await getTranslations('Preview')
  return (
    <aside className="preview-bar" aria-label={t('label')}>
      <p>{t('banner')}</p>
      <a href={`/next/exit-preview?${new URLSearchParams({ path })}`}>{t('exit')}</a>
      <LiveRefreshInDraft serverUrl={getEnv().serverUrl} />
    </aside>
  )
}
