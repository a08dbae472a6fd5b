import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../../src/domain');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('the domain layer', () => {
  // It runs unchanged in a Web Worker, in Node and on the server (STYLE.md).
  it('imports only the protocol, zod, papaparse and itself', () => {
    for (const f of files(ROOT)) {
      const imports = [...readFileSync(f, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) {
        const ok = spec === 'zod' || spec === 'papaparse' || (spec.startsWith('.') && !/\/(store|sync|ui|server|sw)(\/|$)/.test(spec));
        expect(ok, `${relative(ROOT, f)} imports ${spec}`).toBe(true);
      }
    }
  });

  it('touches no Node or DOM globals', () => {
    for (const f of files(ROOT)) {
      const code = readFileSync(f, 'utf8');
      expect(code, relative(ROOT, f)).not.toMatch(/\b(window|document|localStorage|indexedDB|process|Buffer|require|fetch)\b\s*[.(]/);
    }
  });
});
