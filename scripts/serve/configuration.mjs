// The whole configuration, checked before the server builds anything: its own settings
// (./settings.mjs) and every rule the app applies (lib/envSchema.mjs), on the environment Next
// will run with (the `.env` files loaded as Next loads them, NODE_ENV production: the build is
// one). A bad setting then stops the process with every reason at once, before it listens,
// instead of a server whose prerendered pages answer 200 while everything that needs Payload
// answers 500.
import nextEnv from '@next/env'

import { checkEnv } from '../../lib/envSchema.mjs'

import { serverSettings } from './settings.mjs'

/**
 * @param {string} dir the app's directory (where `.env` files are)
 * @returns {{ settings: ReturnType<typeof serverSettings>, env: ReturnType<typeof checkEnv> }}
 */
export function checkConfiguration(dir) {
  nextEnv.loadEnvConfig(dir, false, { info: () => {}, error: console.error })
  const problems = []
  let settings
  let env
  try {
    settings = serverSettings(process.env)
  } catch (error) {
    problems.push(error.message)
  }
  try {
    env = checkEnv({ ...process.env, NODE_ENV: 'production' })
  } catch (error) {
    problems.push(error.message)
  }
  if (problems.length) throw new Error(problems.join('\n'))
  return { settings, env }
}
