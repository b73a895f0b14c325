/**
 * The built site as a city's own server would serve it: Debian's nginx with the shipped
 * configuration (scripts/deploy/nginx.conf), on a loopback port, pointing at `dist/`. Checks the
 * headers that configuration promises (cache, precompressed encodings, MIME types, the 404 page)
 * and drives pages and a search through it in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { DIST } from '../helpers/built-site.ts';
import { PROJECT_ROOT } from '../helpers/fixture-build.ts';

const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/share/nginx/modules/ngx_http_brotli_static_module.so';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

/** The shipped server block, moved to a loopback port and `dist/`, inside a minimal main config. */
function nginxConfig(work: string, port: number): string {
  const site = readFileSync(join(PROJECT_ROOT, 'scripts', 'deploy', 'nginx.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${DIST};`);
  return [
    `load_module ${BROTLI_MODULE};`,
    // Workers run as the tester, not nginx's default `nobody`, who may not enter a private checkout
    // (a fresh clone in a 0700 temporary folder). Ignored with a warning when not started as root.
    `user ${userInfo().username};`,
    `pid ${join(work, 'nginx.pid')};`,
    `error_log ${join(work, 'error.log')} warn;`,
    'daemon on;',
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log off;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${join(work, kind)};`,
    ),
    site,
    '}',
  ].join('\n');
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

let work: string;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx is missing: .ci/run installs it (apt-get install nginx).');
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  work = mkdtempSync(join(tmpdir(), 'xiangxian-nginx-'));
  const port = await freePort();
  const config = join(work, 'nginx.conf');
  writeFileSync(config, nginxConfig(work, port));
  const started = spawnSync(NGINX, ['-e', join(work, 'error.log'), '-p', work, '-c', config], {
    encoding: 'utf8',
  });
  if (started.status !== 0) throw new Error(`nginx did not start:\n${started.stderr}`);
  origin = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  if (work) {
    spawnSync(NGINX, [
      '-e',
      join(work, 'error.log'),
      '-p',
      work,
      '-c',
      join(work, 'nginx.conf'),
      '-s',
      'stop',
    ]);
    rmSync(work, { recursive: true, force: true });
  }
});

/** A hashed asset Astro wrote, taken from the home page's stylesheet link. */
function hashedStylesheet(): string {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const href = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error('the home page links no stylesheet under /_astro/');
  return href;
}

function pagefindFile(pattern: RegExp): string {
  const name = readdirSync(join(DIST, 'pagefind'), { recursive: true, encoding: 'utf8' }).find((file) =>
    pattern.test(file),
  );
  if (!name) throw new Error(`no file like ${String(pattern)} in dist/pagefind/`);
  return `/pagefind/${name}`;
}

describe('headers from the shipped nginx configuration', () => {
  it.each([
    { what: 'an HTML page', path: '/', type: 'text/html; charset=utf-8', cache: 'no-cache' },
    {
      what: 'a hashed stylesheet',
      path: 'STYLESHEET',
      type: 'text/css; charset=utf-8',
      cache: 'public, max-age=31536000, immutable',
    },
    {
      what: 'a Pagefind index fragment',
      path: 'PF_META',
      type: 'application/octet-stream',
      cache: 'public, max-age=31536000, immutable',
    },
    {
      what: "Pagefind's WebAssembly",
      path: 'PF_WASM',
      type: 'application/octet-stream',
      cache: 'public, max-age=86400',
    },
    {
      what: 'the Pagefind entry file',
      path: '/pagefind/pagefind-entry.json',
      type: 'application/json; charset=utf-8',
      cache: 'no-cache',
    },
  ])('$what: $type, Cache-Control $cache', async ({ path, type, cache }) => {
    const resolved =
      path === 'STYLESHEET'
        ? hashedStylesheet()
        : path === 'PF_META'
          ? pagefindFile(/\.pf_meta$/)
          : path === 'PF_WASM'
            ? pagefindFile(/^wasm\..*\.pagefind$/)
            : path;
    const reply = await get(`${origin}${resolved}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['cache-control']).toBe(cache);
    // Pagefind's files are compressed by Pagefind itself; the server must not claim an encoding.
    if (resolved.startsWith('/pagefind/') && !resolved.endsWith('.json')) {
      expect(reply.headers['content-encoding']).toBeUndefined();
    }
  });

  it.each([
    { accept: 'br, gzip', encoding: 'br', suffix: '.br' },
    { accept: 'gzip', encoding: 'gzip', suffix: '.gz' },
  ])(
    'sends the precompressed $suffix file to a client that accepts $accept',
    async ({ accept, encoding, suffix }) => {
      const reply = await get(`${origin}/`, { 'accept-encoding': accept });
      expect(reply.headers['content-encoding']).toBe(encoding);
      expect(reply.headers['vary']).toContain('Accept-Encoding');
      expect(reply.body.equals(readFileSync(join(DIST, `index.html${suffix}`)))).toBe(true);
    },
  );

  it('sends plain HTML to a client that accepts no encoding', async () => {
    const reply = await get(`${origin}/`);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString('utf8')).toBe(readFileSync(join(DIST, 'index.html'), 'utf8'));
  });

  it('answers an unknown address with the 404 page and status 404', async () => {
    const reply = await get(`${origin}/no-such-page/`);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.toString('utf8')).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  });

  it('redirects a folder without its slash to the address with one, without host or port', async () => {
    const reply = await get(`${origin}/worthies`);
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/worthies/');
  });
});

describe('reading and searching through nginx', () => {
  it('opens the home page, follows a link to a worthy and shows it', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.goto(`${origin}/worthies/`);
    const first = page.locator('main a[href^="/worthies/"]').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(`${origin}${href ?? ''}`);
    expect(await page.locator('h1').first().textContent()).toBeTruthy();
    await page.close();
  });

  it('finds 项羽 through the search page', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('requestfailed', (failed) => failures.push(failed.url()));
    await page.goto(`${origin}/search/?q=${encodeURIComponent('项羽')}`);
    await page.waitForFunction(() =>
      /找到|没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    const results = await page
      .locator('ol[data-results] h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results).toContain('/worthies/xiang-yu/');
    expect(failures).toEqual([]);
    await page.close();
  });
});
