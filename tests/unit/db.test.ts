import path from 'node:path'

import { chooseDatabase } from '@/lib/db'

describe('database selection from DATABASE_URI', () => {
  it('defaults to the embedded SQLite file', () => {
    for (const uri of [undefined, '', '  ']) {
      expect(chooseDatabase(uri)).toEqual({
        kind: 'sqlite',
        file: path.resolve('data/heroes.db'),
        url: `file:${path.resolve('data/heroes.db')}`,
      })
    }
  })

  it('uses SQLite for a file: URI, relative or absolute', () => {
    expect(chooseDatabase('file:./tmp/x.db')).toMatchObject({
      kind: 'sqlite',
      file: path.resolve('tmp/x.db'),
    })
    expect(chooseDatabase('file:/var/heroes.db')).toMatchObject({
      kind: 'sqlite',
      file: '/var/heroes.db',
    })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(chooseDatabase('mongodb://127.0.0.1:27017/heroes')).toEqual({
      kind: 'mongodb',
      url: 'mongodb://127.0.0.1:27017/heroes',
    })
    expect(chooseDatabase('mongodb+srv://u:p@cluster.example/heroes').kind).toBe('mongodb')
  })

  it('refuses any other scheme, naming the variable and never the credentials', () => {
    const uri = 'postgres://admin:hunter2@db.example/heroes'
    expect(() => chooseDatabase(uri)).toThrow(/DATABASE_URI/)
    expect(() => chooseDatabase(uri)).not.toThrow(/hunter2/)
    expect(() => chooseDatabase('ftp://x')).toThrow(/"ftp:"/)
    expect(() => chooseDatabase('heroes.db')).toThrow(/DATABASE_URI/)
  })
})
