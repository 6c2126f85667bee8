/** `npm run seed`: migrates the database, adds whatever seed content is missing, reports counts. */

// Under tsx's loader (Node 20) module loading happens off the main thread; with nothing else
// pending Node may decide the event loop is empty and exit with status 13 before the modules
// arrive. The timer keeps the process alive, so everything else is imported after it.
const keepAlive = setInterval(() => {}, 1_000)
try {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { seed } = await import('.')
  const payload = await getPayload({ config })
  const report = await seed(payload)
  for (const [name, { created, existing }] of Object.entries(report)) {
    payload.logger.info(`${name}: ${created} created, ${existing} already there`)
  }
  await payload.destroy()
  clearInterval(keepAlive)
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

export {}
