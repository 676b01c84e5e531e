import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
};

/** The rules of a `_headers` file: a path pattern (`*` for any characters) and its headers. */
export function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/**
 * The built site as a static host serves it, for tests that need more than `astro preview`:
 * the headers of `dist/_headers` (as Netlify and Cloudflare Pages apply them, a header set
 * by two rules sent once with both values), text compressed, files replaced by the test (`overrides`, by
 * path), and a host that can be stopped and started again on the same address, as a
 * network that goes away and comes back.
 */
export class StaticHost {
  readonly overrides = new Map<string, string | Buffer>();
  #server: Server | undefined;
  #sockets = new Set<Socket>();
  #port = 0;
  readonly #root: string;
  readonly #rules: ReturnType<typeof parseHeaders>;

  constructor(root: URL) {
    this.#root = fileURLToPath(root);
    const headersFile = join(this.#root, '_headers');
    this.#rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  }

  get origin(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const headers = new Map<string, string>();
      for (const rule of this.#rules) {
        if (!rule.pattern.test(path)) continue;
        for (const [name, value] of rule.headers) {
          const key = name.toLowerCase();
          headers.set(key, headers.has(key) ? `${headers.get(key) ?? ''}, ${value}` : value);
        }
      }
      const body = this.#read(path);
      if (body === undefined) {
        response.writeHead(404, { 'content-type': TYPES['.html'] ?? '' }).end(this.#read('/404.html') ?? '');
        return;
      }
      const file = path.endsWith('/') ? 'index.html' : path;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      headers.set('content-type', type);
      // Compressed as hosts send text, so what a test or the bench measures is what travels.
      if (/gzip/.test(String(request.headers['accept-encoding'])) && /text|json|svg|xml/.test(type)) {
        headers.set('content-encoding', 'gzip');
        response.writeHead(200, Object.fromEntries(headers)).end(gzipSync(body));
        return;
      }
      response.writeHead(200, Object.fromEntries(headers)).end(body);
    });
    server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(this.#port, '127.0.0.1', resolve));
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  /** Stops answering at once, open connections included: the network is gone. */
  async stop(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    const server = this.#server;
    if (server) await new Promise((resolve) => server.close(resolve));
    this.#server = undefined;
  }

  #read(path: string): string | Buffer | undefined {
    const override = this.overrides.get(path);
    if (override !== undefined) return override;
    const file = normalize(
      join(this.#root, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : ''),
    );
    if (!file.startsWith(this.#root) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return readFileSync(file);
  }
}
