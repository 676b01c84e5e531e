/**
 * The "Read without internet" panel: saves the edition (and, if the reader chooses, its
 * PDFs) through the service worker, and says what is saved, how much space it takes, when
 * it was saved and how to remove it. Loaded by `offline.ts` when the panel is first opened.
 */
import {
  manifestUrl,
  type EditionManifest,
  type SavedEdition,
  type WorkerMessage,
} from '../offline/protocol.ts';
import { fill, formatDay, formatFileSize, listComma } from '../utils/strings.ts';
import { tellWorker } from './offline.ts';

type Strings = Record<string, string>;

/** The day a time falls on where the reader is, as `formatDay` takes it. */
const localDay = (time: number) => {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

export async function showPanel(
  panel: HTMLDetailsElement,
  registration: Promise<ServiceWorkerRegistration>,
): Promise<void> {
  const edition = panel.dataset['offline'] ?? '';
  const lang = panel.dataset['lang'] ?? 'en';
  let strings: Strings = {};
  let names: Strings = {};
  const text = (key: string, values: Record<string, string | number> = {}) =>
    fill(strings[key] ?? key, values);
  const status = panel.querySelector<HTMLElement>('[data-status]');
  const progress = panel.querySelector('progress');
  const progressText = panel.querySelector<HTMLElement>('[data-progress-text]');
  const withPdfs = panel.querySelector<HTMLInputElement>('[data-pdfs]');
  const pdfsLabel = panel.querySelector<HTMLElement>('[data-pdfs-label]');
  const save = panel.querySelector<HTMLButtonElement>('[data-save]');
  const remove = panel.querySelector<HTMLButtonElement>('[data-remove]');
  if (!status || !progress || !progressText || !withPdfs || !pdfsLabel || !save || !remove) return;

  let latest: Extract<WorkerMessage, { type: 'status' }> | undefined;
  /** A message that stays until the next action: a failure, or a removal done. */
  let notice = '';
  let choiceTouched = false;
  let sizes = { pages: 0, pdfs: 0 };

  const render = () => {
    // Nothing to say until the panel's words have come with the list of files.
    if (sizes.pages === 0) return;
    const saved = latest?.saved.find((found) => found.edition === edition);
    const saving = latest?.saving.find((found) => found.edition === edition);
    if (!choiceTouched) withPdfs.checked = saved?.withPdfs ?? false;
    pdfsLabel.textContent = text('withPdfs', { size: formatFileSize(sizes.pdfs, lang) });
    withPdfs.closest('p')?.toggleAttribute('hidden', sizes.pdfs === 0);

    // The count goes beside the bar, not into the status line: a screen reader reads the
    // status line out each time it changes.
    const lines: string[] = [];
    if (notice && !saving) lines.push(notice);
    lines.push(...(saved ? describe(saved) : [text('notSaved')]));
    const others = (latest?.saved ?? []).filter((found) => found.edition !== edition);
    if (others.length > 0) {
      const list = others.map((found) => names[found.edition] ?? found.edition).join(listComma(lang));
      lines.push(text('otherSaved', { editions: list }));
    }
    status.textContent = lines.join(' ');

    progressText.textContent = saving ? text('saving', { done: saving.done, total: saving.total }) : '';
    progress.closest('div')?.toggleAttribute('hidden', !saving);
    if (saving) {
      progress.max = Math.max(saving.total, 1);
      progress.value = saving.done;
    }
    const chosen = sizes.pages + (withPdfs.checked ? sizes.pdfs : 0);
    save.hidden = Boolean(saved) && saved?.withPdfs === withPdfs.checked;
    save.textContent = text(saved ? 'saveChange' : 'save', { size: formatFileSize(chosen, lang) });
    remove.hidden = !saved;
    panel.dataset['build'] = latest?.build ?? '';
    panel.dataset['state'] = saving ? 'saving' : saved ? 'saved' : 'not-saved';
  };

  const describe = (saved: SavedEdition) => [
    text('saved', {
      edition: names[edition] ?? edition,
      size: formatFileSize(saved.bytes, lang),
      date: formatDay(localDay(saved.savedAt), lang, 'long'),
    }),
    ...(localDay(saved.updatedAt) !== localDay(saved.savedAt)
      ? [text('updatedOn', { date: formatDay(localDay(saved.updatedAt), lang, 'long') })]
      : []),
    ...(saved.withPdfs ? [text('pdfsSaved')] : []),
    text('updates'),
  ];

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'status') latest = message;
    else if (message.edition === edition)
      notice = text(message.reason === 'outdated' ? 'outdated' : 'failed');
    render();
  });
  // A new build's worker has taken over: ask it, rather than wait for its own report.
  navigator.serviceWorker.addEventListener('controllerchange', () => void tellWorker({ type: 'status' }));
  withPdfs.addEventListener('change', () => {
    choiceTouched = true;
    render();
  });
  // Never disabled while saving, as a disabled button loses the focus: the worker ignores
  // a second Save of an edition it is already saving.
  save.addEventListener('click', () => {
    notice = '';
    // Asks the browser not to clear the saved edition when space runs low (where it can).
    if ('storage' in navigator && 'persist' in navigator.storage)
      void navigator.storage.persist().catch(() => false);
    void tellWorker({ type: 'save', edition, withPdfs: withPdfs.checked });
  });
  remove.addEventListener('click', () => {
    notice = text('removed');
    choiceTouched = false;
    void tellWorker({ type: 'remove', edition });
  });

  try {
    await registration;
    const manifest = (await (await fetch(manifestUrl(edition))).json()) as EditionManifest;
    strings = manifest.text;
    names = manifest.names;
    const bytes = (files: EditionManifest['pages']) => files.reduce((sum, file) => sum + file.bytes, 0);
    sizes = { pages: bytes(manifest.pages), pdfs: bytes(manifest.pdfs) };
    render();
    await tellWorker({ type: 'status' });
  } catch {
    // The panel's words come with the list of files; this one is in the page.
    status.textContent = panel.dataset['unsupported'] ?? '';
    save.hidden = true;
  }
}
