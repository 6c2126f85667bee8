import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { startPayload } from '../helpers/payload'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('auth'))
}, 120_000)
afterAll(() => stop?.())

const password = 'correct-horse-battery-staple'
const login = (email: string, attempt: string) =>
  payload.login({ collection: 'users', data: { email, password: attempt } })

describe('staff sign-in', () => {
  it('refuses passwords shorter than 12 characters', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'short@example.eu', password: 'tooshort', roles: ['editor'] } as never,
      }),
    ).rejects.toThrow(/password/i)
    expect(
      (
        await payload.count({
          collection: 'users',
          where: { email: { equals: 'short@example.eu' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('locks an account after five wrong passwords, even against the right one', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'target@example.eu', password, roles: ['editor'] } as never,
    })
    expect((await login('target@example.eu', password)).token).toBeTruthy()
    for (let i = 0; i < 5; i++)
      await expect(login('target@example.eu', `wrong-password-${i}`)).rejects.toThrow()
    await expect(login('target@example.eu', password)).rejects.toThrow(/locked/i)
  })

  it('issues sessions that expire within a working day', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'session@example.eu', password, roles: ['reviewer'] } as never,
    })
    const { exp } = await login('session@example.eu', password)
    const hours = ((exp ?? 0) * 1000 - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(7.9)
    expect(hours).toBeLessThanOrEqual(8)
  })

  it('lets only admins lift a lock', async () => {
    const staff = async (email: string, roles: string[]) => {
      const doc = await payload.create({
        collection: 'users',
        data: { email, password, roles } as never,
      })
      return { ...doc, collection: 'users' as const }
    }
    const admin = await staff('unlock-admin@example.eu', ['admin'])
    const editor = await staff('unlock-editor@example.eu', ['editor'])
    const reviewer = await staff('unlock-reviewer@example.eu', ['reviewer'])
    await staff('locked-out@example.eu', ['editor'])
    await lockOut('locked-out@example.eu')
    const unlockAs = (user: typeof admin | null) =>
      payload.unlock({
        collection: 'users',
        data: { email: 'locked-out@example.eu' } as never,
        overrideAccess: false,
        req: { user: user as never },
      })
    for (const user of [editor, reviewer, null])
      await expect(unlockAs(user)).rejects.toThrow(/not allowed/i)
    await expect(login('locked-out@example.eu', password)).rejects.toThrow(/locked/i)
    expect(await unlockAs(admin)).toBe(true)
    expect((await login('locked-out@example.eu', password)).token).toBeTruthy()
  })

  it('keeps an account locked for ten minutes, then lets the right password in', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'ten-minutes@example.eu', password, roles: ['editor'] } as never,
    })
    const before = Date.now()
    await lockOut('ten-minutes@example.eu')
    const after = Date.now()
    // Payload stores the lock's end and compares it with Date.now() at each sign-in
    // (auth/isUserLocked.js): the lock's length is what it stored, its end what the clock says.
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'ten-minutes@example.eu' } },
      showHiddenFields: true,
    })
    const lockUntil = Date.parse(String((docs[0] as { lockUntil?: string }).lockUntil))
    expect(lockUntil).toBeGreaterThanOrEqual(before + 10 * 60_000)
    expect(lockUntil).toBeLessThanOrEqual(after + 10 * 60_000)
    const lockedAt = lockUntil - 10 * 60_000
    const clock = jest.spyOn(Date, 'now')
    try {
      clock.mockReturnValue(lockedAt + 9 * 60_000 + 59_000)
      await expect(login('ten-minutes@example.eu', password)).rejects.toThrow(/locked/i)
      clock.mockReturnValue(lockedAt + 10 * 60_000 + 1_000)
      expect((await login('ten-minutes@example.eu', password)).token).toBeTruthy()
    } finally {
      clock.mockRestore()
    }
  })
})

/** Five wrong passwords; the sixth attempt, with the right one, proves the lock. */
async function lockOut(email: string) {
  for (let i = 0; i < 5; i++) await expect(login(email, `wrong-password-${i}`)).rejects.toThrow()
  await expect(login(email, password)).rejects.toThrow(/locked/i)
}
