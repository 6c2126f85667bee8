// `npm run dev`: the portal on the embedded SQLite default, seeded on first start.
import { spawn } from 'node:child_process'

const port = process.env.PORT ?? '3000'
console.log(
  [
    '',
    `HEROES portal: http://localhost:${port}/en`,
    `Admin:         http://localhost:${port}/admin`,
    '  First visit: create the first account on the admin screen; it becomes an admin.',
    `Database:      ${process.env.DATABASE_URI ?? 'file:./data/heroes.db (embedded SQLite, seeded on first start)'}`,
    '',
  ].join('\n'),
)
const child = spawn('npx', ['next', 'dev', '--port', port], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
