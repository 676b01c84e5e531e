/**
 * The service worker: keeps the editions a reader saves, and the pages they open, readable
 * without a connection. Bundled into `/sw.js` by `../integration.ts`, which fills in the
 * build id and the text of the offline page.
 *
 * Built on Workbox: its strategies serve requests, and each saved edition is a
 * `PrecacheController` of its own, so a file is downloaded only when its revision changes,
 * the browser checks it against its integrity hash, and a new build's files are added
 * beside the old ones and the old ones removed only when the new worker takes over. What
 * Workbox does not do is precache on demand: saving starts when the reader asks (a
 * message from the page), not when the worker installs.
 *
 * One build, one worker: it serves only its own build's saved files and visited pages. A
 * new build's worker brings every saved edition up to date while it installs (if it
 * cannot, it does not install, and the old one goes on serving its consistent copy), then
 * takes over and deletes what the old one kept.
 */
import { PrecacheController } from 'workbox-precaching/PrecacheController.js';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';

import {
  manifestUrl,
  type EditionManifest,
  type OfflineFile,
  type OfflinePageText,
  type PageMessage,
  type SavedEdition,
  type WorkerMessage,
} from '../protocol.ts';

declare const self: ServiceWorkerGlobalScope;
/** Filled in by the build (see `../integration.ts`). */
declare const __BUILD__: string;
declare const __OFFLINE_PAGES__: Record<string, OfflinePageText>;

const BUILD = __BUILD__;
// Named once: the build writes the value in wherever the name is used.
const OFFLINE_PAGES = __OFFLINE_PAGES__;
/** Pages and files the reader opened, kept for this build only. */
const VISITED = `manual-visited-${BUILD}`;
/** How many visited files are kept; the oldest go first. */
const VISITED_LIMIT = 400;
/** Where the list of saved editions is kept, one entry per build. */
const STATE = 'manual-offline-state';
const stateKey = (build: string) => `/offline/state-${build}.json`;
/** How long a page waits for the network before the copy on the device is shown. */
const NETWORK_TIMEOUT_SECONDS = 4;

interface Kept extends SavedEdition {
  files: OfflineFile[];
}
type State = Record<string, Kept>;

// ----- Saved editions ------------------------------------------------------------------

/**
 * Each edition's cache, the same from build to build: Workbox keeps a file's revisions apart
 * by adding the revision to its key.
 */
const cacheNameOf = (edition: string) => `manual-edition-${edition}`;

async function readState(build = BUILD): Promise<State> {
  const response = await (await caches.open(STATE)).match(stateKey(build));
  return response ? ((await response.json()) as State) : {};
}

