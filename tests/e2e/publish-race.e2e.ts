import { expect, test } from '@playwright/test'

import { staff } from './fixtures/staff'
import { asStaff, createStaffAccounts } from './helpers'

/**
 * Next's publish race (scripts/serve/renderGuard.mjs): visitors keep a press release's page busy
 * while an editor publishes it twice in quick succession. The first publish sets renders going;
 * the second lands while they run. A render begun before the second would store the first title
 * after the second expired the page and show it until the next publish (7 to 9 rounds in 30
 * before the guard, measured on this machine). Each round, once the second answer is in and the
 * renders it overtook are done, the page must show the second title.
 */
test.beforeAll(createStaffAccounts)

const ROUNDS = 15

test('a publish that lands while the page is rendering is never hidden behind the one before', async ({
  playwright,
  request,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const slug = `publish-race-${stamp}`
  await asStaff(playwright, staff.raceEditor, async (editor) => {
    const created = await editor.post('/api/press-releases?locale=en', {
      data: {
        title: `Publish race ${stamp}`,
        slug,
        summary: 'Published twice in quick succession.',
        publishedAt: new Date().toISOString(),
        _status: 'published',
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { id } = (await created.json()).doc
    const page = `/en/press/${slug}`
    const publish = async (title: string) => {
      const saved = await editor.patch(`/api/press-releases/${id}?locale=en`, {
        data: { title, _status: 'published' },
      })
      expect(saved.status(), await saved.text()).toBe(200)
    }

    let visiting = true
    const visitors = Array.from({ length: 8 }, async () => {
      while (visiting) await (await request.get(page)).body().catch(() => null)
    })
    const hidden: string[] = []
    try {
      for (let round = 0; round < ROUNDS; round++) {
        await publish(`Race first ${stamp}-${round}`)
        await new Promise((resolve) => setTimeout(resolve, 20 + (round % 6) * 20))
        const second = `Race second ${stamp}-${round}`
        await publish(second)
        // Renders begun before the second publish end well within this; a request meeting one
        // still running (a loaded machine) gets its answer, so it is asked once more later.
        // Without the guard the page stays old until the next publish.
        let shown = false
        for (let look = 0; look < 2 && !shown; look++) {
          await new Promise((resolve) => setTimeout(resolve, 1_500))
          shown = (await (await request.get(page)).text()).includes(second)
        }
        if (!shown) hidden.push(second)
      }
    } finally {
      visiting = false
      await Promise.all(visitors)
    }
    expect(hidden).toEqual([])
  })
})
