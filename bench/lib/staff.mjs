// A staff account for the benchmark's writes: the first user of a fresh database (an admin).
const json = (origin) => ({ 'content-type': 'application/json', origin })

export async function staffToken(base, { email, password }) {
  const origin = new URL(base).origin
  // Registers the first user on a fresh database; on an existing one this fails and we log in.
  await fetch(new URL('/api/users/first-register', base), {
    method: 'POST',
    headers: json(origin),
    body: JSON.stringify({ email, password, name: 'Benchmark' }),
  })
  const login = await fetch(new URL('/api/users/login', base), {
    method: 'POST',
    headers: json(origin),
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`)
  const { token } = await login.json()
  return { ...json(origin), authorization: `JWT ${token}` }
}
