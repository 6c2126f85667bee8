// The production setup's reverse-proxy cache, when nginx is installed: one worker in front of
// the portal, caching what the portal's Cache-Control allows (s-maxage, stale-while-revalidate).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { stopGroup } from './servers.mjs'

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'

export function startNginx({ port, upstream, dir }) {
  if (!fs.existsSync(NGINX)) return null
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true })
  const conf = path.join(dir, 'nginx.conf')
  const tmp = path.join(dir, 'tmp')
  fs.writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${tmp}; proxy_temp_path ${tmp}; fastcgi_temp_path ${tmp};
  uwsgi_temp_path ${tmp}; scgi_temp_path ${tmp};
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=pages:10m max_size=500m inactive=10m;
  upstream portal { server ${new URL(upstream).host}; keepalive 16; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache pages;
      # As a CDN would: a response that sets a cookie is not cached (pages set none).
      proxy_cache_lock on;
      proxy_cache_background_update on;
      proxy_cache_use_stale updating error timeout;
      add_header X-Cache $upstream_cache_status;
    }
  }
}
`,
  )
  const child = spawn(NGINX, ['-p', dir, '-c', conf], {
    stdio: ['ignore', fs.openSync(path.join(dir, 'out.log'), 'w'), 'inherit'],
    detached: true,
  })
  return { child, url: `http://127.0.0.1:${port}`, stop: () => stopGroup(child) }
}