async function writeState(state: State, build = BUILD): Promise<void> {
  const body = JSON.stringify(state);
  await (
    await caches.open(STATE)
  ).put(stateKey(build), new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

/** The saved editions this worker serves, with their controllers; reloaded when the list changes. */
let saved: Promise<Map<string, { kept: Kept; controller: PrecacheController }>> = load();

async function load() {
  const state = await readState();
  return new Map(
    Object.values(state).map((kept) => [
      kept.edition,
      { kept, controller: editionController(kept.edition, kept.files) },
    ]),
  );
}

function editionController(edition: string, files: OfflineFile[], plugins: WorkboxPlugin[] = []) {
  // Outside the install event, Workbox's precaching fetches a missing file only with
  // `fallbackToNetwork`. Requests are served by `fromSaved`, never through this strategy.
  const controller = new PrecacheController({
    cacheName: cacheNameOf(edition),
    plugins,
    fallbackToNetwork: true,
  });
  controller.addToCacheList(files.map(({ url, revision, integrity }) => ({ url, revision, integrity })));
  return controller;
}

/**
 * Downloads the files of a controller's list that its cache does not hold yet, a few at a
 * time. Workbox's `install()` does the same one file at a time, and outside an install
 * event would not keep them: its strategy keeps a file fetched then only when it is given
 * the file's integrity hash, which `install()` does not pass on.
 */
async function download(controller: PrecacheController, files: OfflineFile[], event: ExtendableEvent) {
  const queue = [...files];
  const next = async (): Promise<void> => {
    const file = queue.shift();
    if (!file) return;
    const cacheKey = controller.getCacheKeyForURL(file.url);
    const request = new Request(file.url, {
      integrity: file.integrity,
      cache: 'reload',
      credentials: 'same-origin',
    });
    const [, done] = controller.strategy.handleAll({
      request,
      event,
      params: { cacheKey, integrity: file.integrity },
    });
    await done;
    await next();
  };
  // Four at a time: a phone on a poor connection shares it with the reader.
  await Promise.all([next(), next(), next(), next()]);
}

/** The file a saved edition keeps for a request, if any. */
async function fromSaved(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  for (const { controller } of (await saved).values()) {
    const response = await controller.matchPrecache(url.href);
    if (response) return response;
    // `/en/about` is served as `/en/about/` online (a redirect); offline too.
    if (!url.pathname.endsWith('/') && !url.pathname.split('/').pop()?.includes('.')) {
      const withSlash = `${url.href}/`;
      if (controller.getCacheKeyForURL(withSlash)) return Response.redirect(withSlash, 301);
    }
  }
  return undefined;
}

async function fetchManifest(edition: string): Promise<EditionManifest> {
  const response = await fetch(manifestUrl(edition), { cache: 'no-store' });
  if (!response.ok) throw new Error(`${manifestUrl(edition)}: ${response.status}`);
  return (await response.json()) as EditionManifest;
}

const filesOf = (manifest: EditionManifest, withPdfs: boolean) => [
  ...manifest.pages,
  ...(withPdfs ? manifest.pdfs : []),
];
const bytesOf = (files: OfflineFile[]) => files.reduce((sum, file) => sum + file.bytes, 0);

/** Editions being saved now: files done and in all. */
const saving = new Map<string, { done: number; total: number }>();

/**
 * Downloads an edition's files into its cache. Files already there at the same revision
 * are kept, so pressing Save again after a lost connection goes on where it stopped.
 */
async function save(edition: string, withPdfs: boolean, event: ExtendableEvent): Promise<void> {
  if (saving.has(edition)) return;
  const progress = { done: 0, total: 0 };
  saving.set(edition, progress);
  let lastReport = 0;
  const counter: WorkboxPlugin = {
    handlerDidComplete: async () => {
      progress.done += 1;
      if (Date.now() - lastReport > 300) {
        lastReport = Date.now();
        await broadcast(await status());
      }
    },
  };
  try {
    const manifest = await fetchManifest(edition);
    if (manifest.build !== BUILD) {
      // The site has a newer build than this worker: saving now would mix two builds.
      await self.registration.update();
      await broadcast({ type: 'failed', edition, reason: 'outdated' });
      return;
    }
    const files = filesOf(manifest, withPdfs);
    progress.total = files.length;
    await broadcast(await status());
    const controller = editionController(edition, files, [counter]);
    await download(controller, files, event);
    await complete(controller, files);
    await controller.activate(event);
    const state = await readState();
    const now = Date.now();
    state[edition] = {
      edition,
      build: BUILD,
      savedAt: now,
      updatedAt: now,
      withPdfs,
      bytes: bytesOf(files),
      files,
    };
    await writeState(state);
    saved = load();
  } catch (error) {
    // For whoever looks at the worker's console; the reader is told in their language.
    console.warn(`Saving the ${edition} edition stopped:`, error);
    await broadcast({ type: 'failed', edition, reason: 'network' });
  } finally {
    saving.delete(edition);
    await broadcast(await status());
  }
}

/**
 * Fails unless every file is in the cache: Workbox skips a file whose response it may not
 * keep (an error status) without failing, and a saved edition must be whole.
 */
async function complete(controller: PrecacheController, files: OfflineFile[]): Promise<void> {
  const cache = await caches.open(controller.strategy.cacheName);
  const keys = new Set((await cache.keys()).map((request) => request.url));
  const missing = files.filter(({ url }) => !keys.has(controller.getCacheKeyForURL(url) ?? ''));
  if (missing.length > 0)
    throw new Error(`${missing.length} files not saved, such as ${missing[0]?.url ?? ''}`);
}

async function remove(edition: string): Promise<void> {
  const entry = (await saved).get(edition);
  const state = await readState();
  await writeState(Object.fromEntries(Object.entries(state).filter(([code]) => code !== edition)));
  saved = load();
  await caches.delete(entry?.controller.strategy.cacheName ?? cacheNameOf(edition));
  await broadcast(await status());
}

async function status(): Promise<WorkerMessage> {
  return {
    type: 'status',
    build: BUILD,
    saved: [...(await saved).values()].map(({ kept }) => ({
      edition: kept.edition,
      build: kept.build,
      savedAt: kept.savedAt,
      updatedAt: kept.updatedAt,
      withPdfs: kept.withPdfs,
      bytes: kept.bytes,
    })),
    saving: [...saving].map(([edition, { done, total }]) => ({ edition, done, total })),
  };
}

async function broadcast(message: WorkerMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
    client.postMessage(message);
}

// ----- A new build ---------------------------------------------------------------------

/** The list of saved editions another build's worker kept, and that build's id. */
async function previousState(): Promise<{ build: string; state: State } | undefined> {
  const cache = await caches.open(STATE);
  for (const request of await cache.keys()) {
    const build = /state-([^/]+)\.json$/.exec(new URL(request.url).pathname)?.[1];
    if (build && build !== BUILD) return { build, state: await readState(build) };
  }
  return undefined;
}

/**
 * Brings every saved edition to this build while the worker installs. A file whose
 * revision did not change is kept, so an update downloads only what changed.
 */
async function updateSaved(event: ExtendableEvent): Promise<void> {
  const previous = await previousState();
  if (!previous) return;
  const next: State = {};
  for (const kept of Object.values(previous.state)) {
    const manifest = await fetchManifest(kept.edition);
    const files = filesOf(manifest, kept.withPdfs);
    const controller = editionController(kept.edition, files);
    await download(controller, files, event);
    await complete(controller, files);
    next[kept.edition] = { ...kept, build: BUILD, updatedAt: Date.now(), bytes: bytesOf(files), files };
  }
  await writeState(next);
  // Pages asking before this worker takes over hear of the editions it will serve.
  saved = load();
  await copyVisited(previous.build);
}

/**
 * Keeps the page a reader opened before the worker was there, and the files it loaded:
 * the first page of a first visit is then readable offline too.
 */
async function keepVisited(urls: string[]): Promise<void> {
  const cache = await caches.open(VISITED);
  for (const url of urls) {
    if (new URL(url).origin !== self.location.origin || (await cache.match(url))) continue;
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok && !response.redirected) await cache.put(url, response);
  }
}

/** The pages the reader opened under the old build, fetched again from this one. */
async function copyVisited(build: string): Promise<void> {
  const old = await caches.open(`manual-visited-${build}`);
  const fresh = await caches.open(VISITED);
  const requests = await old.keys();
  const fetchOne = async (request: Request) => {
    const response = await fetch(request.url, { cache: 'reload' }).catch(() => undefined);
    if (response?.ok && !response.redirected) await fresh.put(request.url, response);
  };
  for (let start = 0; start < requests.length; start += 4)
    await Promise.all(requests.slice(start, start + 4).map(fetchOne));
}

self.addEventListener('install', (event) => {
  event.waitUntil(updateSaved(event).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      saved = load();
      // Files of older builds leave each saved edition's cache only now, when this
      // worker takes over from the one that served them.
      for (const { controller } of (await saved).values()) await controller.activate(event);
      // Old builds' visited pages, and what an unfinished save left of an edition that
      // is not saved, go too.
      const editions = new Set([...(await saved).keys()].map(cacheNameOf));
      for (const name of await caches.keys()) {
        const oldVisits = name.startsWith('manual-visited-') && name !== VISITED;
        const unsaved = name.startsWith(cacheNameOf('')) && !editions.has(name);
        if (oldVisits || unsaved) await caches.delete(name);
      }
      const states = await caches.open(STATE);
      for (const request of await states.keys()) {
        if (!request.url.endsWith(stateKey(BUILD))) await states.delete(request);
      }
      await self.clients.claim();
      await broadcast(await status());
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data as PageMessage;
  if (message.type === 'status') event.waitUntil(status().then(broadcast));
  if (message.type === 'save') event.waitUntil(save(message.edition, message.withPdfs, event));
  if (message.type === 'remove') event.waitUntil(remove(message.edition));
  if (message.type === 'visited') event.waitUntil(keepVisited(message.urls));
});

// ----- Serving -------------------------------------------------------------------------

/** Keeps the visited cache to its limit, dropping the oldest entries. */
const visitedLimit: WorkboxPlugin = {
  cacheDidUpdate: async ({ cacheName }) => {
    const cache = await caches.open(cacheName);
    const keys = await cache.keys();
    for (const request of keys.slice(0, Math.max(0, keys.length - VISITED_LIMIT)))
      await cache.delete(request);
  },
};

// Pages: the network first, for the newest text; the copy on the device when the network
// fails or is too slow. Queries (the catalogue's filters) do not change a static page.
const pages = new NetworkFirst({
  cacheName: VISITED,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [visitedLimit],
  matchOptions: { ignoreSearch: true },
});
// Astro's files have their content's hash in their names: a copy is never out of date.
const hashedFiles = new CacheFirst({ cacheName: VISITED, plugins: [visitedLimit] });
// Everything else (the search index's entry file, the icon): as pages.
const otherFiles = pages;

/**
 * Serves a request of the site: a saved edition's file, or by the strategies above; a page
 * that is neither gets the offline page. (One rule for every request: Workbox's router
 * would add weight to the worker every reader downloads, and nothing to route.)
 */
async function serve(event: FetchEvent, url: URL): Promise<Response> {
  const { request } = event;
  try {
    const kept = await fromSaved(request);
    if (kept) return kept;
    if (request.mode === 'navigate') return await pages.handle(event);
    if (url.pathname.startsWith('/_astro/')) return await hashedFiles.handle(event);
    return await otherFiles.handle(event);
  } catch (error) {
    if (request.mode === 'navigate') return offlinePage(url);
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin === self.location.origin && event.request.method === 'GET')
    event.respondWith(serve(event, url));
});

/** The page shown for a page that is neither saved nor opened before, in its edition's language. */
function offlinePage(url: URL): Response {
  const escape = (value: string) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  const edition = url.pathname.split('/')[1] ?? '';
  const text = OFFLINE_PAGES[edition] ?? OFFLINE_PAGES['en'];
  if (!text) return Response.error();
  const home = OFFLINE_PAGES[edition] ? `/${edition}/` : '/';
  const html = `<!doctype html>
<html lang="${text.lang}" dir="${text.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="color-scheme" content="light dark">
<title>${escape(text.title)}</title>
</head>
<body>
<main>
<h1>${escape(text.title)}</h1>
<p>${escape(text.text)}</p>
<p><a href="${home}">${escape(text.home)}</a></p>
</main>
</body>
</html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
