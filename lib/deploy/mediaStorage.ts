import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { S3Settings } from '../env'

/**
 * Uploaded files on S3-compatible storage when S3_BUCKET is set, so every app instance sees every
 * upload: media, and the import-export plugin's CSV files (an export is written by the job
 * runner and downloaded from whichever instance the reviewer reaches). Otherwise on local disk.
 * The plugin is always registered (disabled without S3) so the admin's import map is the same
 * either way. Files are still served through `/api/<collection>/file/…`, which keeps Payload's
 * access control (exports hold personal data) and lets a CDN cache public media.
 * `alwaysInsertFields`: the plugin's own fields (the object's key and folder) exist with and
 * without S3, so one schema and its migrations serve both; without it, switching S3 on in
 * production made every upload fail on a column the migrations never created (found by the
 * scale-out rehearsal, scripts/rehearsal/run.mjs).
 */
export function mediaStorage(s3: S3Settings | null): Plugin {
  return s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    collections: { media: true, exports: { prefix: 'exports' }, imports: { prefix: 'imports' } },
    bucket: s3?.bucket ?? '',
    config: s3
      ? {
          region: s3.region,
          endpoint: s3.endpoint,
          credentials: s3.credentials,
          forcePathStyle: s3.forcePathStyle,
        }
      : {},
  })
}
