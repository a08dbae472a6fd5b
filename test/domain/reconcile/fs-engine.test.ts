import { describe, it, expect } from 'vitest';
import { Reconciliation } from '../../../src/protocol';
import { reconcile, REASON_CODES } from '../../../src/domain/reconcile';
import type { Decision } from '../../../src/domain/reconcile';
import { onsite, registered, RUN_AT } from './fixtures';

type Reg = ReturnType<typeof registered>;
type Site = ReturnType<typeof onsite>;

/** A factory's worth of other workers, so the prior odds are those of a real visit, not of a register of one. */
const others: Reg[] = Array.from({ length: 300 }, (_, i) =>
  registered({ workerId: `x${i}`, nameKh: '', nameLatin: `Zqx Vrt${'abcdefghij'[i % 10]}${'klmnopqrs'[i % 9]}`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}` }));

const run = (reg: Reg[], site: Site[], decisions?: Decision[]) =>
  reconcile({ visitId: 'visit-1', registered: [...reg, ...others], onsite: site, tally: null, runAt: RUN_AT, decisions });
const first = (r: ReturnType<typeof run>) => r.results[0];
/** The result for the on-site row with id 'dara', among others on the sheet. */
const daraOf = (r: ReturnType<typeof run>) => r.results.find((x) => x.onsiteId === 'dara')!;

/**
 * `n` registered workers with a card each and a Latin name, sex and date of birth of their own
 * (none a namesake of another, none born a slip from another): a factory's worth of rows a sheet
 * can tie to them, by card or by name and date.
 */
const carded = (prefix: string, idBase: number, n: number): Reg[] => Array.from({ length: n }, (_, i) =>
  registered({ workerId: `${prefix}${i}`, nationalId: String(idBase + i * 7919), nameKh: '', nameLatin: `Tiv ${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'klmnopqrs'[i % 9]}${'aeiou'[i % 5]}${'bdgkm'[Math.floor(i / 234) % 5]}th`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${60 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}` }));

const dara = registered({ workerId: 'w1', nationalId: '012345678', nssfNumber: '10000001', nameKh: 'សុខ ដារ៉ា', nameLatin: 'SOK DARA', sex: 'M', dateOfBirth: '1990-03-04' });

/** Forty SOK SREY MOMs (with the others, a register of 340), no two born on dates a slip apart. */
const moms = Array.from({ length: 40 }, (_, i) =>
  registered({ workerId: `m${i}`, nationalId: String(100000000 + i * 102947), nameKh: 'សុខ ស្រីមុំ', nameLatin: 'SOK SREY MOM', sex: 'F', dateOfBirth: `${1950 + i}-${String(1 + ((5 * i) % 12)).padStart(2, '0')}-2${i % 9}` }));

