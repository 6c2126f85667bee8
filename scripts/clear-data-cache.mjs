// Next keeps `unstable_cache` entries in .next/cache/fetch-cache across builds, keyed by query,
// not by the database's content. A build must read the database as it is now (after a seed, a
// restore or edits made while no server ran), so the data cache is dropped before every build.
import fs from 'node:fs'

fs.rmSync('.next/cache/fetch-cache', { recursive: true, force: true })
