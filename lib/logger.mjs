// One JSON line per event on stdout (pino), shared by `npm start`'s server (its request lines)
// and Payload (its `logger`), so an operator's collector reads one format. The logger lives on
// globalThis: the server and the app bundled by Next load this module as two copies, and both
// must write through one stream in order.
//
// No personal data from contact messages in any line: request lines carry the path without its
// query, and errors pass through `safeError`, which drops what a failed query quotes (Drizzle's
// "params: …" lists the values it tried to store) and the fields a message has.
import pino from 'pino'

const KEY = Symbol.for('heroes.logger')
// Request lines held back before they go to the stream, and the stream's largest write (so a
// batch leaves in one write, not four).
const HELD_MAX = 64 * 1024

// Keys that carry what a visitor or staff typed, wherever they appear in a logged object.
// (`message` is not among them: it names error messages too, which `safeError` cleans.)
const PERSONAL = ['email', 'name', 'organisation', 'password', 'data', 'body']
const CREDENTIALS = ['cookie', 'authorization', 'x-metrics-token']

/**
 * @param {string} text
 */
const withoutParams = (text) => text.replace(/params:[\s\S]*/i, 'params: [redacted]')

/**
 * An error as a log field: type, code and message, with a failed query's values cut off.
 * @param {unknown} error
 */
export function safeError(error) {
  if (!(error instanceof Error)) return { message: withoutParams(String(error)) }
  const err = /** @type {Error & { code?: unknown, cause?: unknown }} */ (error)
  return {
    type: err.name,
    ...(err.code !== undefined ? { code: String(err.code) } : {}),
    message: withoutParams(err.message),
    stack: err.stack ? withoutParams(err.stack) : undefined,
    ...(err.cause ? { cause: safeError(err.cause) } : {}),
  }
}

/**
 * The format of every line: level by name, ISO time, pid.
 * @param {string | undefined} level
 * @returns {import('pino').LoggerOptions}
 */
export function lineOptions(level) {
  return {
    level: level ?? 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  }
}

/**
 * pino's options for lines whose content the server does not control (Payload's, errors).
 * @param {string | undefined} level
 * @returns {import('pino').LoggerOptions}
 */
export function loggerOptions(level) {
  return {
    ...lineOptions(level),
    serializers: { err: safeError, error: safeError },
    // An Error logged on its own becomes its message too, and a `msg` may quote a failed query:
    // both are cleaned like `safeError` cleans the error.
    hooks: {
      logMethod(args, method) {
        const [first, ...rest] = args
        if (first instanceof Error)
          return method.call(this, { err: first }, withoutParams(String(rest[0] ?? first.message)))
        if (first && typeof first === 'object' && typeof first.msg === 'string')
          args[0] = { ...first, msg: withoutParams(first.msg) }
        if (typeof args[0] === 'string') args[0] = withoutParams(args[0])
        if (typeof args[1] === 'string') args[1] = withoutParams(args[1])
        return method.apply(this, args)
      },
    },
    redact: {
      paths: [
        ...PERSONAL.flatMap((key) => [`*.${key}`, `*.*.${key}`]),
        ...CREDENTIALS.flatMap((key) => [`headers.${key}`, `*.headers["${key}"]`]),
      ],
      censor: '[redacted]',
    },
  }
}

/**
 * The process's logger, made on first use. Writes asynchronously, at most a second late;
 * `flushLogs` before exiting on purpose (pino flushes on a normal exit too).
 * @returns {import('pino').Logger}
 */
export function logger() {
  return shared().logger
}

/**
 * Where the server's request lines go (scripts/serve/requests.mjs): the same stream as every
 * other line, written as whole lines of the same format (level, time, pid, fields, msg) by the
 * server itself, in batches; `enabled` is false when LOG_LEVEL is above info. They are handed
 * to the stream 64 kB at a time (or with the once-a-second flush): the stream measures the UTF-8
 * length of the text it holds on every write, which for a write per loop turn cost a cached page
 * answered from the server's copy a tenth of its CPU, and each of its writes is a round trip
 * through libuv's thread pool (8 kB batches: 5.3 µs a line formatted and written to /dev/null,
 * 64 kB: 4.2). So a request line may follow a later Payload line by up to a second; each carries
 * its own time.
 * @returns {{ enabled: boolean, pid: number, write: (text: string) => void }}
 */
export function requestLineSink() {
  const state = shared()
  return {
    enabled: state.logger.isLevelEnabled('info'),
    pid: process.pid,
    write: (text) => {
      state.held += text
      if (state.held.length >= HELD_MAX) release(state)
    },
  }
}

/** The request lines held back, to the stream. */
function release(state) {
  if (!state.held) return
  const text = state.held
  state.held = ''
  state.stream.write(text)
}

/** Writes what is still buffered, before the process exits on its own. */
export function flushLogs() {
  try {
    release(shared())
    shared().stream.flushSync()
  } catch {
    // Not open yet (nothing written): nothing to flush.
  }
}

function shared() {
  const slot =
    /** @type {Record<symbol, { logger: import('pino').Logger, stream: any, held: string }>} */ (
      globalThis
    )
  if (!slot[KEY]) {
    // Lines leave in writes of 8 kB (request lines: 64 kB) or once a second, whichever comes
    // first: a write per line cost a cached page 10-15 µs of CPU more
    // (bench/request-tracking.mjs).
    const stream = pino.destination({
      dest: 1,
      sync: false,
      minLength: 8192,
      maxWrite: 2 * HELD_MAX,
    })
    setInterval(() => {
      try {
        release(slot[KEY])
        stream.flush()
      } catch {
        // Closed at exit: nothing left to write.
      }
    }, 1000).unref()
    const level = process.env.LOG_LEVEL || undefined
    slot[KEY] = {
      logger: pino(loggerOptions(level), stream),
      stream,
      held: '',
    }
    // After pino's own flush at exit, which does not know of the held lines.
    process.once('exit', () => {
      try {
        release(slot[KEY])
        stream.flushSync()
      } catch {
        // Closed already: nothing left to write.
      }
    })
  }
  return slot[KEY]
}