describe('reconcile (fs-v2)', () => {
  it("reads a worker the register gives in Khmer alone as its clerks write those words in Latin elsewhere", () => {
    // The register writes នឹម as NEUV and សាល់ as SAL for the workers it gives in both scripts
    // (once given name first); the romanizer alone reads នឹម as Nem, and Neuv Sal would share a
    // word with her at most.
    const taught = [['នឹម ម៉ន', 'NEUV MORN'], ['នឹម ដារ៉ា', 'DARA NEUV'], ['កែវ សាល់', 'KEO SAL'], ['ចាន់ សាល់', 'CHAN SAL']].map(([nameKh, nameLatin], i) =>
      registered({ workerId: `t${i}`, nameKh, nameLatin, sex: 'M', dateOfBirth: `198${i}-05-1${i}` }));
    const sal = registered({ workerId: 'w5', nameKh: 'នឹម សាល់', nameLatin: null, sex: 'F', dateOfBirth: '1995-07-21' });
    const sheet = [onsite({ name: 'Neuv Sal', sex: 'F' }), onsite({ name: 'NEUV SAL', sex: 'F', dateOfBirth: '1995-07-21' })];
    for (const row of sheet) expect(first(run([...taught, sal], [row]))).toMatchObject({ status: 'matched', registeredId: 'w5' });
    // One worker's Latin name is no habit: a word learned from a single pair is not read so.
    const once = run([taught[0], taught[2], taught[3], sal], [sheet[0]]);
    expect(first(once)).toMatchObject({ status: 'hidden' });
  });

  it('reads another birthday in the worker\'s year for them on a sheet whose workers often give one', () => {
    // Thirty workers whose cards tie them to their rows: on one sheet every one gives another
    // day and month in their year (a birthday not known, one told on the spot), on the other
    // the register's date.
    const tied = Array.from({ length: 30 }, (_, i) =>
      registered({ workerId: `b${i}`, nationalId: String(200000000 + i * 7919), nameKh: '', nameLatin: `Tiv ${'abcdefghijklmnopqrstuvwxyzabcd'[i]}${'klmnopqrs'[i % 9]}${'aeiou'[i % 5]}th`, sex: 'F', dateOfBirth: `19${70 + (i % 25)}-03-1${i % 10}` }));
    const row = (w: Reg, dateOfBirth: string) => onsite({ name: w.nameLatin!, nationalId: w.nationalId, sex: w.sex, dateOfBirth });
    // One in three of them gives a year off as well, as some who do not know the day do not know the year.
    const unknown = tied.map((w, i) => row(w, `${Number(w.dateOfBirth!.slice(0, 4)) + (i % 3 === 0 ? 1 : 0)}-08-2${w.dateOfBirth!.slice(9)}`));
    const known = tied.map((w) => row(w, w.dateOfBirth!));
    for (const [dateOfBirth, reason] of [['1990-08-21', 'dob.sameYear'], ['1991-08-21', 'dob.nearYear']]) {
      const dara8 = onsite({ id: 'dara', name: 'Sok Dara', sex: 'M', dateOfBirth });
      const onUnknown = daraOf(run([dara, ...tied], [...unknown, dara8]));
      expect(onUnknown).toMatchObject({ status: 'matched', registeredId: 'w1' });
      expect(onUnknown.reasons).toContain(reason);
      expect(daraOf(run([dara, ...tied], [...known, dara8])).status).not.toBe('matched');
    }
  });

  it('asks a person about a name and date of birth whose sex differs, with no ID to tie them, where the sheet copies sex as the cards do', () => {
    // Thirty workers whose cards tie them to their rows. A hidden child on a registered
    // sister's name and date looks like this row; so does a clerk's slip, which the sheet shows
    // how often it makes.
    const tied = Array.from({ length: 30 }, (_, i) =>
      registered({ workerId: `s${i}`, nationalId: String(300000000 + i * 7919), nameKh: '', nameLatin: `Tiv ${'abcdefghijklmnopqrstuvwxyzabcd'[i]}${'klmnopqrs'[i % 9]}${'aeiou'[i % 5]}th`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${70 + (i % 25)}-03-1${i % 10}` }));
    const row = (w: Reg, flip: boolean) => onsite({ name: w.nameLatin!, nationalId: w.nationalId, sex: flip ? (w.sex === 'F' ? 'M' : 'F') : w.sex, dateOfBirth: w.dateOfBirth });
    const careful = tied.map((w) => row(w, false));
    const guessed = tied.map((w, i) => row(w, i % 5 === 0));
    const daraF = onsite({ id: 'dara', name: 'Sok Dara', sex: 'F', dateOfBirth: '1990-03-04' });
    const onCareful = daraOf(run([dara, ...tied], [...careful, daraF]));
    expect(onCareful).toMatchObject({ status: 'review', candidates: [{ registeredId: 'w1' }] });
    expect(onCareful.reasons[0]).toBe('match.sexDiffers');
    // Where the sheet writes a fifth of its tied workers' sex otherwise, the sex says nothing.
    expect(daraOf(run([dara, ...tied], [...guessed, daraF]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
    // The card number ties the pair whatever the sex.
    expect(daraOf(run([dara, ...tied], [...careful, { ...daraF, nationalId: '012345678' }]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
    // Every sheet that wrote its rows' sex as the register does matched them all.
    expect(run([dara, ...tied], careful).results.every((r) => r.status === 'matched')).toBe(true);
  });

  it('asks a person about a name and date of birth whose national ID is another outright, where the sheet\'s workers give their own cards', () => {
    // Sixty workers whose names and dates tie them to their rows. A hidden worker with a
    // registered namesake's name and birthday, on a card of their own, looks like this row.
    const tied = carded('k', 400000000, 60);
    const row = (w: Reg, nationalId: string | null) => onsite({ name: w.nameLatin!, nationalId, sex: w.sex, dateOfBirth: w.dateOfBirth });
    const ownCards = tied.map((w) => row(w, w.nationalId));
    const daraCard = onsite({ id: 'dara', name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04', nationalId: '987612345' });
    const onOwn = daraOf(run([dara, ...tied], [...ownCards, daraCard]));
    expect(onOwn).toMatchObject({ status: 'review', candidates: [{ registeredId: 'w1' }] });
    expect(onOwn.reasons[0]).toBe('match.idDiffers');
    // A number one slip from the worker's is theirs, and their NSSF number ties the pair.
    expect(daraOf(run([dara, ...tied], [...ownCards, { ...daraCard, nationalId: '012345679' }]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(daraOf(run([dara, ...tied], [...ownCards, { ...daraCard, nssfNumber: '10000001' }]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
    // Where a fifth of the tied workers give a new card's number, cards were re-issued: matched.
    const reissued = tied.map((w, i) => row(w, i % 5 === 0 ? String(500000000 + i * 104729) : w.nationalId));
    expect(daraOf(run([dara, ...tied], [...reissued, daraCard]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
    // Every row that gave its own card matched.
    expect(run([dara, ...tied], ownCards).results.every((r) => r.status === 'matched')).toBe(true);
  });

  it('flags hidden a name alone whose sex differs from its one namesake\'s, where hundreds of rows tied by their cards show the sheet keeps sex as the card does', () => {
    // A unisex name (Dara): a woman of that name on site, with no date of birth or ID, beside a
    // registered man of that name who is absent. Only the sex tells them apart, and how much it
    // says is what the sheet's own tied rows show of its sex column.
    const tied = carded('c', 300000000, 600);
    const row = (w: Reg) => onsite({ name: w.nameLatin!, nationalId: w.nationalId, sex: w.sex, dateOfBirth: w.dateOfBirth });
    const daraF = onsite({ id: 'dara', name: 'Sok Dara', sex: 'F' });
    expect(daraOf(run([dara, ...tied], [...tied.map(row), daraF])).status).toBe('hidden');
    // Thirty such rows show too little of the sheet to read its sex column as more careful than
    // the weights' 1 slip in 100: a person asks.
    expect(daraOf(run([dara, ...tied], [...tied.slice(0, 30).map(row), daraF])).status).toBe('review');
    // Nor where the sheet slips on 1 tied row in 100.
    const slipped = tied.map((w, i) => (i % 100 === 7 ? { ...row(w), sex: w.sex === 'F' ? ('M' as const) : ('F' as const) } : row(w)));
    expect(daraOf(run([dara, ...tied], [...slipped, daraF])).status).toBe('review');
  });

  it('flags hidden a namesake born in the absent worker\'s year on another day and month, with no ID to tie them', () => {
    // Both lists copy one card: a date that keeps the year and changes the day and the month is
    // two slips in one date (DOB.sameYear), rarer than a stranger of the same name born that year.
    const present = carded('y', 500000000, 600);
    const sheet = present.map((w) => onsite({ name: w.nameLatin!, sex: w.sex, dateOfBirth: w.dateOfBirth }));
    const namesake = daraOf(run([dara, ...present], [...sheet, onsite({ id: 'dara', name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-08-21' })]));
    expect(namesake).toMatchObject({ status: 'hidden', namesakeId: 'w1' });
    expect(namesake.reasons).toContain('dob.sameYear');
    // Her date day and month swapped, or one digit off, is hers.
    for (const dateOfBirth of ['1990-04-03', '1990-03-24']) expect(daraOf(run([dara, ...present], [...sheet, onsite({ id: 'dara', name: 'Sok Dara', sex: 'M', dateOfBirth })]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
  });

  it('reads a name that shares one word with the worker\'s and gives another name for the rest for them, on their very date, where the sheet often writes so', () => {
    // Thirty workers whose cards tie them to their rows: on one sheet four in ten have a given
    // name their phone's keyboard put in for theirs (another name on the register), on the
    // other each has their own.
    const given = ['Sokha', 'Dara', 'Vanna', 'Sophea', 'Chenda', 'Bopha', 'Lina', 'Mony', 'Rithy', 'Sreymom'];
    const tied = Array.from({ length: 30 }, (_, i) =>
      registered({ workerId: `k${i}`, nationalId: String(400000000 + i * 7919), nameKh: '', nameLatin: `Keo${'bcdfghjklm'[i % 10]}${'aeiou'[i % 5]} ${given[i % 10]}`, sex: 'F', dateOfBirth: `19${70 + (i % 25)}-05-1${i % 10}` }));
    const row = (w: Reg, swap: boolean) => onsite({ name: swap ? `${w.nameLatin!.split(' ')[0]} ${given[(given.indexOf(w.nameLatin!.split(' ')[1]) + 1) % 10]}` : w.nameLatin!, nationalId: w.nationalId, sex: w.sex, dateOfBirth: w.dateOfBirth });
    const suggested = tied.map((w, i) => row(w, i % 5 < 2));
    const own = tied.map((w) => row(w, false));
    // Sok Dara written Sok Vanna, another name the register holds, on her very date and no ID.
    const vanna = registered({ workerId: 'v1', nameKh: '', nameLatin: 'Sok Vanna', sex: 'M', dateOfBirth: '1980-01-01' });
    const dara5 = onsite({ id: 'dara', name: 'Sok Vanna', sex: 'M', dateOfBirth: '1990-03-04' });
    expect(daraOf(run([dara, vanna, ...tied], [...suggested, dara5]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(daraOf(run([dara, vanna, ...tied], [...own, dara5])).status).not.toBe('matched');
  });

  it('names its engine and passes the wire schema', () => {
    const r = run([dara], [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04' })]);
    expect(r.engine).toBe('fs-v2');
    expect(Reconciliation.parse(r)).toEqual(r);
  });

  it('matches a transposed national ID when name and date of birth agree', () => {
    const r = run([dara], [onsite({ name: 'SOK DARA', nationalId: '012354678', dateOfBirth: '1990-03-04' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(first(r).reasons).toEqual(expect.arrayContaining(['nationalId.transposed', 'dob.equal']));
  });

  it('matches a national ID whose leading zero a spreadsheet dropped, as the same number', () => {
    const r = run([dara], [onsite({ name: 'SOK DARA', nationalId: '12345678', sex: 'M', dateOfBirth: '1990-03-04' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(first(r).reasons).toEqual(expect.arrayContaining(['nationalId.equal', 'dob.equal']));
  });

  it('matches a national ID that lost its leading zero and has a digit mistyped, and an NSSF number written with its label', () => {
    const r = run([dara], [onsite({ name: 'SOK DARA', nationalId: '12345778', nssfNumber: 'NSSF-10000001', sex: 'M' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(first(r).reasons).toEqual(expect.arrayContaining(['nationalId.oneDigit', 'nssfNumber.equal']));
  });

  it("sends a registered worker's card number and date beside a name that shares nothing with theirs to review, never matched", () => {
    const r = run([dara], [onsite({ name: 'Keo Lina', nationalId: '012345678', sex: 'M', dateOfBirth: '1990-03-04' })]);
    expect(first(r)).toMatchObject({ status: 'review', registeredId: null, candidates: [{ registeredId: 'w1' }] });
    expect(first(r).reasons).toEqual(expect.arrayContaining(['match.nameDiffers', 'nationalId.equal', 'name.differs']));
    expect(r.absent).toContain('w1');
  });

  it('sends one person entered twice (from the ID card, and from the sheet with the date of birth) to review, not hidden', () => {
    const r = run([dara], [onsite({ id: 'card', name: 'សុខ ដារ៉ា', nationalId: '012345678', sex: 'M' }), onsite({ id: 'sheet', name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04' })]);
    const by = Object.fromEntries(r.results.map((x) => [x.onsiteId, x]));
    const [held, twin] = by.card.status === 'matched' ? [by.card, by.sheet] : [by.sheet, by.card];
    expect(held).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(twin).toMatchObject({ status: 'review', candidates: [{ registeredId: 'w1' }] });
    expect(twin.reasons[0]).toBe('match.twice');
  });

  it('sends one person entered twice to review with the commonest of names too, where the name tells little and the very date the rest', () => {
    // A name that common with the very date comes to under the 15 bits the rule once asked.
    const card = onsite({ name: 'សុខ ស្រីមុំ', nationalId: moms[7].nationalId, sex: 'F' });
    const sheet = onsite({ name: 'Sok Srei Mom', sex: 'F', dateOfBirth: moms[7].dateOfBirth });
    const by = Object.fromEntries(run(moms, [card, sheet]).results.map((x) => [x.onsiteId, x]));
    expect(by[card.id]).toMatchObject({ status: 'matched', registeredId: 'm7' });
    expect(by[sheet.id]).toMatchObject({ status: 'review', candidates: [{ registeredId: 'm7' }] });
    expect(by[sheet.id].reasons[0]).toBe('match.twice');
  });

  it('sends one person entered twice to review too when the inspector confirmed the other row', () => {
    const card = onsite({ name: 'សុខ ដារ៉ា', nationalId: '012345678', sex: 'M' });
    const sheet = onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04' });
    const r = run([dara], [card, sheet], [{ onsiteId: card.id, kind: 'confirm', registeredId: 'w1' }]);
    const by = Object.fromEntries(r.results.map((x) => [x.onsiteId, x]));
    expect(by[card.id]).toMatchObject({ status: 'matched', registeredId: 'w1', reasons: expect.arrayContaining(['decision.confirmed']) });
    expect(by[sheet.id]).toMatchObject({ status: 'review', candidates: [{ registeredId: 'w1' }] });
    expect(by[sheet.id].reasons[0]).toBe('match.twice');
    // Rejected by the inspector, the pair is not proposed again: the row is hidden.
    const after = run([dara], [card, sheet], [{ onsiteId: card.id, kind: 'confirm', registeredId: 'w1' }, { onsiteId: sheet.id, kind: 'reject', registeredId: 'w1' }]);
    expect(after.results.find((x) => x.onsiteId === sheet.id)?.status).toBe('hidden');
  });

  it('matches a date of birth with day and month swapped, and says so', () => {
    const r = run([dara], [onsite({ name: 'Sokh Dara', sex: 'M', dateOfBirth: '1990-04-03', nationalId: '012345678' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(first(r).reasons).toEqual(expect.arrayContaining(['nationalId.equal', 'dob.dayMonthSwapped']));
  });

  it('puts the worker with the very date of birth before a namesake with it swapped, on a register of a small employer too', () => {
    const swapped = registered({ ...dara, workerId: 'w2', nationalId: null, nssfNumber: null, dateOfBirth: '1990-04-03' });
    const small = others.slice(0, 20);
    for (const reg of [[dara, swapped, ...small], [swapped, dara, ...others]]) {
      const r = reconcile({ visitId: 'visit-1', registered: reg, onsite: [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04' })], tally: null, runAt: RUN_AT });
      const top = first(r).status === 'matched' ? first(r).registeredId : first(r).candidates?.[0].registeredId;
      expect(top, `${reg.length} registered`).toBe('w1');
    }
  });

  it('finds for a name alone a slip its phonetic key magnifies (Pech Daar for PICH DARA), among a family name too common to read by itself', () => {
    const givens = ['SOPHEA', 'VANNA', 'SOKHA', 'CHENDA', 'BOPHA', 'VIBOL', 'SREYMOM', 'VUTHY', 'PISEY', 'KOSAL', 'SOPHAL', 'MALY', 'KIMHENG', 'SOVANN', 'CHANTHA', 'LEAKHENA', 'PHALLA', 'SAMBATH', 'KUNTHEA', 'CHANNARY'];
    const pichs = givens.flatMap((g, i) => [0, 1].map((k) => registered({ workerId: `p${i}-${k}`, nameKh: '', nameLatin: `PICH ${g}`, sex: k ? 'F' : 'M', dateOfBirth: `19${70 + i}-0${1 + k}-1${i % 10}` })));
    const daraPich = registered({ workerId: 'w9', nameKh: 'ពេជ្រ ដារ៉ា', nameLatin: 'PICH DARA', sex: 'M', dateOfBirth: '1971-03-25' });
    const r = run([...pichs, daraPich], [onsite({ name: 'Pech Daar', sex: 'M' })]);
    expect(first(r).status).not.toBe('hidden');
    expect(first(r).status === 'matched' ? first(r).registeredId : first(r).candidates?.[0].registeredId).toBe('w9');
  });

  it('matches a Latin spelling on site to a register that has only the Khmer name', () => {
    const reg = registered({ workerId: 'w2', nameKh: 'ជា សុភា', sex: 'F', dateOfBirth: '1995-07-12' });
    const r = run([reg], [onsite({ name: 'CHEAR SOPHEAR', sex: 'F', dateOfBirth: '1995-07-12' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w2' });
    expect(first(r).reasons).toEqual(expect.arrayContaining(['name.phonetic', 'name.crossScript']));
  });

  it('matches a name a sheet writes in both scripts in one cell, by either writing', () => {
    const reg = registered({ workerId: 'w3', nameKh: 'ចាន់ ស្រីមុំ', nameLatin: '', sex: 'F', dateOfBirth: '1998-02-14' });
    for (const name of ['សុខ ដារ៉ា (SOK DARA)', 'Sok Dara / សុខ ដារា']) {
      const r = run([dara], [onsite({ name, sex: 'M', dateOfBirth: '1990-03-04' })]);
      expect(first(r), name).toMatchObject({ status: 'matched', registeredId: 'w1' });
    }
    const r = run([reg], [onsite({ name: 'Chan Sreymom / ចាន់ ស្រីមុំ', sex: 'F' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w3', reasons: expect.arrayContaining(['name.equal']) });
  });

  it('matches a name with a title, or with a nickname in brackets, by the name', () => {
    const reg = registered({ workerId: 'w3', nameKh: 'អ៊ុក មាលា', nameLatin: '', sex: 'F', dateOfBirth: '1979-10-18' });
    for (const name of ['UK MEALEA (Oun)', 'Mme Ouk Mealea', 'Mealea Uk [A Touch]', 'Mlle. UK MEALEA (Oun) (Mi)']) {
      const r = run([reg], [onsite({ name, sex: 'F', dateOfBirth: '1979-10-18' })]);
      expect(first(r), name).toMatchObject({ status: 'matched', registeredId: 'w3' });
    }
  });

  it('matches a Latin sheet against a register that runs its Khmer names together and gives no Latin name', () => {
    const reg = [
      registered({ workerId: 'w6', nameKh: 'ពេជ្រផារី', nameLatin: null, sex: 'F', dateOfBirth: '1993-02-11' }),
      registered({ workerId: 'w7', nameKh: 'វង្សចាន់ម៉េង', nameLatin: null, sex: 'M', dateOfBirth: '1988-09-30' }),
    ];
    const r = run(reg, [onsite({ name: 'PHARY PICH', sex: 'F', dateOfBirth: '1993-02-11' }), onsite({ name: 'Vong Chanmeng', sex: 'M', dateOfBirth: '1988-09-30' })]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'w6'], ['matched', 'w7']]);
    expect(r.results[0].reasons).toEqual(expect.arrayContaining(['name.phonetic', 'name.crossScript']));
  });

  it('tells apart two rows whose cells share all but a third writing', () => {
    // Born the same day, so that each row is compared with both workers.
    const sophea = registered({ workerId: 'w5', nameKh: 'ចាន់ សុភា', nameLatin: 'CHAN SOPHEA', sex: 'F', dateOfBirth: '1990-03-04' });
    // Compared by their sets of writings, remembered per set: the two must not be one set.
    const r = run([dara, sophea], [
      onsite({ name: 'Xyq (Vbn) (Sok Dara)', dateOfBirth: '1990-03-04' }),
      onsite({ name: 'Xyq (Vbn) (Chan Sophea)', dateOfBirth: '1990-03-04' }),
    ]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'w1'], ['matched', 'w5']]);
  });

  it('matches family and given name swapped, and Srey Mom written as one word', () => {
    const reg = registered({ workerId: 'w3', nameKh: 'ចាន់ ស្រីមុំ', nameLatin: 'CHAN SREY MOM', sex: 'F', dateOfBirth: '1998-02-14' });
    const r = run([reg], [onsite({ name: 'Sreymom Chan', sex: 'F', dateOfBirth: '1998-02-14' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w3' });
    expect(first(r).reasons).toContain('name.swapped');
  });

  it('matches a Khmer name typed without a space, in either word order', () => {
    const reg = registered({ workerId: 'w4', nameKh: 'វង្ស ដារ៉ា', sex: 'M', dateOfBirth: '1972-04-06' });
    for (const name of ['វង្សដារ៉ា', 'ដារ៉ាវង្ស']) {
      const r = run([reg], [onsite({ name, sex: 'M' })]);
      expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w4' });
    }
  });

  it('weighs a birth date sharing only the year as a default day when one side has 1 January', () => {
    const other = onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-08-21' });
    const yearOnly = registered({ ...dara, workerId: 'w5', nationalId: null, nssfNumber: null, dateOfBirth: '1990-01-01' });
    expect(first(run([yearOnly], [other])).score).toBeGreaterThan(first(run([dara], [other])).score);
  });

  it('sends a name with a typo in the given name, and no date of birth, to review rather than hidden', () => {
    // Enough Thachs that the family name alone is too common a key to read whole.
    const givens = ['Bopha', 'Chantha', 'Dara', 'Kanha', 'Leakena', 'Malis', 'Nary', 'Pisey', 'Rachana', 'Sokha', 'Thida', 'Vanna'];
    const thachs = Array.from({ length: 36 }, (_, i) =>
      registered({ workerId: `t${i}`, nameLatin: `Thach ${givens[i % givens.length]}${i < givens.length ? '' : ' ' + givens[(i * 5) % givens.length]}`, sex: 'F', dateOfBirth: `19${70 + (i % 30)}-05-1${i % 10}` }));
    const sreyroth = registered({ workerId: 'w6', nameKh: 'ថាច់ ស្រីរ័ត្ន', nameLatin: 'THACH SREY ROTH', sex: 'F', dateOfBirth: '1993-08-02' });
    const r = run([...thachs, sreyroth], [onsite({ name: 'Thach Sreyrath', sex: 'F' })]);
    expect(first(r)).toMatchObject({ status: 'review', reasons: ['match.weak', 'name.similar'] });
    expect(first(r).candidates?.[0].registeredId).toBe('w6');
  });

  it('finds a name with a typo whose family name is too common to read, when the date of birth also slipped', () => {
    const hongs = Array.from({ length: 40 }, (_, i) => registered({ workerId: `h${i}`, nameLatin: `Hong Zq${'abcdefgh'[i % 8]}${'klmno'[i % 5]}`, sex: 'M', dateOfBirth: `19${70 + (i % 30)}-03-1${i % 10}` }));
    const sambath = registered({ workerId: 'w7', nameKh: 'ហុង សម្បត្តិ', nameLatin: 'HONG SAMBATH', sex: 'M', dateOfBirth: '1986-05-18' });
    const r = run([...hongs, sambath], [onsite({ name: 'HONG SAMATH', sex: 'M', dateOfBirth: '1987-05-18' })]);
    expect(first(r).status).not.toBe('hidden');
    expect(first(r).candidates?.[0] ?? first(r)).toMatchObject({ registeredId: 'w7', reasons: expect.arrayContaining(['name.similar', 'dob.oneDigit']) });
  });

  it('sends a name alone with a letter changed early in the given name to review rather than hidden', () => {
    const soks = Array.from({ length: 40 }, (_, i) => registered({ workerId: `s${i}`, nameLatin: `Sok Zq${'abcdefgh'[i % 8]}${'klmno'[i % 5]}`, sex: 'F', dateOfBirth: `19${70 + (i % 30)}-03-1${i % 10}` }));
    const sophea = registered({ workerId: 'w8', nameKh: 'សុខ សុភា', nameLatin: 'SOK SOPHEA', sex: 'F', dateOfBirth: '1991-02-07' });
    const r = run([...soks, sophea], [onsite({ name: 'Sok Spohia', sex: 'F' })]);
    expect(first(r)).toMatchObject({ status: 'review', reasons: ['match.weak', 'name.similar'] });
    expect(first(r).candidates?.[0].registeredId).toBe('w8');
  });

  it('sends a misspelled name alone to review among all its many holders, rather than hidden', () => {
    // Seventy SOK SREY MOMs: more than a row with a date of birth would read one typo away.
    const moms = Array.from({ length: 70 }, (_, i) =>
      registered({ workerId: `m${i}`, nameKh: 'សុខ ស្រីមុំ', nameLatin: 'SOK SREY MOM', sex: 'F', dateOfBirth: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}` }));
    const r = run(moms, [onsite({ name: 'Sokh Serymom', sex: 'F' })]);
    expect(first(r)).toMatchObject({ status: 'review', reasons: expect.arrayContaining(['match.ambiguous', 'name.similar']) });
  });

  it('sends a name alone held by more workers than any block is read for to review among them, not hidden with no one named', () => {
    // Three hundred SOK SREY MOMs: past every cap of a block, and of each word's.
    const many = Array.from({ length: 300 }, (_, i) =>
      registered({ workerId: `m${String(i).padStart(3, '0')}`, nameKh: 'សុខ ស្រីមុំ', nameLatin: 'SOK SREY MOM', sex: 'F', dateOfBirth: `${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const r = first(run(many, [onsite({ name: 'SOK SREY MOM', sex: 'F' })]));
    expect(r).toMatchObject({ status: 'review', reasons: expect.arrayContaining(['match.ambiguous', 'name.equal']) });
    expect(r.candidates?.[0].registeredId).toMatch(/^m\d{3}$/);
  });

  it('matches a date of birth with two neighbouring digits swapped, and says so', () => {
    const r = run([dara], [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1909-03-04', nssfNumber: '10000001' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(first(r).reasons).toContain('dob.transposed');
  });

  it('flags a namesake with another date of birth as hidden', () => {
    const r = run([dara], [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '2001-06-15' })]);
    expect(first(r)).toMatchObject({ status: 'hidden', registeredId: null, namesakeId: 'w1' });
    expect(first(r).reasons).toEqual(['no.candidate', 'name.namesake', 'dob.differs']);
    // A name nobody on the register has names no one.
    const stranger = run([dara], [onsite({ name: 'Meas Kolab', sex: 'M', dateOfBirth: '2001-06-15' })]);
    expect(first(stranger)).toMatchObject({ status: 'hidden', reasons: ['no.candidate'] });
    expect(first(stranger).namesakeId).toBeUndefined();
  });

  it('gives each of two namesakes the registered worker their date of birth fits', () => {
    const twin = registered({ ...dara, workerId: 'w9', nationalId: null, nssfNumber: null, dateOfBirth: '1985-11-20' });
    const a = onsite({ name: 'Sok Dara', dateOfBirth: '1985-11-20' });
    const b = onsite({ name: 'ដារ៉ា សុខ', dateOfBirth: '1990-03-04' });
    const r = run([dara, twin], [a, b]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'w9'], ['matched', 'w1']]);
  });

  it('sends a name alone that fits two registered workers to review, with both as candidates', () => {
    const twin = registered({ ...dara, workerId: 'w9', nationalId: null, nssfNumber: null, dateOfBirth: '1985-11-20' });
    const r = run([dara, twin], [onsite({ name: 'Sok Dara' })]);
    expect(first(r)).toMatchObject({ status: 'review', registeredId: null });
    expect(first(r).reasons[0]).toBe('match.ambiguous');
    expect(first(r).candidates!.map((c) => c.registeredId).sort()).toEqual(['w1', 'w9']);
  });

  it('leaves off a review row a candidate too unlikely to be worth the inspector\'s look', () => {
    const twin = registered({ ...dara, workerId: 'w9', nationalId: null, nssfNumber: null, dateOfBirth: '1985-11-20' });
    const cousin = registered({ workerId: 'w3', nameKh: 'សុខ វុទ្ធី', nameLatin: 'SOK VUTHY', sex: 'M', dateOfBirth: '1991-02-02' });
    const r = run([dara, twin, cousin], [onsite({ name: 'Sok Dara', sex: 'M' })]);
    expect(first(r)).toMatchObject({ status: 'review', registeredId: null });
    expect(first(r).candidates!.map((c) => c.registeredId).sort()).toEqual(['w1', 'w9']);
  });

  it('flags someone who fits nobody as hidden', () => {
    const r = run([dara], [onsite({ name: 'Heng Bopha', sex: 'F', dateOfBirth: '2003-01-09' })]);
    expect(first(r)).toMatchObject({ status: 'hidden', reasons: ['no.candidate'] });
    expect(r.absent).toContain('w1');
  });

  it('keeps a pair the inspector confirmed, and never proposes a rejected one again', () => {
    const o = onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04' });
    const confirmed = run([dara], [o], [{ onsiteId: o.id, kind: 'confirm', registeredId: 'x7' }]);
    expect(first(confirmed)).toMatchObject({ status: 'matched', registeredId: 'x7', score: 1 });
    expect(first(confirmed).reasons[0]).toBe('decision.confirmed');
    const rejected = run([dara], [o], [{ onsiteId: o.id, kind: 'reject', registeredId: 'w1' }]);
    expect(first(rejected).registeredId).not.toBe('w1');
    expect(first(rejected).candidates?.map((c) => c.registeredId) ?? []).not.toContain('w1');
  });

  it('keeps a worker the inspector declared hidden hidden', () => {
    const o = onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04', nationalId: '012345678' });
    const r = run([dara], [o], [{ onsiteId: o.id, kind: 'hidden' }]);
    expect(first(r)).toMatchObject({ status: 'hidden', registeredId: null, reasons: ['decision.hidden'] });
  });

  it('gives a registered worker confirmed for two rows to the later decision, and the earlier row back to the engine', () => {
    // The second confirm came from the worker's card (or from a second phone): it takes the worker.
    const [a, b] = [onsite({ name: 'Keo Nary' }), onsite({ name: 'Sok Dara', sex: 'M' })];
    const r = run([dara], [a, b], [
      { onsiteId: a.id, kind: 'confirm', registeredId: 'w1' },
      { onsiteId: b.id, kind: 'confirm', registeredId: 'w1' },
    ]);
    expect(r.results[1]).toMatchObject({ status: 'matched', registeredId: 'w1', reasons: expect.arrayContaining(['decision.confirmed']) });
    expect(r.results[0]).toMatchObject({ status: 'hidden' });
    expect(r.results.filter((x) => x.registeredId === 'w1')).toHaveLength(1);
  });

  it('uses only reason codes the UI can translate', () => {
    const o = [onsite({ name: 'Sok Dara' }), onsite({ name: 'Sok Dara', dateOfBirth: '2001-01-01', nationalId: '999999999' }), onsite({ name: 'x' })];
    for (const res of run([dara], o).results) {
      for (const code of [...res.reasons, ...(res.candidates ?? []).flatMap((c) => c.reasons)]) expect(REASON_CODES).toContain(code);
    }
  });
});

describe('reconcile (fs-v2): variations seen on the held-out roster', () => {
  it('takes the inherent vowel written a on one side and o on the other (Sam Kosal, Som Kosol) as a near spelling', () => {
    const reg = registered({ workerId: 'k1', nameKh: 'សម កុសល', nameLatin: 'SAM KOSAL', sex: 'M', dateOfBirth: '1988-06-15' });
    const r = run([reg], [onsite({ name: 'Som Kosol', sex: 'M', dateOfBirth: '1988-06-15' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'k1' });
    expect(first(r).reasons).toContain('name.similar');
  });

  it('takes the central vowel ឹ written i or eu (Im, Eum) as a near spelling, against the Khmer name alone', () => {
    const reg = registered({ workerId: 'k2', nameKh: 'អ៊ឹម ចាន់ណា', sex: 'F', dateOfBirth: '1993-10-02' });
    const r = run([reg], [onsite({ name: 'EUM CHANNA', sex: 'F', dateOfBirth: '1993-10-02' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'k2' });
    expect(first(r).reasons).toEqual(expect.arrayContaining(['name.similar', 'name.crossScript']));
  });

  it('takes a birth year one off across a decade (a year counted back from an age) as a slip, and says so', () => {
    const r = run([dara], [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1989-03-04' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(first(r).reasons).toContain('dob.yearApart');
  });

  it('weighs two dates that give only a birth year, a slip apart, below a one-digit slip in a full date', () => {
    const reg = registered({ workerId: 'k3', nameKh: 'ស៊ិន ចំណាន', nameLatin: 'SIN CHAMNAN', sex: 'M', dateOfBirth: '1985-01-01' });
    const undated = registered({ workerId: 'k4', nameKh: 'ស៊ិន ចំណាន', nameLatin: 'SINN CHAMNAN', sex: 'M', dateOfBirth: null });
    const pK3 = (r: ReturnType<typeof first>) => (r.status === 'matched' ? r.score : r.candidates!.find((c) => c.registeredId === 'k3')!.score);
    const yearOnly = first(run([reg, undated], [onsite({ name: 'Sin Chamnan', sex: 'M', dateOfBirth: '1975-01-01' })]));
    expect(yearOnly.status).toBe('review');
    expect(yearOnly.reasons).toContain('dob.yearOnlyNear');
    // The same slip in a full date points far more clearly at k3 than at the undated namesake.
    const full = first(run([{ ...reg, dateOfBirth: '1985-06-01' }, undated], [onsite({ name: 'Sin Chamnan', sex: 'M', dateOfBirth: '1975-06-01' })]));
    expect(full.reasons).toContain('dob.oneDigit');
    expect(pK3(full)).toBeGreaterThan(0.95);
    expect(pK3(yearOnly)).toBeLessThan(0.9);
  });

  it('does not flag hidden a worker whose sheet gives only a birth year, one off the register\'s date (a year worked out from an age)', () => {
    const reg = registered({ workerId: 'k6', nameKh: 'ហែម ចាន់ធី', nameLatin: 'HEM CHANTHY', sex: 'F', dateOfBirth: '1997-03-08' });
    const r = first(run([reg], [onsite({ name: 'HEM CHANTHY', sex: 'F', dateOfBirth: '1996-01-01' })]));
    expect(r.status).not.toBe('hidden');
    expect(r.reasons).toContain('dob.yearOnlyApart');
    // Years further apart still tell a namesake apart.
    expect(first(run([reg], [onsite({ name: 'HEM CHANTHY', sex: 'F', dateOfBirth: '1986-01-01' })])).status).toBe('hidden');
  });

  it('does not take the same letters in another order for the same name (Ouk Rithy, Keo Rithy): at most a near spelling', () => {
    const keo = registered({ workerId: 'k5', nameKh: 'កែវ រិទ្ធី', nameLatin: 'KEO RITHY', sex: 'M', dateOfBirth: null });
    const r = first(run([keo], [onsite({ name: 'Ouk Rithy', sex: 'M' })]));
    expect(r.status).not.toBe('matched');
    expect(r.reasons).not.toContain('name.phonetic');
  });

  it('takes a family name that is another name on the register as another family, not a slip, even with a date one digit off', () => {
    const bopha = registered({ workerId: 'b1', nameKh: 'សុខ បុប្ផា', nameLatin: 'SOK BOPHA', sex: 'F', dateOfBirth: '1993-01-04' });
    const ouk = registered({ workerId: 'b2', nameKh: 'អ៊ុក សុផល', nameLatin: 'OUK SOPHAL', sex: 'M', dateOfBirth: '1980-07-12' });
    const other = first(run([bopha, ouk], [onsite({ name: 'Ouk Bopha', sex: 'F', dateOfBirth: '1993-01-01' })]));
    const slip = first(run([bopha, ouk], [onsite({ name: 'Sok Bpoha', sex: 'F', dateOfBirth: '1993-01-01' })]));
    expect(slip).toMatchObject({ status: 'matched', registeredId: 'b1' });
    expect(slip.reasons).toContain('name.similar');
    expect(other.status).not.toBe('matched');
    expect(other.reasons).toContain('name.otherName');
  });

  it('finds for a name alone its worker spelled with other vowels, when namesakes spelled its way are all taken', () => {
    // More Sinn Vi… than a name's head key reads, each matched by its own dated row.
    const viraks = Array.from({ length: 40 }, (_, i) =>
      registered({ workerId: `v${i}`, nameKh: '', nameLatin: 'SINN VIRAK', sex: 'M', dateOfBirth: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}` }));
    const present = viraks.map((v) => onsite({ name: 'Sinn Virak', sex: 'M', dateOfBirth: v.dateOfBirth }));
    const vireak = registered({ workerId: 'v-target', nameKh: 'ស៊ិន វីរៈ', nameLatin: 'SINN VIREAK', sex: 'M', dateOfBirth: '1977-06-23' });
    const r = run([...viraks, vireak], [onsite({ name: 'Virak Sinn', sex: 'M' }), ...present]);
    expect(first(r).status).not.toBe('hidden');
    expect(first(r).candidates?.[0].registeredId).toBe('v-target');
  });

  it('names the namesake a hidden flag was told from, even when a worker with another name and the same date comes closer', () => {
    // A woman named Sok Dara. The man registered so was born eleven years before her; a man
    // born her very day, with nothing of her name, scores closer, and is no more her either.
    const sameDay = registered({ workerId: 'w2', nameKh: 'ជា វុទ្ធី', nameLatin: 'CHEA VUTHY', sex: 'M', dateOfBirth: '2001-06-15' });
    const r = run([dara, sameDay], [onsite({ name: 'Sok Dara', sex: 'F', dateOfBirth: '2001-06-15' })]);
    expect(first(r)).toMatchObject({ status: 'hidden', registeredId: null, namesakeId: 'w1' });
    expect(first(r).reasons).toEqual(['no.candidate', 'name.namesake', 'dob.differs', 'sex.differs']);
  });

  it('names the namesake a hidden flag was told from, however common the name', () => {
    // Thirty SOK DARAs: more than a row with a date reads by the name or by each word of it, and none shares its year or its day.
    const daras = Array.from({ length: 30 }, (_, i) =>
      registered({ workerId: `d${i}`, nameKh: 'សុខ ដារ៉ា', nameLatin: 'SOK DARA', sex: 'M', dateOfBirth: `19${70 + i}-0${1 + (i % 9)}-1${i % 8}` }));
    const r = run(daras, [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '2001-06-25' })]);
    expect(first(r)).toMatchObject({ status: 'hidden', registeredId: null });
    expect(first(r).reasons).toEqual(['no.candidate', 'name.namesake', 'dob.differs']);
    expect(daras.map((d) => d.workerId)).toContain(first(r).namesakeId);
  });

  it('says how near a hidden row\'s date is to its namesake\'s, when a slip off: for the card to settle', () => {
    // SOK SREY MOM born 1957-12-27 is on site by her card; another born a digit off her date is someone else, or her typed in again.
    const card = onsite({ name: 'សុខ ស្រីមុំ', nationalId: moms[7].nationalId, sex: 'F' });
    const sheet = onsite({ name: 'Sok Srei Mom', sex: 'F', dateOfBirth: '1957-12-21' });
    const r = run(moms, [card, sheet]);
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'm7' });
    // She is held by the card's row: the flag says so first, and names her.
    expect(r.results[1]).toMatchObject({ status: 'hidden', namesakeId: 'm7', reasons: ['held.byAnotherRow', 'name.phonetic', 'dob.oneDigit'] });
  });

  it('says, of a row flagged hidden only because another row holds the worker who fits, whose worker that is', () => {
    // SUN MAKARA is on the sheet by name and date; a foreman's "Sun ra" with her date is her listed
    // again, or someone else: short of the bar for "entered twice", but not "no worker fits".
    const makara = registered({ workerId: 'w9', nameKh: 'ស៊ុន មករា', nameLatin: 'Sun Makara', sex: 'M', dateOfBirth: '1983-11-17' });
    const full = onsite({ name: 'Sun Makara', dateOfBirth: '1983-11-17' });
    const called = onsite({ name: 'Sun ra', dateOfBirth: '1983-11-17' });
    expect(first(run([makara], [called]))).toMatchObject({ status: 'matched', registeredId: 'w9', reasons: ['name.called', 'dob.equal'] });
    const both = run([makara], [full, called]);
    expect(both.results[0]).toMatchObject({ status: 'matched', registeredId: 'w9' });
    expect(both.results[1]).toMatchObject({ status: 'hidden', namesakeId: 'w9', reasons: ['held.byAnotherRow', 'name.called', 'dob.equal'] });
    // Someone whom nobody fits still says so.
    expect(run([makara], [full, onsite({ name: 'Keo Vanna', dateOfBirth: '1990-01-02' })]).results[1].reasons).toEqual(['no.candidate']);
  });

  it('still flags a namesake whose date shares only the day and month, years far apart, as hidden', () => {
    const r = run([dara], [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1975-03-04' })]);
    expect(first(r).status).toBe('hidden');
  });

  it('finds a registered worker with no date of birth among many dated namesakes', () => {
    const dated = Array.from({ length: 30 }, (_, i) =>
      registered({ workerId: `n${i}`, nameKh: '', nameLatin: 'NUON SOVANN', sex: 'M', dateOfBirth: `19${70 + i}-0${1 + (i % 9)}-2${i % 8}` }));
    const undated = registered({ workerId: 'n-undated', nameKh: '', nameLatin: 'NUON SOVANN', sex: 'M', dateOfBirth: null });
    const r = run([...dated, undated], [onsite({ name: 'Nuon Sovann', sex: 'M', dateOfBirth: '1969-12-30' })]);
    expect(first(r).status).not.toBe('hidden');
    expect(first(r).registeredId ?? first(r).candidates?.[0].registeredId).toBe('n-undated');
  });
});

