import { getTranslations } from 'next-intl/server'

import { requiredIdentityFields } from '@/fields/identity'
import type { Site } from '@/payload-types'

type Kind = 'publisher' | 'controller'

/** What each identity shows, in order; the required ones show even while empty. */
const entries: Record<Kind, string[]> = {
  publisher: ['legalName', 'representative', 'address', 'email', 'phone', 'register', 'vatId'],
  controller: ['legalName', 'address', 'email', 'phone', 'dpoEmail'],
}
const emails = new Set(['email', 'dpoEmail'])
const required: readonly string[] = requiredIdentityFields

/**
 * The publisher (legal notice) or the data controller (privacy policy), from the Site settings.
 * Nothing here is invented: an entry the alliance has not supplied yet says so, visibly.
 */
export async function Identity({ kind, site }: { kind: Kind; site: Site }) {
  const t = await getTranslations('Legal')
  const values = (site[kind] ?? {}) as Record<string, string | null | undefined>
  const shown = entries[kind].filter((name) => values[name] || required.includes(name))
  return (
    <section aria-labelledby={`identity-${kind}`} className="identity">
      <h2 id={`identity-${kind}`}>{t(`${kind}Title`)}</h2>
      <dl className="facts">
        {shown.map((name) => {
          const value = values[name]
          return (
            <div key={name}>
              <dt>{t(name as Parameters<typeof t>[0])}</dt>
              <dd className={name === 'address' ? 'identity__address' : undefined}>
                {!value ? (
                  <span className="unfilled">{t('missing')}</span>
                ) : emails.has(name) ? (
                  <a href={`mailto:${value}`}>{value}</a>
                ) : (
                  value
                )}
              </dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
