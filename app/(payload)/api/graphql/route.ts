/* Payload's GraphQL API, as its templates generate it, with clean answers to a client's mistakes. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { answeringClientErrors, methodNotAllowed } from '@/lib/graphqlErrors'

export const POST = answeringClientErrors(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
export const GET = methodNotAllowed
export const PUT = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
