import * as migration_20261128_181924_initial from './20261128_181924_initial'
import * as migration_20261128_185152_contact_jobs_exports from './20261128_185152_contact_jobs_exports'

export const migrations = [
  {
    up: migration_20261128_181924_initial.up,
    down: migration_20261128_181924_initial.down,
    name: '20261128_181924_initial',
  },
  {
    up: migration_20261128_185152_contact_jobs_exports.up,
    down: migration_20261128_185152_contact_jobs_exports.down,
    name: '20261128_185152_contact_jobs_exports',
  },
]
