import fs from 'node:fs'

// Text the benchmark wrote before building (BENCH_MINIMAL_PAGES): per page, plain text cut so
// the prerendered HTML has the byte size of the portal page it stands beside.
const pages = () => JSON.parse(fs.readFileSync(process.env.BENCH_MINIMAL_PAGES, 'utf8'))

export const dynamicParams = false

export function generateStaticParams() {
  return Object.keys(pages()).map((page) => ({ page }))
}

export default async function Page({ params }) {
  const { page } = await params
  return (
    <main>
      <p>{pages()[page]}</p>
    </main>
  )
}