describe('reconcile (fs-v2): placeholder IDs and dates', () => {
  it("reads an ID that many share as none (000000000, or an employer's own number copied down the column): a hidden namesake who carries it is not the registered one", () => {
    for (const [registerId, siteId] of [['000000000', '000000000'], ['123456789', '123-456-789']]) {
      const holders = Array.from({ length: 3 }, (_, i) => registered({ workerId: `z${i}`, nationalId: registerId, nameKh: '', nameLatin: `Phan Bopha${'abc'[i]}`, sex: 'F', dateOfBirth: `198${i}-05-0${i + 1}` }));
      const sophea = registered({ workerId: 'w5', nationalId: registerId, nameKh: 'ជា សុភា', nameLatin: 'CHEA SOPHEA', sex: 'F', dateOfBirth: '1988-02-10' });
      const r = run([...holders, sophea], [onsite({ name: 'Chea Sophea', nationalId: siteId, sex: 'F', dateOfBirth: '2001-11-23' })]);
      expect(first(r).status, registerId).toBe('hidden');
      expect(first(r).reasons, registerId).not.toContain('nationalId.equal');
    }
  });

  it('still matches by a real ID beside placeholders, and by the name and date where only a placeholder is given', () => {
    const zeros = Array.from({ length: 3 }, (_, i) => registered({ workerId: `z${i}`, nationalId: '0', nameKh: '', nameLatin: `Phan Bopha${'abc'[i]}`, sex: 'F', dateOfBirth: `198${i}-05-0${i + 1}` }));
    const r = run([dara, ...zeros], [onsite({ id: 'a', name: 'Sok Dara', nationalId: '012345678', sex: 'M' }), onsite({ id: 'b', name: 'Phan Bophab', nationalId: '0', sex: 'F', dateOfBirth: '1981-05-02' })]);
    expect(r.results.find((x) => x.onsiteId === 'a')).toMatchObject({ status: 'matched', registeredId: 'w1', reasons: expect.arrayContaining(['nationalId.equal']) });
    const b = r.results.find((x) => x.onsiteId === 'b')!;
    expect(b).toMatchObject({ status: 'matched', registeredId: 'z1' });
    expect(b.reasons).not.toContain('nationalId.equal');
  });

  it("reads a register's placeholder date of birth as none (1900-01-01, or 1970-01-01 that thirty of 331 share): its worker on site with the real date is not flagged hidden", () => {
    for (const [date, sharers] of [['1900-01-01', 0], ['1970-01-01', 30]] as const) {
      const others = Array.from({ length: sharers }, (_, i) => registered({ workerId: `e${i}`, nameKh: '', nameLatin: `Zqx Epoch${'abcdefghij'[i % 10]}${'klm'[i % 3]}`, sex: 'M', dateOfBirth: date }));
      const nary = registered({ workerId: 'w6', nationalId: null, nssfNumber: null, nameKh: 'ឡុង នារី', nameLatin: 'LONG NARY', sex: 'F', dateOfBirth: date });
      const r = run([...others, nary], [onsite({ name: 'Long Nary', sex: 'F', dateOfBirth: '1994-08-17' })]);
      expect(first(r).status, date).not.toBe('hidden');
      expect(first(r).reasons, date).not.toContain('dob.differs');
    }
  });
});

