import { describe, expect, it } from 'vitest';
import { NameCache } from '../../../src/domain/names/name-cache';
import { NearNames } from '../../../src/domain/reconcile/near-names';

describe('NearNames', () => {
  const cache = new NameCache();
  const register = ['SOK DARA', 'CHAN SOPHEA', 'KIM CHARIYA', 'ទិត្យ ស៊ីណា', 'អ៊ិត ស៊ីណាត', 'LY EK'].map((n) => cache.form(n));
  const near = new NearNames(register.length);
  for (const n of register) near.add(n);
  const found = (name: string) => {
    const out: string[] = [];
    near.forEachNear(cache.onsite(name), (_, names) => out.push(...names.map((n) => n.text)));
    return out.sort();
  };

  it('finds the names whose letters are one typo from the name\'s, its own included, once each', () => {
    expect(found('Sok Daara')).toContain('sok dara');
    expect(found('Chan Sophia')).toContain('chan sophea');
    expect(found('Dara Sok')).toContain('sok dara');
    expect(found('Kim Chariya')).toEqual(['kim chariya']);
  });

  it('gives a ring every name that shares it, one per key as written (Ith Sinat, Tith Sina)', () => {
    expect(found('អ៊ិត ស៊ីនាត')).toEqual(expect.arrayContaining(['ទិត្យ ស៊ីណា', 'អ៊ិត ស៊ីណាត']));
  });

  it('finds nothing for another name, and no neighbour for a name too short to narrow anything', () => {
    expect(found('Chea Vuthy')).toEqual([]);
    expect(found('Ly Ok')).toEqual([]);
  });
});
