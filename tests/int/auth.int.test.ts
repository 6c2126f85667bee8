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
})
