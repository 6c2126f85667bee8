/** `npm run seed`: adds whatever seed content is missing, then prints what it found. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '.'

const payload = await getPayload({ config })
const report = await seed(payload)
for (const [name, { created, existing }] of Object.entries(report)) {
  payload.logger.info(`${name}: ${created} created, ${existing} already there`)
}
await payload.destroy()
process.exit(0)
