import fs from 'node:fs/promises'
import path from 'node:path'

import {
  type CollectionSlug,
  headersWithCors,
  type PayloadRequest,
  type UploadConfig,
} from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Payload answers `/api/<upload collection>/file/<name>` for a file that is not on the disk with
 * a 500 ("missing on the disk" in its log): a client asking for a name that does not exist, or
 * a stale link, is a 404. Runs as the collection's first file handler, after Payload's access
 * check; with files kept elsewhere (an S3 adapter disables local storage) it leaves the answer to
 * that adapter's handler.
 */
// Typed as Payload's handler, whose type knows no promise that may resolve to nothing.
export const missingFileIs404 = (async (req: PayloadRequest, { params }) => {
  const upload = req.payload.collections[params.collection as CollectionSlug]?.config.upload
  if (!upload || upload.disableLocalStorage) return
  const dir = path.resolve(upload.staticDir || params.collection)
  const file = path.resolve(dir, params.filename)
  // Payload refuses a name outside the folder itself, with a 400.
  if (!file.startsWith(dir + path.sep)) return
  const found = await fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  if (found) return
  return Response.json(
    { errors: [{ message: 'Not Found' }] },
    { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
  )
}) as FileHandler
