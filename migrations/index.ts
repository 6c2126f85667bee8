import * as migration_20261128_181924_initial from './20261128_181924_initial'

export const migrations = [
  {
    up: migration_20261128_181924_initial.up,
    down: migration_20261128_181924_initial.down,
    name: '20261128_181924_initial',
  },
]
