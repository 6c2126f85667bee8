// Payload's CLI: `node scripts/ts.mjs scripts/payload.mjs <command>` (npm run payload -- …).
const { bin } = await import('../node_modules/payload/dist/bin/index.js')
await bin()
