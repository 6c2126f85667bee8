import type { GlobalConfig } from 'payload'

import { withGlobalTranslationWorkflow } from '../lib/translation/workflow'

import { anyone, isEditor } from '../access/roles'
import { identityGroup } from '../fields/identity'
import { revalidateGlobal } from '../hooks/revalidate'

/**
 * Settings every page shares. The EU funding statement is fixed legal text with official
 * translations, so it lives in messages/<locale>.json (Footer), not here.
 */
export const Site: GlobalConfig<'site'> = withGlobalTranslationWorkflow({
  slug: 'site',
  access: { read: anyone, update: isEditor },
  admin: { group: 'Content' },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      type: 'ui',
      name: 'identityWarning',
      admin: { components: { Field: '/components/admin/EditorChecks#SiteChecks' } },
    },
    identityGroup('publisher', [
      { name: 'representative', type: 'text', localized: true, maxLength: 300 },
      { name: 'register', type: 'text', localized: true, maxLength: 300 },
      { name: 'vatId', type: 'text', maxLength: 50 },
    ]),
    identityGroup('controller', [{ name: 'dpoEmail', type: 'email' }]),
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'intro', type: 'textarea', localized: true },
        { name: 'email', type: 'email' },
      ],
    },
  ],
}) as GlobalConfig<'site'>
