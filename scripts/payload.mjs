// Runs Payload's CLI under tsx. Without a terminal on stdin (CI, pipes) some of its commands
// await work that holds no handle open, so Node exits early with status 0 or 13 having done
// nothing; a timer keeps the process alive until the CLI exits by itself.
const keepAlive = setInterval(() => {}, 1_000)
try {
  const { bin } = await import('../node_modules/payload/dist/bin/index.js')
  await bin()
  clearInterval(keepAlive)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
