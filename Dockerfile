# syntax=docker/dockerfile:1
# The portal as one small image: `docker build -t heroes-portal .` Only the npm registry is
# reached while building. The server is Next's standalone output (no npm, no dev dependencies).
# Settings come from the environment at run time (see .env.example); nothing secret is baked in.
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# `next build` prerenders pages from a database: a throwaway SQLite file with the seed content,
# used only here. Its pages are dropped afterwards (standalone.mjs --drop-prerendered), so the
# running portal renders each page from its own database on first request, then caches it.
# The secret below only lets this build start Payload; the image never uses it.
RUN DATABASE_URI=file:/tmp/build/heroes.db \
    PAYLOAD_SECRET=image-build-only-not-used-at-run-time-0000 \
    NEXT_PUBLIC_SERVER_URL=http://localhost:3000 \
    sh -c 'npm run seed && npx next build && node scripts/standalone.mjs --drop-prerendered' \
  && mv .next/standalone/.next /app/standalone-next

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 HOSTNAME=0.0.0.0 \
    DATABASE_URI=file:/app/data/heroes.db
RUN groupadd --system --gid 1001 heroes \
  && useradd --system --uid 1001 --gid heroes --no-create-home --shell /usr/sbin/nologin heroes \
  && mkdir -p /app/data/media /app/exports /app/imports \
  && chown -R heroes:heroes /app/data /app/exports /app/imports
# Code is root's and read-only to the server; it writes only .next (page cache), data/ and the
# import-export plugin's CSV folders (all on S3 instead when S3_BUCKET is set).
COPY --from=build /app/.next/standalone ./
COPY --from=build --chown=heroes:heroes /app/standalone-next ./.next
USER heroes
EXPOSE 3000
# SQLite database and local media (without S3); MongoDB deployments keep only media here.
VOLUME ["/app/data", "/app/exports"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.mjs"]
