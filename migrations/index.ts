import * as migration_20261128_181924_initial from './20261128_181924_initial'
import * as migration_20261128_185152_contact_jobs_exports from './20261128_185152_contact_jobs_exports'
import * as migration_20261129_032111_editorial_workflow from './20261129_032111_editorial_workflow'
import * as migration_20261129_040509_search from './20261129_040509_search'
import * as migration_20261129_042949_key_figures from './20261129_042949_key_figures'
import * as migration_20261129_064257_localized_slugs from './20261129_064257_localized_slugs'
import * as migration_20261206_175646_export_contents from './20261206_175646_export_contents'
import * as migration_20261206_203718_served_pages_identity from './20261206_203718_served_pages_identity'
import * as migration_20261206_212752_storage_fields from './20261206_212752_storage_fields'
import * as migration_20261206_212805_authors_and_empty_drafts from './20261206_212805_authors_and_empty_drafts'
import * as migration_20261206_212840_translation_workflow from './20261206_212840_translation_workflow'
import * as migration_20261206_214711_content_volume_indexes from './20261206_214711_content_volume_indexes'
import * as migration_20261206_221442_term_base from './20261206_221442_term_base'
import * as migration_20261206_232058_content_sources from './20261206_232058_content_sources'
import * as migration_20261207_005640_events_opportunities from './20261207_005640_events_opportunities'

export const migrations = [
  {
    up: migration_20261128_181924_initial.up,
    down: migration_20261128_181924_initial.down,
    name: '20261128_181924_initial',
  },
  {
    up: migration_20261128_185152_contact_jobs_exports.up,
    down: migration_20261128_185152_contact_jobs_exports.down,
    name: '20261128_185152_contact_jobs_exports',
  },
  {
    up: migration_20261129_032111_editorial_workflow.up,
    down: migration_20261129_032111_editorial_workflow.down,
    name: '20261129_032111_editorial_workflow',
  },
  {
    up: migration_20261129_040509_search.up,
    down: migration_20261129_040509_search.down,
    name: '20261129_040509_search',
  },
  {
    up: migration_20261129_042949_key_figures.up,
    down: migration_20261129_042949_key_figures.down,
    name: '20261129_042949_key_figures',
  },
  {
    up: migration_20261129_064257_localized_slugs.up,
    down: migration_20261129_064257_localized_slugs.down,
    name: '20261129_064257_localized_slugs',
  },
  {
    up: migration_20261206_175646_export_contents.up,
    down: migration_20261206_175646_export_contents.down,
    name: '20261206_175646_export_contents',
  },
  {
    up: migration_20261206_203718_served_pages_identity.up,
    down: migration_20261206_203718_served_pages_identity.down,
    name: '20261206_203718_served_pages_identity',
  },
  {
    up: migration_20261206_212752_storage_fields.up,
    down: migration_20261206_212752_storage_fields.down,
    name: '20261206_212752_storage_fields',
  },
  {
    up: migration_20261206_212805_authors_and_empty_drafts.up,
    down: migration_20261206_212805_authors_and_empty_drafts.down,
    name: '20261206_212805_authors_and_empty_drafts',
  },
  {
    up: migration_20261206_212840_translation_workflow.up,
    down: migration_20261206_212840_translation_workflow.down,
    name: '20261206_212840_translation_workflow',
  },
  {
    up: migration_20261206_214711_content_volume_indexes.up,
    down: migration_20261206_214711_content_volume_indexes.down,
    name: '20261206_214711_content_volume_indexes',
  },
  {
    up: migration_20261206_221442_term_base.up,
    down: migration_20261206_221442_term_base.down,
    name: '20261206_221442_term_base',
  },
  {
    up: migration_20261206_232058_content_sources.up,
    down: migration_20261206_232058_content_sources.down,
    name: '20261206_232058_content_sources',
  },
  {
    up: migration_20261207_005640_events_opportunities.up,
    down: migration_20261207_005640_events_opportunities.down,
    name: '20261207_005640_events_opportunities',
  },
]
