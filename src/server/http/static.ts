import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Cache policy for a PWA: the service worker and the HTML shell must be revalidated on every
 * load, or a fixed bug never reaches the phones; Vite's hashed files under /assets never change.
 */
function cacheControl(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (urlPath === '/sw.js' || urlPath.endsWith('.html') || urlPath.endsWith('.webmanifest')) return 'no-cache';
  return 'public, max-age=3600';
}

async function fileAt(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = resolve(join(root, normalize(decoded)));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

/** Serves the built app; any other GET falls back to index.html so client routes deep-link. */
export function serveApp(distDir: string) {
  const root = resolve(distDir);
  return async (c: Context) => {
    const urlPath = c.req.path;
    let file = await fileAt(root, urlPath === '/' ? '/index.html' : urlPath);
    let servedPath = urlPath === '/' ? '/index.html' : urlPath;
    // A missing hashed asset must 404: serving HTML as JavaScript would break the page silently.
    if (!file && !urlPath.startsWith('/assets/') && !extname(urlPath)) {
      file = await fileAt(root, '/index.html');
      servedPath = '/index.html';
    }
    if (!file) return c.json({ error: 'not_found', message: `${urlPath} not found` }, 404);
    const body = await readFile(file);
    return c.body(body, 200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(servedPath),
    });
  };
}
