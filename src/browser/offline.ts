/**
 * Registers the service worker (`src/offline/`) on every page, and shows the "Read without
 * internet" panel where it can work. The panel's own code loads only when a reader opens it.
 */
import { WORKER_URL, type PageMessage } from '../offline/protocol.ts';

/** Sends a message to the worker once one is active. */
export async function tellWorker(message: PageMessage): Promise<void> {
  (await navigator.serviceWorker.ready).active?.postMessage(message);
}

/**
 * Registers the worker. On a first visit the page loaded before the worker existed: once
 * the worker takes over, it is told the page and the files it loaded, so that this page
 * too can be read offline later.
 */
export function registerWorker(): Promise<ServiceWorkerRegistration> | undefined {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return undefined;
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        const page = location.href.split('#')[0] ?? location.href;
        const files = performance.getEntriesByType('resource').map((entry) => entry.name);
        void tellWorker({ type: 'visited', urls: [page, ...files] });
      },
      { once: true },
    );
  }
  const registration = navigator.serviceWorker.register(WORKER_URL, { scope: '/' });
  // Back online: look for a newer build now rather than at the next page opened.
  addEventListener('online', () => void registration.then((found) => found.update()));
  return registration;
}

/** Registers the worker and, where it can run, shows the panel that saves the edition. */
export function startOffline(panel: HTMLDetailsElement | null): void {
  const registration = registerWorker();
  if (!registration || !panel) return;
  panel.hidden = false;
  panel.addEventListener(
    'toggle',
    () => void import('./offline-panel.ts').then(({ showPanel }) => showPanel(panel, registration)),
    { once: true },
  );
}
