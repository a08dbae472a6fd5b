/**
 * What the browser must fetch, parse and run before the first screen: the module scripts and
 * modulepreloads in index.html plus everything they import statically, followed through the built
 * files (or Vite's .vite/manifest.json when the build wrote one). Dynamic `import()` and workers
 * are left out: they load later.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

export interface InitialFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface InitialJs {
  files: InitialFile[];
  bytes: number;
  gzip: number;
  /** Loaded later (dynamic import), for the record. */
  lazy: string[];
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/** `/assets/x.js` or `./x.js` (relative to `from`, a dist-relative file) → dist-relative path. */
function toDistPath(spec: string, from: string | null): string | null {
  if (/^(https?:)?\/\//.test(spec) || spec.startsWith('data:')) return null;
  const clean = spec.split(/[?#]/)[0];
  if (clean.startsWith('/')) return clean.slice(1);
  return join(from ? dirname(from) : '', clean);
}

function entryScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src')) found.push(attr('src')!);
    if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href')) found.push(attr('href')!);
  }
  return found;
}

export async function measureInitialJs(distDir: string): Promise<InitialJs> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const roots = entryScripts(html).map((s) => toDistPath(s, null)).filter((s): s is string => !!s);
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>)
    : null;
  const byFile = manifest ? new Map(Object.values(manifest).map((m) => [m.file, m])) : null;

  await init;
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (byFile?.has(file)) {
      const m = byFile.get(file)!;
      for (const key of m.imports ?? []) queue.push(manifest![key].file);
      for (const key of m.dynamicImports ?? []) lazy.add(manifest![key].file);
      continue;
    }
    const [imports] = parse(readFileSync(join(distDir, file), 'utf8'));
    for (const imp of imports) {
      if (!imp.n) continue;
      const target = toDistPath(imp.n, file);
      if (!target || !target.endsWith('.js')) continue;
      // d === -1: a static import; d > -1: import(); d === -2: import.meta.
      if (imp.d === -1) queue.push(target);
      else if (imp.d >= 0) lazy.add(target);
    }
  }
  const files = [...seen].map((file) => {
    const buf = readFileSync(join(distDir, file));
    return { file, bytes: buf.length, gzip: gz(buf) };
  });
  return {
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    lazy: [...lazy].filter((f) => !seen.has(f)),
  };
}

export interface ModuleShare {
  id: string;
  rendered: number;
  gzip: number;
}

/**
 * Which source modules end up in the entry chunk and how big they are, from an in-memory build of
 * the current source (nothing written but the service worker into a temp folder, removed after).
 * Gzip per module overstates a little (each is compressed alone), but ranks them truthfully.
 */
export async function entryChunkModules(root: string): Promise<{ modules: ModuleShare[]; packages: ModuleShare[] } | null> {
  const outDir = mkdtempSync(join(tmpdir(), 'headcount-bench-build-'));
  const modules: ModuleShare[] = [];
  // The PWA plugin's nested service-worker build reports itself whatever logLevel says.
  const [log, write] = [console.log, process.stdout.write];
  console.log = () => {};
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    const { build } = await import('vite');
    await build({
      root,
      logLevel: 'silent',
      build: { write: false, outDir, emptyOutDir: false },
      plugins: [{
        name: 'headcount-bench-probe',
        generateBundle(_options: unknown, bundle: Record<string, { type: string; isEntry?: boolean; modules?: Record<string, { renderedLength: number; code: string | null }> }>) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.modules) continue;
            for (const [id, m] of Object.entries(chunk.modules)) {
              if (m.renderedLength > 0) modules.push({ id: relative(root, id.replace(/^\0/, '')), rendered: m.renderedLength, gzip: m.code ? gz(m.code) : 0 });
            }
          }
        },
      }],
    });
  } catch {
    return null;
  } finally {
    console.log = log;
    process.stdout.write = write;
    rmSync(outDir, { recursive: true, force: true });
  }
  const pkgOf = (id: string) => {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
    if (nm) return nm[1];
    const src = /^src\/([^/]+)/.exec(id);
    return src ? `src/${src[1]}` : id;
  };
  const packages = new Map<string, ModuleShare>();
  for (const m of modules) {
    const key = pkgOf(m.id);
    const p = packages.get(key) ?? { id: key, rendered: 0, gzip: 0 };
    p.rendered += m.rendered;
    p.gzip += m.gzip;
    packages.set(key, p);
  }
  const bySize = (a: ModuleShare, b: ModuleShare) => b.rendered - a.rendered;
  return { modules: modules.sort(bySize), packages: [...packages.values()].sort(bySize) };
}

export const ROOT = resolve(import.meta.dirname, '../../..');