describe('reconcile (fs-v2): a sheet whose ID column is out of line with its names', () => {
  // Four workers; on the sheet the national ID column was pasted one row off, so each row
  // carries the next worker's number beside its own name and date, and the last row's number
  // is that of a worker no row names.
  const crew = [
    registered({ workerId: 'k1', nationalId: '012345671', nameKh: 'សុខ ពិសិដ្ឋ', nameLatin: 'SOK PISETH', sex: 'M', dateOfBirth: '1981-10-12' }),
    registered({ workerId: 'k2', nationalId: '023456782', nameKh: 'ចាន់ វិបុល', nameLatin: 'CHAN VIBOL', sex: 'M', dateOfBirth: '1990-06-25' }),
    registered({ workerId: 'k3', nationalId: '034567893', nameKh: 'លី ស្រីមុំ', nameLatin: 'LY SREY MOM', sex: 'F', dateOfBirth: '1986-01-17' }),
    registered({ workerId: 'k4', nationalId: '045678904', nameKh: 'អ៊ុក សុម៉ាលី', nameLatin: 'OUK SOMALY', sex: 'F', dateOfBirth: '2002-01-15' }),
  ];
  const sheet = [
    onsite({ name: 'SOK PISETH', nationalId: '023456782', sex: 'M', dateOfBirth: '1981-10-12', source: 'csv', sourceRow: 1 }),
    onsite({ name: 'CHAN VIBOL', nationalId: '034567893', sex: 'M', dateOfBirth: '1990-06-25', source: 'csv', sourceRow: 2 }),
    onsite({ name: 'LY SREY MOM', nationalId: '045678904', sex: 'F', dateOfBirth: '1986-01-17', source: 'csv', sourceRow: 3 }),
  ];

  it("matches each row to the worker its name and date give, reading a number that another row's worker holds as not given, and says so", () => {
    const r = run(crew, sheet);
    expect(r.results.slice(0, 2).map((x) => [x.status, x.registeredId])).toEqual([['matched', 'k1'], ['matched', 'k2']]);
    expect(r.results[0].reasons).toContain('nationalId.anotherRow');
    expect(r.results[1].reasons).toContain('nationalId.anotherRow');
  });

  it("keeps a number whose holder no row names, which a person checks (a leaver's card lent to a newcomer)", () => {
    const r = run(crew, sheet);
    expect(r.results[2].reasons).not.toContain('nationalId.anotherRow');
    // Its name and date are LY SREY MOM's, its card another's outright: the card is checked.
    expect(r.results[2]).toMatchObject({ status: 'review', candidates: [{ registeredId: 'k3' }] });
    expect(r.results[2].reasons[0]).toBe('match.idDiffers');
  });

  it("keeps an NSSF number one slip from the row's own worker's, which lands on a colleague's number (NSSF numbers run in series)", () => {
    const a = registered({ workerId: 'n1', nssfNumber: '40815819', nameKh: 'ព្រំ ស្រីអូន', nameLatin: 'PROM SREY OUN', sex: 'F', dateOfBirth: '1990-02-11' });
    const b = registered({ workerId: 'n2', nssfNumber: '40815891', nameKh: 'ម៉ៅ ដារ៉ា', nameLatin: 'MAO DARA', sex: 'M', dateOfBirth: '1985-07-30' });
    const r = run([a, b], [
      onsite({ name: 'Prom Srey Oun', nssfNumber: '40815891', sex: 'F' }),
      onsite({ name: 'MAO DARA', nssfNumber: '40815891', sex: 'M', dateOfBirth: '1985-07-30' }),
    ]);
    expect(r.results[0].reasons).not.toContain('nssfNumber.anotherRow');
    expect(r.results[0].status).not.toBe('hidden');
  });

  it('keeps the number of one person entered twice, whose name is the holder\'s', () => {
    const card = onsite({ name: 'សុខ ពិសិដ្ឋ', nationalId: '012345671', sex: 'M', dateOfBirth: '1981-10-12', source: 'id-card' });
    const again = onsite({ name: 'Sok Piseth', nationalId: '012345671', sex: 'M', dateOfBirth: '1981-12-10', source: 'csv', sourceRow: 1 });
    const r = run(crew, [card, again]);
    for (const x of r.results) expect(x.reasons).not.toContain('nationalId.anotherRow');
  });
});

