import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { cs } from '@payloadcms/translations/languages/cs'
import { da } from '@payloadcms/translations/languages/da'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fi } from './i18n/admin/fi'
import { fr } from '@payloadcms/translations/languages/fr'
import { lt } from '@payloadcms/translations/languages/lt'
import { nl } from '@payloadcms/translations/languages/nl'
import { pt } from '@payloadcms/translations/languages/pt'
import { sv } from '@payloadcms/translations/languages/sv'
import type { SupportedLanguages } from '@payloadcms/translations'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { canReadJobs, mayRunJobs } from './access/jobs'
import { isAdmin, shownToAdminsOnly } from './access/roles'
import { Events } from './collections/Events'
import { Flagships } from './collections/Flagships'
import { FormSubmissions } from './collections/FormSubmissions'
import { Institutions } from './collections/Institutions'
import { Media } from './collections/Media'
import { Opportunities } from './collections/Opportunities'
import { Pages } from './collections/Pages'
import { Partners } from './collections/Partners'
import { PressReleases } from './collections/PressReleases'
import { Terms } from './collections/Terms'
import { Users } from './collections/Users'
import { Home } from './globals/Home'
import { approveTranslation, translationStatus } from './endpoints/translations'
import { contact } from './endpoints/contact'
import { health, ready } from './endpoints/health'
import { revalidate } from './endpoints/revalidate'
import { xliffExport, xliffImport } from './endpoints/xliff'
import { Site } from './globals/Site'
import { defaultLocale, localeNames, locales } from './i18n/locales'
import { apiLimits } from './lib/apiLimits'
import { MAX_UPLOAD_BYTES } from './lib/uploads/types'
import { databaseAdapter } from './lib/databaseAdapter'
import { chooseDatabase } from './lib/db'
import { getEnv } from './lib/env'
import { mediaStorage } from './lib/deploy/mediaStorage'
import { DeleteEmptyDrafts } from './jobs/deleteEmptyDrafts'
import { DeleteExpiredExports } from './jobs/deleteExpiredExports'
import { DeleteExpiredSubmissions } from './jobs/deleteExpiredSubmissions'
import { ExpireAtDeadline } from './jobs/expireAtDeadline'
import { NotifySubmission } from './jobs/notifySubmission'
import { TranslationDigest } from './jobs/translationDigest'
import { emailAdapter, mailIsConfigured } from './lib/email'
import { translateAdmin, translateCollection } from './lib/adminI18n'
import { adminEditView } from './lib/adminEditView'
import { withInternalAccess } from './lib/internalAccess'
import { plugins } from './lib/plugins'
import { translationTools } from './lib/translationTools'
import { prepareDatabase } from './seed/prepare'
import { offerContactHandler } from './lib/contact/direct'
import { logger } from './lib/logger.mjs'
import { offerOperationalProbe } from './lib/operationalProbe'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = getEnv()
const database = chooseDatabase(env.databaseUri)

const config = buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  // Cookie-authenticated API calls count only from the portal's own origin (a cross-site page
  // cannot act with a signed-in editor's cookie); token clients are unaffected.
  csrf: [env.serverUrl],
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · HEROES portal' },
    // Payload's default avatar loads from gravatar.com: no third-party request for staff either.
    avatar: 'default',
    components: {
      // Finnish month names in the admin's dates (Payload loads no Finnish date-fns locale).
      providers: ['/components/admin/DateLocale.client#DateLocaleProvider'],
      afterNavLinks: ['/components/admin/TranslationsNavLink#TranslationsNavLink'],
      views: {
        translations: {
          Component: '/components/admin/TranslationWork#TranslationWork',
          path: '/translations',
        },
      },
    },
  },
  collections: [
    PressReleases,
    Events,
    Opportunities,
    Pages,
    Institutions,
    Flagships,
    Partners,
    Terms,
    Media,
    FormSubmissions,
    Users,
  ],
  globals: [Home, Site],
  endpoints: [
    health,
    ready,
    revalidate,
    contact,
    approveTranslation,
    translationStatus,
    xliffExport,
    xliffImport,
  ],
  editor: lexicalEditor(),
  db: databaseAdapter(database),
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  // Payload ships admin translations for all member-state languages but Finnish (ours). Its type
  // lists only the languages it ships, hence the cast.
  i18n: {
    supportedLanguages: { en, nl, fr, de, da, sv, fi, pt, lt, cs } as SupportedLanguages,
    fallbackLanguage: 'en',
  },
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  email: emailAdapter(),
  jobs: {
    tasks: [
      NotifySubmission,
      DeleteExpiredSubmissions,
      DeleteExpiredExports,
      DeleteEmptyDrafts,
      TranslationDigest,
      ExpireAtDeadline,
    ],
    // One process runs the queues (JOBS_AUTORUN); with several instances only one should.
    autoRun: [
      { cron: '* * * * *', queue: 'default' },
      { cron: '*/15 * * * *', queue: 'maintenance' },
    ],
    shouldAutoRun: () => env.jobsAutoRun,
    access: { run: mayRunJobs },
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      // Added after the plugins ran: translateAdmin names it here (labels, group, tab, fields).
      ...translateCollection({
        ...defaultJobsCollection,
        // Editors keep reading the queue (scheduled publishing) but not in their navigation.
        admin: {
          ...defaultJobsCollection.admin,
          group: 'Administration',
          hidden: shownToAdminsOnly as never,
        },
      }),
      // Editors see what is scheduled; the queue itself is the server's and admins'.
      access: { read: canReadJobs, create: isAdmin, update: isAdmin, delete: isAdmin },
    }),
  },
  // apiLimits after the plugins that add collections; translateAdmin last: it names the fields
  // the other plugins add too.
  plugins: [
    ...plugins,
    translationTools,
    apiLimits,
    mediaStorage(env.s3),
    adminEditView,
    translateAdmin,
  ],
  sharp,
  telemetry: false,
  // In production Payload writes the server's JSON lines (lib/logger.mjs); elsewhere its own
  // readable ones.
  ...(env.nodeEnv === 'production' ? { logger: logger().child({ source: 'payload' }) } : {}),
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Types are regenerated by `npm run generate`; a spawned generator would outlive tests.
    autoGenerate: false,
  },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  onInit: async (payload) => {
    await prepareDatabase(payload, { database, env })
    offerContactHandler(payload)
    offerOperationalProbe(payload)
    if (!mailIsConfigured())
      payload.logger.info(
        'Mail is off (no SMTP_HOST): contact messages are stored without notification.',
      )
  },
})

// Payload's own collections and globals get their access after it has added them.
export default withInternalAccess(config)
