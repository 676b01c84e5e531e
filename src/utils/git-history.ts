import { execFileSync } from 'node:child_process';

/**
 * When each file under a folder last changed, in seconds since 1970, from one pass over
 * the git history. Files changed since the last commit count as changed now. Returns
 * `undefined` when there is no history to read (no git, or a copy without `.git`).
 */
export function lastChanged(folder: string, cwd = process.cwd()): Map<string, number> | undefined {
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--', folder], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
  const changed = new Map<string, number>();
  // Newest commit first: keep the first time each file appears.
  for (const commit of log.split('\0').slice(1)) {
    const [time = '', ...files] = commit.trim().split('\n');
    for (const file of files) if (file && !changed.has(file)) changed.set(file, Number(time));
  }
  const now = Math.floor(Date.now() / 1000);
  try {
    const pending = execFileSync('git', ['status', '--porcelain', '--', folder], { cwd, encoding: 'utf8' });
    for (const line of pending.split('\n')) {
      const file = line.slice(3).trim();
      if (file) changed.set(file, now);
    }
  } catch {
    // No work tree status: committed times are all there is.
  }
  return changed;
}