describe('reconcile (fs-v2): a sheet read in a month-first locale', () => {
  it('matches a date whose two-digit year went to the wrong century, day and month swapped too, where it was flagged hidden', () => {
    const mony = registered({ workerId: 'c1', nameKh: 'ស៊ាន មុន្នី', nameLatin: 'SAN MONY', sex: 'M', dateOfBirth: '2005-08-08' });
    const vichit = registered({ workerId: 'c2', nameKh: 'សំ វិចិត្រ', nameLatin: 'SAM VICHIT', sex: 'M', dateOfBirth: '1968-03-11' });
    const r = run([mony, vichit], [onsite({ name: 'SAN MONY', sex: 'M', dateOfBirth: '1905-08-08' }), onsite({ name: 'សំ វិចិត្រ', sex: 'M', dateOfBirth: '2068-11-03' })]);
    expect(r.results.map((x) => x.status)).not.toContain('hidden');
    expect(r.results.map((x) => x.registeredId)).toEqual(['c1', 'c2']);
    for (const x of r.results) expect(x.reasons).toContain('dob.centuryApart');
  });
});

describe('reconcile (fs-v2): dates and numbers that are not what their column says', () => {
  const sopheap = registered({ workerId: 'h1', nameKh: 'ព្រំ សុភាព', nameLatin: 'PROM SOPHEAP', sex: 'F', dateOfBirth: '1986-10-14', hireDate: '2020-11-09', nationalId: '253150690', nssfNumber: '1400390167' });
  const namesake = registered({ workerId: 'h2', nameKh: 'ព្រំ សុភាព', nameLatin: 'PROM SOPHEAP', sex: 'F', dateOfBirth: '1979-02-21', hireDate: '2015-03-02', nationalId: '118531259', nssfNumber: '1670039575' });

  it("matches a row whose date of birth is the worker's hire date, typed in the wrong column, and says so", () => {
    const r = first(run([sopheap, namesake], [onsite({ name: 'Prom Sopheap', sex: 'F', dateOfBirth: '2020-11-09' })]));
    expect(r.status).not.toBe('hidden');
    const top = r.status === 'matched' ? r : r.candidates![0];
    expect(top.registeredId).toBe('h1');
    expect(top.reasons).toContain('dob.hireDate');
    expect(r.reasons).toContain('dob.tooYoung');
  });

  it('reads a date of birth that makes the worker a child as not given, where it flagged the worker hidden, and says so', () => {
    const r = first(run([sopheap], [onsite({ name: 'ព្រំ សុភាព', sex: 'F', dateOfBirth: '2019-04-12' })]));
    expect(r.status).not.toBe('hidden');
    expect(r.reasons).toContain('dob.tooYoung');
  });

  it("reads an employer's staff number in the NSSF column as not given, where it counted against the worker, and says so", () => {
    // A register of NSSF numbers of ten digits; the sheet's column holds 4-digit staff numbers.
    const numbered = Array.from({ length: 40 }, (_, i) => registered({ workerId: `n${i}`, nameKh: '', nameLatin: `Qzx Wvt${'abcdefghij'[i % 10]}${'klmn'[i % 4]}`, sex: 'M', nssfNumber: String(1400000000 + i * 7919) }));
    const r = run([sopheap, namesake, ...numbered], [onsite({ name: 'PROM SOPHEAP', sex: 'F', dateOfBirth: '1986-10-14', nssfNumber: 'EMP-1779' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'h1' });
    expect(first(r).reasons).toContain('nssfNumber.otherShape');
    // A number with its leading zeros dropped is still the register's kind.
    const dropped = run([registered({ ...sopheap, nssfNumber: '0001713070' }), ...numbered], [onsite({ name: 'PROM SOPHEAP', sex: 'F', nssfNumber: '1713070' })]);
    expect(first(dropped).reasons).toContain('nssfNumber.equal');
  });

  it('matches the same name and date with another card number where the sheet shows cards re-issued with new numbers', () => {
    const given = ['សុខា', 'ដារ៉ា', 'វណ្ណា', 'សុភា', 'ចាន់ធី', 'រតនា', 'សំណាង', 'ពិសី', 'សុផល', 'វិចិត្រ'];
    const family = ['សុខ', 'ចាន់', 'កែវ', 'មាស', 'លី', 'ហេង', 'ឈឹម', 'ប៊ុន', 'ស៊ុន', 'យិន', 'អ៊ុំ', 'នួន'];
    const crew = Array.from({ length: 120 }, (_, i) => registered({ workerId: `q${String(i).padStart(3, '0')}`, nameKh: `${family[i % 12]} ${given[Math.floor(i / 12)]}`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${70 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`, nationalId: String(200000000 + i * 7919) }));
    // A quarter of the crew show a new card; the rest the registered one.
    const site = crew.map((w, i) => onsite({ name: w.nameKh, sex: w.sex, dateOfBirth: w.dateOfBirth, nationalId: i % 4 === 0 ? String(300000000 + i * 104729) : w.nationalId }));
    const r = run(crew, site);
    const reissued = r.results.filter((_, i) => i % 4 === 0);
    expect(reissued.every((x, k) => x.status === 'matched' && x.registeredId === crew[k * 4].workerId)).toBe(true);
  });

  it('sends a name alone whose namesake another row holds to review, not hidden, on a sheet that lists many people twice', () => {
    const given = ['សុខា', 'ដារ៉ា', 'វណ្ណា', 'សុភា', 'ចាន់ធី', 'រតនា', 'សំណាង', 'ពិសី', 'សុផល', 'វិចិត្រ'];
    const family = ['សុខ', 'ចាន់', 'កែវ', 'មាស', 'លី', 'ហេង', 'ឈឹម', 'ប៊ុន', 'ស៊ុន', 'យិន', 'អ៊ុំ', 'នួន'];
    const crew = Array.from({ length: 120 }, (_, i) => registered({ workerId: `t${String(i).padStart(3, '0')}`, nameKh: `${family[i % 12]} ${given[Math.floor(i / 12)]}`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${70 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}` }));
    // Two sheets put together: every worker with a date, and a tenth again, by name and sex alone.
    const payroll = crew.map((w) => onsite({ name: w.nameKh, sex: w.sex, dateOfBirth: w.dateOfBirth }));
    const again = crew.filter((_, i) => i % 10 === 0).map((w) => onsite({ name: w.nameKh, sex: w.sex }));
    const sheet = crew.filter((_, i) => i % 10 === 0).map((w) => onsite({ name: w.nameKh, sex: w.sex, dateOfBirth: w.dateOfBirth }));
    const r = run(crew, [...payroll, ...sheet, ...again]);
    const tail = r.results.slice(payroll.length + sheet.length);
    expect(tail.every((x) => x.status === 'review' && x.reasons.includes('match.twice'))).toBe(true);
  });
});

describe('reconcile (fs-v2): variations seen on the thirty-eighth to forty-third rosters', () => {
  it('reads a date of birth whose year is in the Buddhist Era as its Common Era date, and says so on the row', () => {
    const sophea = registered({ workerId: 'b1', nameKh: 'ចាន់ សុភា', nameLatin: 'CHAN SOPHEA', sex: 'F', dateOfBirth: '1990-05-12' });
    const namesake = registered({ workerId: 'b2', nameKh: 'ចាន់ សុភា', nameLatin: 'CHAN SOPHEA', sex: 'F', dateOfBirth: '1984-02-20' });
    const r = run([sophea, namesake], [onsite({ name: 'ចាន់ សុភា', sex: 'F', dateOfBirth: '2533-05-12' }), onsite({ name: 'Chan Sophea', sex: 'F', dateOfBirth: '2527-02-20' })]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'b1'], ['matched', 'b2']]);
    for (const x of r.results) expect(x.reasons).toEqual(expect.arrayContaining(['dob.equal', 'dob.buddhistEra']));
  });

  it('matches a name with a word in each script, one worker of many who share one of its words', () => {
    const given = ['សុភា', 'ដារ៉ា', 'វណ្ណា', 'សុខា', 'ចាន់ធី'];
    const chans = given.map((g, i) => registered({ workerId: `c${i}`, nameKh: `ចាន់ ${g}`, sex: 'F', dateOfBirth: `198${i}-03-1${i}` }));
    const r = run(chans, [onsite({ name: 'ចាន់ SOPHEA', sex: 'F', dateOfBirth: '1980-03-10' }), onsite({ name: 'Chan ដារ៉ា', sex: 'F' })]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'c0'], ['matched', 'c1']]);
  });

  it('weighs a name that shares nothing with the worker less where the sheet lists many workers by nickname, tied by their card and date', () => {
    const given = ['សុខា', 'ដារ៉ា', 'វណ្ណា', 'សុភា', 'ចាន់ធី', 'រតនា', 'សំណាង', 'ពិសី', 'សុផល', 'វិចិត្រ'];
    const family = ['សុខ', 'ចាន់', 'កែវ', 'មាស', 'លី', 'ហេង', 'ឈឹម', 'ប៊ុន', 'ស៊ុន', 'យិន', 'អ៊ុំ', 'នួន'];
    const crew = Array.from({ length: 120 }, (_, i) => registered({ workerId: `n${String(i).padStart(3, '0')}`, nameKh: `${family[i % 12]} ${given[Math.floor(i / 12)]}`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${70 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`, nationalId: String(200000000 + i * 7919) }));
    const nicknames = ['Pov', 'Touch', 'Mao', 'Kdat', 'Nak'];
    // A worker listed by the name they go by, their date alone tying them to the register.
    const byDate = onsite({ name: 'Srey Neang', sex: crew[1].sex, dateOfBirth: crew[1].dateOfBirth });
    const named = crew.slice(2).map((w) => onsite({ name: w.nameKh, sex: w.sex, dateOfBirth: w.dateOfBirth, nationalId: w.nationalId }));
    // On an ordinary sheet such a row is someone else: hidden.
    expect(run(crew, [byDate, ...named]).results[0]).toMatchObject({ status: 'hidden' });
    // On a sheet where a fifth of the rows give a worker's card and date under a nickname, it is for the inspector.
    const nicknamed = named.map((o, i) => (i % 5 === 0 ? { ...o, name: nicknames[i % 25 / 5] } : o));
    const r = run(crew, [byDate, ...nicknamed]);
    expect(r.results[0]).toMatchObject({ status: 'review', candidates: [expect.objectContaining({ registeredId: crew[1].workerId })] });
  });

  it("does not read siblings who give their household's family-book number as one person listed twice", () => {
    const given = ['សុខា', 'ដារ៉ា', 'វណ្ណា', 'សុភា', 'ចាន់ធី', 'រតនា', 'សំណាង', 'ពិសី', 'សុផល', 'វិចិត្រ'];
    const family = ['សុខ', 'ចាន់', 'កែវ', 'មាស', 'លី', 'ហេង', 'ឈឹម', 'ប៊ុន', 'ស៊ុន', 'យិន', 'អ៊ុំ', 'នួន'];
    const crew = Array.from({ length: 120 }, (_, i) => registered({ workerId: `h${String(i).padStart(3, '0')}`, nameKh: `${family[i % 12]} ${given[Math.floor(i / 12)]}`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${70 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}` }));
    // Every third row gives a family-book number its brother or sister beside it gives too.
    const book = (i: number) => (i % 3 === 0 ? `0808${String(Math.floor(i / 6)).padStart(2, '0')}/1${i % 6}` : null);
    const site = crew.map((w, i) => onsite({ name: w.nameKh, sex: w.sex, dateOfBirth: w.dateOfBirth, nationalId: book(i - (i % 6 === 3 ? 3 : 0)) }));
    // A namesake of a worker on the sheet, by name and sex alone, who gives their own family's book
    // number: on a sheet put together from two it would be that worker listed again; here, hidden.
    const hidden = onsite({ name: crew[7].nameKh, sex: crew[7].sex, nationalId: '080899/01' });
    const r = run(crew, [...site, hidden]);
    expect(r.results.slice(0, crew.length).every((x, i) => x.status === 'matched' && x.registeredId === crew[i].workerId)).toBe(true);
    expect(r.results[crew.length]).toMatchObject({ status: 'hidden', namesakeId: crew[7].workerId, reasons: ['held.byAnotherRow', 'name.equal'] });
  });
});

