/** `npm run seed`: migrates the database, adds whatever seed content is missing, reports counts. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '.'

try {
  const payload = await getPayload({ config })
  const report = await seed(payload)
  for (const [name, { created, existing }] of Object.entries(report)) {
    payload.logger.info(`${name}: ${created} created, ${existing} already there`)
  }
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
