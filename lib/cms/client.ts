import config from '@payload-config'
import { getPayload } from 'payload'

/** The one way the site reaches Payload; everything else goes through the functions in lib/cms. */
export const payloadClient = () => getPayload({ config })