describe('reconcile (fs-v2): variations seen on the forty-fourth to forty-eighth rosters', () => {
  it("matches a row whose name and ID a paste put in each other's columns, or whose date sits in the NSSF column, and says so", () => {
    const r = run([dara], [onsite({ name: '012345678', nationalId: 'Sok Dara', sex: 'M' })]);
    expect(first(r)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(first(r).reasons).toEqual(expect.arrayContaining(['nationalId.equal', 'name.inIdColumn']));
    const d = run([dara], [onsite({ name: 'Sok Dara', sex: 'M', nssfNumber: '04/03/1990' })]);
    expect(first(d)).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(first(d).reasons).toEqual(expect.arrayContaining(['dob.equal', 'dob.inIdColumn']));
  });

  it('does not read a block of rows with the two ID columns swapped as cards re-issued, which would weaken a card that differs', () => {
    const given = ['សុខា', 'ដារ៉ា', 'វណ្ណា', 'សុភា', 'ចាន់ធី', 'រតនា', 'សំណាង', 'ពិសី', 'សុផល', 'វិចិត្រ'];
    const family = ['សុខ', 'ចាន់', 'កែវ', 'មាស', 'លី', 'ហេង', 'ឈឹម', 'ប៊ុន', 'ស៊ុន', 'យិន', 'អ៊ុំ', 'នួន'];
    const crew = Array.from({ length: 120 }, (_, i) => registered({ workerId: `s${String(i).padStart(3, '0')}`, nameKh: `${family[i % 12]} ${given[Math.floor(i / 12)]}`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${70 + (i % 30)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`, nationalId: String(200000000 + i * 7919), nssfNumber: String(1000000000 + i * 104729) }));
    // Worker s000 is absent; a third of the rows give the NSSF number in the card's column and the card in the NSSF column.
    const site = crew.slice(1).map((w, i) => onsite({ name: w.nameKh, sex: w.sex, dateOfBirth: w.dateOfBirth, nationalId: i % 3 === 0 ? w.nssfNumber : w.nationalId, nssfNumber: i % 3 === 0 ? w.nationalId : null }));
    // Their namesake, with a card of their own.
    const namesake = onsite({ name: crew[0].nameKh, sex: crew[0].sex, nationalId: '399999999' });
    const r = run(crew, [...site, namesake]);
    expect(r.results.slice(0, site.length).every((x, i) => x.status === 'matched' && x.registeredId === crew[i + 1].workerId)).toBe(true);
    expect(r.results[site.length]).toMatchObject({ status: 'hidden', namesakeId: crew[0].workerId });
  });

  it('matches a worker by the alias the register writes beside their name, in either script', () => {
    const vanna = registered({ workerId: 'k1', nameKh: 'កែវ វណ្ណា ហៅ ណា', nameLatin: 'KEO VANNA ALIAS NA', sex: 'F', dateOfBirth: '1991-08-14' });
    const sophea = registered({ workerId: 'k2', nameKh: 'ចាន់ សុភា', nameLatin: 'CHAN SOPHEA (ALIAS LIM SOPHEA)', sex: 'F', dateOfBirth: '1987-02-03' });
    const r = run([vanna, sophea], [onsite({ name: 'Keo Na', sex: 'F', dateOfBirth: '1991-08-14' }), onsite({ name: 'Lim Sophea', sex: 'F', dateOfBirth: '1987-02-03' })]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'k1'], ['matched', 'k2']]);
    for (const x of r.results) expect(x.reasons).toContain('name.equal');
  });
});

describe('reconcile (fs-v2): variations seen on the blind roster (written apart from the engine)', () => {
  it('takes a date of birth one calendar day off, where no single digit explains it (a midnight written out in UTC), as a slip', () => {
    const sophea = registered({ workerId: 'd1', nameKh: 'ចាន់ សុភា', nameLatin: 'CHAN SOPHEA', sex: 'F', dateOfBirth: '1990-03-10' });
    const mau = registered({ workerId: 'd2', nameKh: 'ម៉ៅ ដាលីន', nameLatin: 'MAU DALIN', sex: 'F', dateOfBirth: '1989-02-28' });
    const r = run([sophea, mau], [onsite({ name: 'ចាន់ សុភា', sex: 'F', dateOfBirth: '1990-03-09' }), onsite({ name: 'Mau Dalin', sex: 'F', dateOfBirth: '1989-03-01' })]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'd1'], ['matched', 'd2']]);
    for (const x of r.results) expect(x.reasons).toContain('dob.dayApart');
  });

  it('finds a name a slip away whose phonetic ring it shares with another name on the register (Ith Sinat, Tith Sina)', () => {
    // Enough Ith on the register that the family name alone is too common a key to read.
    const ith = Array.from({ length: 30 }, (_, i) =>
      registered({ workerId: `i${String(i).padStart(2, '0')}`, nameKh: `អ៊ិត ${['សុខា', 'ដារ៉ា', 'វណ្ណា', 'សុភា', 'ចាន់ធី', 'រតនា'][i % 6]}`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${70 + i}-05-1${i % 10}` }));
    // Tith Sina is the first of the ring on the register (workers are read in id order), and is no slip of the row's name.
    const tith = registered({ workerId: 'a1', nameKh: 'ទិត្យ ស៊ីណា', sex: 'M', dateOfBirth: '1975-01-15' });
    const sinat = registered({ workerId: 'a2', nameKh: 'អ៊ិត ស៊ីណាត', nameLatin: 'IT SINATH', sex: 'M', dateOfBirth: '1981-07-21' });
    const r = first(run([tith, sinat, ...ith], [onsite({ name: 'អ៊ិត ស៊ីនាត', sex: 'M', dateOfBirth: '1981-07-20' })]));
    expect(r.status).not.toBe('hidden');
    expect(r.registeredId ?? r.candidates?.[0].registeredId).toBe('a2');
  });
});

describe('reconcile (fs-v2): a Khmer name run together', () => {
  it('reads a register name written without a space (ពេជ្រធីតា) as the words the register writes apart elsewhere, against a Latin name on site', () => {
    const thida = registered({ workerId: 'j1', nameKh: 'ពេជ្រធីតា', sex: 'F', dateOfBirth: '1979-01-04' });
    const words = [
      registered({ workerId: 'j2', nameKh: 'ពេជ្រ សុភា', sex: 'F', dateOfBirth: '1985-02-03' }),
      registered({ workerId: 'j3', nameKh: 'សុខ ធីតា', sex: 'F', dateOfBirth: '1990-07-08' }),
    ];
    const r = first(run([thida, ...words], [onsite({ name: 'PECH THYDA', sex: 'F', dateOfBirth: '1979-01-04' })]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 'j1' });
    expect(r.reasons).toEqual(expect.arrayContaining(['name.phonetic', 'name.crossScript', 'dob.equal']));
  });
});

describe('reconcile (fs-v2): a Latin name run together on site', () => {
  const sophea = registered({ workerId: 'k1', nameKh: 'កែវ សុភា', nameLatin: 'KAEV SOPHEA', sex: 'F', dateOfBirth: '1980-02-07' });
  const khmerOnly = registered({ workerId: 'k2', nameKh: 'ខៀវ ស្រីនាង', sex: 'F', dateOfBirth: '1972-12-29' });

  it('matches a sheet that writes the whole name as one word, whose joined letters key otherwise than the words (the final v of Kaev)', () => {
    const r = run([sophea, khmerOnly], [onsite({ name: 'KAEVSOPHEA', sex: 'F', dateOfBirth: '1980-02-07' }), onsite({ name: 'KHIEVSREYNEANG', sex: 'F', dateOfBirth: '1972-12-29' })]);
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'k1' });
    expect(r.results[0].reasons).toEqual(expect.arrayContaining(['name.phonetic', 'dob.equal']));
    expect(r.results[1]).toMatchObject({ status: 'matched', registeredId: 'k2' });
  });
});

describe('reconcile (fs-v2): a Khmer name broken by zero-width spaces within a word', () => {
  it('reads the name as the words other names write apart, not as its breaks', () => {
    // ពៅចរិ​យា: family and given name run together, a zero-width space between the given name's syllables.
    const chariya = registered({ workerId: 'z1', nameKh: 'ពៅចរិ\u200bយា', nameLatin: null, sex: 'F', dateOfBirth: '1977-12-06' });
    // Other names write ពៅ and ចរិយា apart, each more than once.
    const teach = ['ពៅ ដារា', 'ពៅ សុខា', 'សុខ ចរិយា', 'កែវ ចរិយា'].map((nameKh, i) => registered({ workerId: `z${i + 2}`, nameKh, sex: 'F', dateOfBirth: `198${i}-01-02` }));
    const r = first(run([chariya, ...teach], [onsite({ name: 'PAO CHARIYA', sex: 'F', dateOfBirth: '1977-12-06' })]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 'z1' });
    expect(r.reasons).toEqual(expect.arrayContaining(['name.phonetic', 'name.crossScript', 'dob.equal']));
  });
});

describe('reconcile (fs-v2): zero-width spaces between the syllables of a word, beside real spaces', () => {
  it('reads the pieces that make a word of the register as that word, and keeps the name as written for a compound the register writes apart', () => {
    // The foreman's list: a kin word, then the given name alone, a zero-width space between its syllables.
    const makara = registered({ workerId: 'k1', nameKh: 'ហ៊ុន មករា', nameLatin: 'HUN MAKARA', sex: 'M', dateOfBirth: '1999-07-06' });
    const thida = registered({ workerId: 'k2', nameKh: 'មាស ធីតា', nameLatin: 'MIAS THIDA', sex: 'F', dateOfBirth: '1983-05-09' });
    // A compound family name the register writes as one word for one worker and in two for another.
    const lysok = registered({ workerId: 'k3', nameKh: 'លីសុខ ចាន់', nameLatin: null, sex: 'M', dateOfBirth: '1970-02-03' });
    const lim = registered({ workerId: 'k4', nameKh: 'លី សុខ លឹម', nameLatin: null, sex: 'M', dateOfBirth: '1988-09-01' });
    const r = run([makara, thida, lysok, lim], [
      onsite({ name: 'អា មក\u200bរា', sex: 'M', dateOfBirth: '1999-07-06' }),
      onsite({ name: 'ធី\u200bតា នាង', sex: 'F', dateOfBirth: '1983-05-09' }),
      onsite({ name: 'លី\u200bសុខ លឹម', sex: 'M', dateOfBirth: '1988-09-01' }),
    ]);
    // Read as its breaks, the given name was two words (មក, រា) sharing nothing with MAKARA: the
    // date alone tied them, as it would tie a stranger born that day.
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'k1' });
    expect(r.results[0].reasons).not.toContain('name.differs');
    // The given name alone shares one word with MIAS THIDA: the inspector confirms it.
    expect(r.results[1].status).toBe('review');
    expect(r.results[1].reasons).toEqual(expect.arrayContaining(['name.partial', 'dob.equal']));
    expect(r.results[1].candidates?.[0]?.registeredId).toBe('k2');
    expect(r.results[2]).toMatchObject({ status: 'matched', registeredId: 'k4' });
  });
});

describe('reconcile (fs-v2): one word of a name alone', () => {
  it('weighs a given name alone by how many of the register hold it: a rare one with the very date and sex matches', () => {
    const phalla = registered({ workerId: 'g1', nameKh: 'ឈឿង ផល្លា', nameLatin: 'CHHOEUNG PHALLA', sex: 'F', dateOfBirth: '1985-03-03' });
    // The sheet's family-name column lost: PHALLA alone, which one worker in 342 holds. As any
    // shared word (NAME.partial's u, 0.12), it went to review with the very date and sex.
    const r = run([phalla, ...moms], [onsite({ name: 'PHALLA', sex: 'F', dateOfBirth: '1985-03-03' })]);
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'g1' });
    expect(r.results[0].reasons).toEqual(expect.arrayContaining(['name.partial', 'dob.equal']));
  });
});

describe('reconcile (fs-v2): a Latin name written letter by letter', () => {
  it('reads Gaṅ Vicitr and Yẏm Cariyā back into Khmer letters, and so as the register writes them', () => {
    const vichet = registered({ workerId: 'l1', nameKh: 'គង់ វិចិត្រ', nameLatin: null, sex: 'M', dateOfBirth: '1993-04-02' });
    const chariya = registered({ workerId: 'l2', nameKh: 'យឹម ចរិយា', nameLatin: 'YIM CHARIYA', sex: 'F', dateOfBirth: '1968-12-24' });
    const r = run([vichet, chariya], [onsite({ name: 'Gaṅ Vicitr', sex: 'M', dateOfBirth: '1993-04-02' }), onsite({ name: 'Yẏm Cariyā', sex: 'F', dateOfBirth: '1968-12-24' })]);
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'l1' });
    expect(r.results[1]).toMatchObject({ status: 'matched', registeredId: 'l2' });
  });
});

