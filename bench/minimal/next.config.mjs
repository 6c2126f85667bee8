// Its own (empty) config: without one, Next would find and load the portal's next.config.ts.
const config = {}
export default config
