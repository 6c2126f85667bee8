// What every benchmark's portal runs with: a production build on its own SQLite file, and the
// progress lines each step prints.

/**
 * @param {{ dbFile: string, port: number, extra?: Record<string, string> }} options
 */
export function portalEnv({ dbFile, port, extra = {} }) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:${dbFile}`,
    PAYLOAD_SECRET: 'bench-only-secret-bench-only-secret-bench',
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
    ...extra,
  }
}

/** Prints a step's name with the time it starts. */
export const step = (text) =>
  console.log(`\n== ${text} (${new Date().toISOString().slice(11, 19)})`)