describe('reconcile (fs-v2): a sheet that writes its names letter by letter', () => {
  it('still reads from how the sheet spells its names that a name sharing nothing with the worker\'s is weak evidence, where its marks were stripped', () => {
    // Sixty workers the sheet ties by card number and date, their names written letter by letter with the marks.
    const families = [['សុខ', 'Sukh'], ['មាស', 'Mās'], ['វង្ស', 'Vaṅs'], ['ហេង', 'Heṅ'], ['សេង', 'Seṅ'], ['យឹម', 'Yẏm']];
    const givens = [['មាលា', 'Mālā'], ['ចរិយា', 'Cariyā'], ['សុខា', 'Sukhā'], ['ធីតា', 'Dhītā'], ['បុប្ផា', 'Bupphā'], ['រចនា', 'Racanā'], ['សុភា', 'Subhā'], ['វាសនា', 'Vāsanā'], ['ម៉ាលី', 'Mālī'], ['ចិន្តា', 'Cintā']];
    const pairs = families.flatMap(([fk, fl], i) => givens.map(([gk, gl], j) => ({ kh: `${fk} ${gk}`, latin: `${fl} ${gl}`, n: i * 10 + j })));
    const tied = pairs.map(({ kh, n }) => registered({ workerId: `a${n}`, nationalId: String(200000000 + n * 7919), nameKh: kh, nameLatin: null, sex: 'F', dateOfBirth: `${1970 + (n % 30)}-${String(1 + (n % 12)).padStart(2, '0')}-1${n % 10}` }));
    const vichet = registered({ workerId: 'v1', nameKh: 'តាំង វិចិត្រ', nameLatin: null, sex: 'M', dateOfBirth: '1987-05-22' });
    const rows = pairs.map(({ latin, n }) => onsite({ name: latin, nationalId: tied[n].nationalId, sex: 'F', dateOfBirth: tied[n].dateOfBirth }));
    // The same scheme with its marks stripped (Tāṃṅ Vicitr): read by ear, it shares nothing with តាំង វិចិត្រ.
    // A register of thousands, where a date of birth alone ties a stranger to someone.
    const more = Array.from({ length: 3000 }, (_, i) => registered({ workerId: `y${i}`, nameKh: '', nameLatin: `Qzx Wrt${i}`, sex: i % 2 ? 'F' : 'M', dateOfBirth: `19${60 + (i % 40)}-0${1 + (i % 9)}-0${1 + (i % 9)}` }));
    const r = run([...tied, vichet, ...more], [...rows, onsite({ name: 'Tamn Vicitr', sex: 'M', dateOfBirth: '1987-05-22' })]);
    expect(r.results.slice(0, 60).every((x) => x.status === 'matched')).toBe(true);
    const last = r.results[60];
    expect(last.status).toBe('review');
    expect(last.candidates?.[0]?.registeredId).toBe('v1');
  });
});

describe('reconcile (fs-v2): Cham names with bin or binti', () => {
  it('matches a name written with the link to the father\'s name against one without it, in either order', () => {
    const siti = registered({ workerId: 'c1', nameKh: 'សាដ ស៊ីទី', nameLatin: 'SAAD SITI', sex: 'F', dateOfBirth: '1998-03-14' });
    const rosmah = registered({ workerId: 'c2', nameKh: 'រ៉ូស្មះ ប៊ិនទី អូស្មាន់', nameLatin: 'ROSMAH BINTI OSMAN', sex: 'F', dateOfBirth: '2006-11-14' });
    const r = run([siti, rosmah], [onsite({ name: 'SITI BINTI SAAD', sex: 'F', dateOfBirth: '1998-03-14' }), onsite({ name: 'Osman Rosmah', sex: 'F', dateOfBirth: '2006-11-14' })]);
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'c1' });
    expect(r.results[0].reasons).toEqual(expect.arrayContaining(['name.phonetic', 'name.swapped', 'dob.equal']));
    expect(r.results[1]).toMatchObject({ status: 'matched', registeredId: 'c2' });
  });
});

describe('reconcile (fs-v2): a sheet that gives only the year of birth', () => {
  it('finds a worker whose name has a slip in each word among the holders of its words born that year, where no key met them', () => {
    // Forty others hold the given name: too many to read each word's holders whatever their year.
    const vanna = registered({ workerId: 'v1', nameKh: 'ឈឹម វណ្ណា', nameLatin: 'CHHIM VANNA', sex: 'F', dateOfBirth: '1974-06-15' });
    const namesakes = Array.from({ length: 40 }, (_, i) =>
      registered({ workerId: `v${i + 2}`, nameKh: 'សុខ វណ្ណា', nameLatin: 'SOK VANNA', sex: 'F', dateOfBirth: `${1940 + i}-03-0${1 + (i % 9)}` }));
    const r = first(run([vanna, ...namesakes], [onsite({ name: 'Cjhem Vana', sex: 'F', dateOfBirth: '1974-01-01' })]));
    expect(r.status).not.toBe('hidden');
    expect(r.candidates?.[0].registeredId ?? r.registeredId).toBe('v1');
  });
});

describe('reconcile (fs-v2): a name typed by ear, beside a worker with its date and another name', () => {
  // SUN SOKHY's date is the row's year-only date: a pair at even odds or better, with a name
  // that is not the row's. No key reads CHHAMROEUN as Chamrone, and 1 January no date with a day.
  const chamroeun = registered({ workerId: 'c1', nameKh: 'ស៊ុន ចំរើន', nameLatin: 'SUN CHAMROEUN', sex: 'M', dateOfBirth: '2006-07-26' });
  const sokhy = registered({ workerId: 'c2', nameKh: 'ស៊ុន សុខី', nameLatin: null, sex: 'M', dateOfBirth: '2006-01-01' });
  // Thirty more of the family: too many to read the family name's holders whatever their year.
  const family = ['DARA', 'VUTHY', 'SOPHEA', 'RITHY', 'KOSAL', 'PISETH'].flatMap((given, g) =>
    Array.from({ length: 5 }, (_, i) => registered({ workerId: `c${3 + g * 5 + i}`, nameKh: '', nameLatin: `SUN ${given}`, sex: 'M', dateOfBirth: `${1970 + g * 5 + i}-0${1 + i}-1${g}` })));

  it('still meets the worker whose name it is, born that year, and does not flag the row hidden', () => {
    const r = first(run([chamroeun, sokhy, ...family], [onsite({ name: 'Sun Chamrone', sex: 'M', dateOfBirth: '2006-01-01' }), onsite({ name: 'Sun Sokhy', sex: 'M', dateOfBirth: '2006-01-01' })]));
    expect(r.status).not.toBe('hidden');
    expect(r.candidates?.[0].registeredId ?? r.registeredId).toBe('c1');
  });

  it('meets a common name with a slip, born the year before, when the sheet worked the year out from an age', () => {
    // Seventy namesakes: too many to read the name whole; the slip's name met with the row's year or day and month, no one.
    const thavy = registered({ workerId: 't1', nameKh: 'ចាន់ ថាវី', nameLatin: 'CHAN THAVY', sex: 'F', dateOfBirth: '2006-08-26' });
    const namesakes = Array.from({ length: 70 }, (_, i) =>
      registered({ workerId: `t${i + 2}`, nameKh: 'ចាន់ ថាវី', nameLatin: 'CHAN THAVY', sex: 'F', dateOfBirth: `${1935 + i}-0${1 + (i % 9)}-1${i % 10}` }));
    const r = first(run([thavy, ...namesakes], [onsite({ name: 'xhan thavy', sex: 'F', dateOfBirth: '2007-01-01' })]));
    expect(r.status).not.toBe('hidden');
    expect(r.candidates?.[0].registeredId ?? r.registeredId).toBe('t1');
  });

  it('meets a worker the register gives no date, whose name only a word of the row shares, beside one born on its very date', () => {
    const undated = { ...chamroeun, dateOfBirth: null };
    const sameDay = { ...sokhy, dateOfBirth: '2006-04-11' };
    const r = first(run([undated, sameDay, ...family], [onsite({ name: 'Sun Chamrone', sex: 'M', dateOfBirth: '2006-04-11' }), onsite({ name: 'Sun Sokhy', sex: 'M', dateOfBirth: '2006-04-11' })]));
    expect(r.status).not.toBe('hidden');
    expect(r.candidates?.[0].registeredId ?? r.registeredId).toBe('c1');
  });
});

describe('reconcile (fs-v2): a time clock that cuts names short, or writes the family name as an initial', () => {
  const leakhena = registered({ workerId: 'k1', nameKh: 'ថាច់ ស្រីលក្ខិណា', nameLatin: 'THACH SREYLEAKHENA', sex: 'F', dateOfBirth: '1990-03-04' });
  const row = onsite({ name: 'THAC SREYLEA', sex: 'F', dateOfBirth: '1990-03-04' });
  // The clock's other names: 30 filling its 12 characters, 20 shorter. No one on the register.
  const clock = [
    ...Array.from({ length: 30 }, (_, i) => onsite({ name: `QX VRTLMNP${'ABCDEFGHIJ'[i % 10]}${'KLM'[i % 3]}` })),
    ...Array.from({ length: 20 }, (_, i) => onsite({ name: `QX VRTLMN${'ABCDEFGHIJ'[i % 10]}${'KL'[i % 2]}` })),
  ];

  it('matches a name the clock cut short, on its very date, where its names pile up at the cut', () => {
    const r = first(run([leakhena], [row, ...clock]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 'k1' });
    expect(r.reasons).toEqual(expect.arrayContaining(['name.shortened', 'dob.equal']));
  });

  it('does not read a shorter name as cut on a sheet whose names show no cut', () => {
    expect(first(run([leakhena], [row])).reasons).not.toContain('name.shortened');
  });

  it('matches a family name written as an initial, on the very date', () => {
    const long = registered({ workerId: 'l1', nameKh: 'ឡុង សុខរ៉ា', nameLatin: 'LONG SOKRA', sex: 'F', dateOfBirth: '2002-03-18' });
    const r = first(run([long], [onsite({ name: 'L. SOK RA', sex: 'F', dateOfBirth: '2002-03-18' })]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 'l1' });
    expect(r.reasons).toContain('name.shortened');
  });

  it('finds for an initial and a given name alone its worker among the given name\'s many holders, and asks a person', () => {
    const son = registered({ workerId: 's1', nameKh: 'សន សុវណ្ណា', nameLatin: null, sex: 'F', dateOfBirth: '2005-12-15' });
    const holders = ['SOK', 'KEO', 'CHEA', 'LIM', 'MEAS', 'NOU', 'OUK', 'PEN'].flatMap((family, f) =>
      Array.from({ length: 4 }, (_, i) => registered({ workerId: `s${2 + f * 4 + i}`, nameKh: '', nameLatin: `${family} SOVANNA`, sex: 'F', dateOfBirth: `${1970 + f * 4 + i}-0${1 + i}-2${f}` })));
    const r = first(run([son, ...holders], [onsite({ name: 'S. SOVANNA' })]));
    expect(r.status).toBe('review');
    expect(r.candidates?.map((c) => c.registeredId)).toContain('s1');
  });
});

describe('reconcile (fs-v2): a crew list that writes workers as their boss calls them', () => {
  it('matches a name after a word of kinship or respect (Ming, ពូ) on its very date', () => {
    const bopha = registered({ workerId: 'b1', nameKh: 'ជ័យ បុប្ផា', nameLatin: 'CHEY BOPHA', sex: 'F', dateOfBirth: '1976-04-23' });
    const kosal = registered({ workerId: 'b2', nameKh: 'អៀង កុសល', nameLatin: null, sex: 'M', dateOfBirth: '1977-08-02' });
    const r = run([bopha, kosal], [onsite({ name: 'MING CHEY BOPHA', sex: 'F', dateOfBirth: '1976-04-23' }), onsite({ name: 'ពូ\u200bអៀង\u200bកុសល', sex: 'M', dateOfBirth: '1977-08-02' })]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'b1'], ['matched', 'b2']]);
    expect(r.results[0].reasons).toContain('name.equal');
  });

  it('still matches a family name that is also a kin word (Oun) as written', () => {
    const oun = registered({ workerId: 'o1', nameKh: 'អ៊ុន ស្រីមុំ', nameLatin: 'OUN SREYMOM', sex: 'F', dateOfBirth: '1990-02-11' });
    expect(first(run([oun], [onsite({ name: 'OUN SREYMOM', sex: 'F', dateOfBirth: '1990-02-11' })]))).toMatchObject({ status: 'matched', registeredId: 'o1' });
  });

  it('matches a name with a title after it, or between family and given name, on its very date', () => {
    const thida = registered({ workerId: 't1', nameKh: 'វ៉ាន់ ធីតា', nameLatin: 'VANN THIDA', sex: 'F', dateOfBirth: '1989-11-20' });
    const davuth = registered({ workerId: 't2', nameKh: 'ឈឹម ដាវុធ', nameLatin: 'CHHIM DAVUTH', sex: 'M', dateOfBirth: '1966-12-17' });
    const phalla = registered({ workerId: 't3', nameKh: 'លី ផល្លា', nameLatin: 'LY PHALLA', sex: 'F', dateOfBirth: '1999-12-01' });
    const r = run([thida, davuth, phalla], [
      onsite({ name: 'THIDA VANN LOOK SREY', sex: 'F', dateOfBirth: '1989-11-20' }),
      onsite({ name: 'Chhim, Bong Davuth', sex: 'M', dateOfBirth: '1966-12-17' }),
      onsite({ name: 'NEAK SREY LI PHALLA', sex: 'F', dateOfBirth: '1999-12-01' }),
    ]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 't1'], ['matched', 't2'], ['matched', 't3']]);
  });
});

