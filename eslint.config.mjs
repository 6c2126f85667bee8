import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'bench/minimal/.next/**',
      '.bench/**',
      'node_modules/**',
      'data/**',
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'migrations/*.ts',
      'next-env.d.ts',
    ],
  },
]

export default config