describe('reconcile (fs-v2): years of birth worked out from ages', () => {
  // Thirty workers, the first ten with a namesake born twenty-five years before; the sheet gives
  // each a year worked out from an age: right for half, a year early for the other half (the
  // birthday not come yet). The twenty whose name no one else holds show the sheet's habit.
  const given = ['DARA', 'VUTHY', 'SOPHEA', 'RITHY', 'KOSAL', 'PISETH', 'SOKHA', 'VANNA', 'CHANTHA', 'BOPHA'];
  const family = ['SOK', 'KEO', 'CHEA'];
  const names = family.flatMap((f) => given.map((g) => `${f} ${g}`));
  const reg = names.flatMap((name, i) => [
    registered({ workerId: `a${i}`, nameKh: '', nameLatin: name, sex: 'M', dateOfBirth: `${1980 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}` }),
    ...(i < 10 ? [registered({ workerId: `b${i}`, nameKh: '', nameLatin: name, sex: 'M', dateOfBirth: `${1955 + (i % 10)}-0${1 + (i % 9)}-2${i % 10}` })] : []),
  ]);
  const sheet = names.map((name, i) => onsite({ name, sex: 'M', dateOfBirth: `${1980 + (i % 10) - (i % 2)}-01-01` }));

  it('matches a year a year early as it matches the same year, on a sheet whose years show they came from ages', () => {
    const r = run(reg, sheet);
    // The workers with a namesake, given a year a year early.
    const early = r.results.filter((_, i) => i < 10 && i % 2 === 1);
    expect(early.map((x) => [x.status, x.registeredId])).toEqual(['a1', 'a3', 'a5', 'a7', 'a9'].map((id) => ['matched', id]));
    expect(early[0].reasons).toContain('dob.yearOnlyApart');
  });

  it('keeps a year a year early in doubt on a sheet whose years are right', () => {
    const right = names.map((name, i) => onsite({ name, sex: 'M', dateOfBirth: `${1980 + (i % 10)}-01-01` }));
    const one = onsite({ name: 'SOK VUTHY', sex: 'M', dateOfBirth: '1980-01-01' });
    expect(first(run(reg, [one, right[0], ...right.slice(2)])).status).not.toBe('matched');
  });
});

describe('reconcile (fs-v2): a Khmer keyboard slip that romanizes as another name', () => {
  it('takes ដានិ for ដានី (the last vowel short) as a slip, though it keys as the family name តាន់ (Tan)', () => {
    const dany = registered({ workerId: 'd1', nameKh: 'ម៉ាក់ ដានី', nameLatin: null, sex: 'F', dateOfBirth: '2007-01-16' });
    const tan = registered({ workerId: 'd2', nameKh: 'តាន់ សុភា', nameLatin: null, sex: 'F', dateOfBirth: '1990-05-05' });
    const r = first(run([dany, tan], [onsite({ name: 'ម៉ាក់\u200bដានិ', sex: 'F', dateOfBirth: '2007-01-16' })]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 'd1' });
    expect(r.reasons).toContain('name.similar');
  });
});

describe('reconcile (fs-v2): a register that runs every Khmer name together', () => {
  // Written in Khmer only, run together: romanized as one word, the join is guessed wrong.
  const sreyna = registered({ workerId: 'p1', nameKh: 'ពេជ្រស្រីណា', sex: 'F', dateOfBirth: '2000-04-03' });
  const others = [
    registered({ workerId: 'p2', nameKh: 'ពេជ្រសុភា', nameLatin: 'PECH SOPHEA', sex: 'F', dateOfBirth: '1985-02-03' }),
    registered({ workerId: 'p3', nameKh: 'សុខស្រីណា', nameLatin: 'SOK SREY NA', sex: 'F', dateOfBirth: '1990-07-08' }),
  ];

  it('finds a worker written in Khmer only from a Latin name on site, cut where the Latin names of others show', () => {
    const r = first(run([sreyna, ...others], [onsite({ name: 'Pech Srey Na', sex: 'F', dateOfBirth: '2000-04-03' })]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 'p1' });
    expect(r.reasons).toEqual(expect.arrayContaining(['name.crossScript', 'dob.equal']));
  });

  it('finds them too where the register gives no Latin name at all, cut where the sheet writes its Khmer names apart', () => {
    const khmerOnly = others.map((o) => ({ ...o, nameLatin: null }));
    const r = run([sreyna, ...khmerOnly], [onsite({ name: 'Pech Srey Na', sex: 'F', dateOfBirth: '2000-04-03' }), onsite({ name: 'ពេជ្រ សុភា', sex: 'F', dateOfBirth: '1985-02-03' }), onsite({ name: 'សុខ ស្រីណា', sex: 'F', dateOfBirth: '1990-07-08' })]);
    expect(r.results.map((x) => [x.status, x.registeredId])).toEqual([['matched', 'p1'], ['matched', 'p2'], ['matched', 'p3']]);
  });
});

describe('reconcile (fs-v2): a name slipped in every word', () => {
  it('matches a name with a slip in each word (Kin Cahriya) on the very date of birth, and says so, where it was flagged hidden', () => {
    const chariya = registered({ workerId: 's1', nameKh: 'គីម ចរិយា', nameLatin: 'KIM CHARIYA', sex: 'F', dateOfBirth: '2001-12-11' });
    const r = first(run([chariya], [onsite({ name: 'Kin Cahriya', sex: 'F', dateOfBirth: '2001-12-11' })]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 's1' });
    expect(r.reasons).toEqual(expect.arrayContaining(['name.slipped', 'dob.equal']));
  });

  it('gives a name slipped in every word, with nothing else to go on, no weight: not a match', () => {
    const chariya = registered({ workerId: 's1', nameKh: 'គីម ចរិយា', nameLatin: 'KIM CHARIYA', sex: 'F', dateOfBirth: '2001-12-11' });
    expect(first(run([chariya], [onsite({ name: 'Kin Cahriya', sex: 'F' })])).status).not.toBe('matched');
  });
});

describe('reconcile (fs-v2): a common name misspelled, with a slip in the date', () => {
  it('reads the holders of a name a typo away born the same day and month, when the name is too common to read whole', () => {
    // More Chan Sophea than blocking reads of a name a typo away, none of them born on 15 September.
    const namesakes = Array.from({ length: 70 }, (_, i) =>
      registered({ workerId: `c${String(i).padStart(2, '0')}`, nameKh: 'ចាន់ សុភា', sex: 'F', dateOfBirth: `${1970 + (i % 35)}-${String(1 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const sophea = registered({ workerId: 'cx', nameKh: 'ចាន់ សុភា', sex: 'F', dateOfBirth: '1990-09-15' });
    const r = first(run([...namesakes, sophea], [onsite({ name: 'CHANN SOPHA', sex: 'F', dateOfBirth: '1989-09-15' })]));
    expect(r.status).not.toBe('hidden');
    expect(r.registeredId ?? r.candidates?.[0].registeredId).toBe('cx');
  });
});

describe('reconcile (fs-v2): the two ID columns swapped', () => {
  const thida = registered({ workerId: 'sw1', nationalId: '144963161', nssfNumber: '0000906053', nameKh: 'ចាន់ ធីតា', nameLatin: 'CHAN THIDA', sex: 'F', dateOfBirth: '1988-05-02' });

  it('matches a row whose national ID and NSSF number are each the other, and says so, where it was flagged hidden', () => {
    const r = first(run([thida], [onsite({ name: 'CHANN THIDA', nationalId: '0000906053', nssfNumber: '144963161', dateOfBirth: '1988-05-02' })]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 'sw1' });
    expect(r.reasons).toEqual(expect.arrayContaining(['nationalId.otherColumn', 'nssfNumber.otherColumn', 'dob.equal']));
  });

  it('finds the worker by a number in the wrong column alone, leading zeros dropped, and leaves a name that differs to a person', () => {
    for (const [row, code] of [[onsite({ name: 'Srey Khmao', nssfNumber: '144963161' }), 'nssfNumber.otherColumn'], [onsite({ name: 'Mab', nationalId: '906053' }), 'nationalId.otherColumn']] as const) {
      const r = first(run([thida], [row]));
      expect(r.status).toBe('review');
      expect(r.candidates?.[0]).toMatchObject({ registeredId: 'sw1', reasons: expect.arrayContaining([code]) });
    }
  });
});

describe('reconcile (fs-v2): a registered worker\'s very ID number on a row that otherwise tells against them', () => {
  const navy = registered({ workerId: 'id1', nationalId: '016652182', nssfNumber: '0002506539', nameKh: 'ខៀវ ណាវី', nameLatin: 'KHIEV NAVY', sex: 'F', dateOfBirth: '1997-07-20' });

  it('sends the row to a person with that worker, not to hidden, and says why', () => {
    // A nickname, a date from the worker's own say, the sex written wrong: all against, but the card number.
    const row = onsite({ name: 'TOM', nationalId: '016652182', sex: 'M', dateOfBirth: '2001-01-01' });
    const r = first(run([navy], [row]));
    expect(r.status).toBe('review');
    expect(r.reasons[0]).toBe('match.idHeld');
    expect(r.candidates?.[0]).toMatchObject({ registeredId: 'id1', reasons: expect.arrayContaining(['nationalId.equal', 'name.differs', 'dob.differs', 'sex.differs']) });
    // A score above nothing, or the review card would leave the candidate out.
    expect(r.candidates![0].score).toBeGreaterThan(0);
    // Once the inspector says it is not that worker, nothing else is left: hidden.
    expect(first(run([navy], [row], [{ onsiteId: row.id, kind: 'reject', registeredId: 'id1' }])).status).toBe('hidden');
  });

  it('does not match on the card number and NSSF number of a worker who left, beside another given name and a date years apart', () => {
    // The family name shared, nothing else but the ID numbers.
    const r = first(run([navy], [onsite({ name: 'Khiev Srey Pov', nationalId: '016652182', nssfNumber: '0002506539', sex: 'F', dateOfBirth: '2003-10-05' })]));
    expect(r.status).toBe('review');
    expect(r.reasons[0]).toBe('match.idHeld');
    expect(r.candidates?.[0]).toMatchObject({ registeredId: 'id1', reasons: expect.arrayContaining(['nationalId.equal', 'nssfNumber.equal', 'dob.differs']) });
  });

  it('does not match the card number and the very name beside a date years apart: a namesake on a borrowed card, or a date from elsewhere', () => {
    const r = first(run([navy], [onsite({ name: 'KHIEV NAVY', nationalId: '016652182', sex: 'F', dateOfBirth: '1988-02-11' })]));
    expect(r.status).toBe('review');
    expect(r.reasons[0]).toBe('match.idHeld');
    expect(r.candidates?.[0]).toMatchObject({ registeredId: 'id1', reasons: expect.arrayContaining(['nationalId.equal', 'name.equal', 'dob.differs']) });
    // A year off on another day, beside the very name, is a birthday not known, not another person.
    expect(first(run([navy], [onsite({ name: 'KHIEV NAVY', nationalId: '016652182', sex: 'F', dateOfBirth: '1998-03-02' })]))).toMatchObject({ status: 'matched', registeredId: 'id1' });
  });

  it('still matches that number beside a shared word and the very date, the sex written wrong', () => {
    const r = first(run([navy], [onsite({ name: 'KHIEV SREY POV', nationalId: '016652182', sex: 'M', dateOfBirth: '1997-07-20' })]));
    expect(r).toMatchObject({ status: 'matched', registeredId: 'id1' });
  });
});

describe('reconcile (fs-v2): a row its ID numbers do not settle is still looked up by name and date', () => {
  const vuthy = registered({ workerId: 'w2', nationalId: '098765432', nameKh: 'ជា វុទ្ធី', nameLatin: 'CHEA VUTHY', sex: 'M', dateOfBirth: '1984-07-09' });
  const daraNoId = { ...dara, nationalId: null, nssfNumber: null };

  it('finds the worker by name and date when the row gives another worker\'s ID number', () => {
    // The card of one worker beside the name and date of another: the ID alone must not settle it.
    const r = first(run([daraNoId, vuthy], [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04', nationalId: '098765432' })]));
    expect(r.registeredId === 'w1' || r.candidates?.some((c) => c.registeredId === 'w1')).toBe(true);
    expect(r.registeredId).not.toBe('w2');
  });

  it('matches a row its ID, name and date settle, and leaves the namesake born the same day to the row without an ID', () => {
    const twin = registered({ workerId: 'w3', nameKh: 'សុខ ដារ៉ា', nameLatin: 'SOK DARA', sex: 'M', dateOfBirth: '1990-03-04' });
    const r = run([dara, twin], [onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04', nationalId: '012345678' }), onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04' })]);
    expect(r.results[0]).toMatchObject({ status: 'matched', registeredId: 'w1' });
    expect(r.results[1]).toMatchObject({ status: 'matched', registeredId: 'w3' });
    expect(r.absent).not.toContain('w1');
  });
});

describe('reconcile (fs-v2): a sheet that lists far more people than the register holds', () => {
  // 301 registered, 1,500 on site: at least four rows in five are hidden, whatever the names say.
  const strangers = Array.from({ length: 1499 }, (_, i) => onsite({ name: `Qwy Pln${'abcdefghij'[i % 10]}${'klmnopqrs'[i % 9]}${i}` }));
  const daraNoDate = { ...dara, dateOfBirth: null, nationalId: null, nssfNumber: null };

  it('does not match a name and sex alone, which a hidden namesake has as well, but asks a person', () => {
    const row = onsite({ name: 'Sok Dara', sex: 'M' });
    expect(first(run([daraNoDate], [row]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
    const crowded = run([daraNoDate], [row, ...strangers]);
    expect(first(crowded)).toMatchObject({ status: 'review', candidates: [{ registeredId: 'w1' }] });
  });

  it('still matches a worker the ID number and date tie, and flags no one hidden for the crowd alone', () => {
    const row = onsite({ name: 'Sok Dara', sex: 'M', dateOfBirth: '1990-03-04', nationalId: '012345678' });
    expect(first(run([dara], [row, ...strangers]))).toMatchObject({ status: 'matched', registeredId: 'w1' });
    const weak = onsite({ name: 'Sok Dara', sex: 'M' });
    expect(first(run([daraNoDate], [weak, ...strangers])).status).not.toBe('hidden');
  });
});
