import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/server/cli/reconcile';

const FIX = join(import.meta.dirname, 'fixtures');

function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { readFile: (p) => readFileSync(p), out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err, json: out ? JSON.parse(out) : null };
}

/** The CLI on r.csv and o.csv, given as text. */
function cliOn(files: Record<'r.csv' | 'o.csv', string>) {
  let out = '';
  let err = '';
  const code = main(['--registered', 'r.csv', '--onsite', 'o.csv'], { readFile: (p) => new TextEncoder().encode(files[p as 'r.csv' | 'o.csv']), out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('reconcile CLI', () => {
  it('reconciles the tricky fixture: swapped names, cross-script, transposed ID, ZWSP, day/month swap', () => {
    const { code, json } = cli('--registered', join(FIX, 'registered.csv'), '--onsite', join(FIX, 'onsite.csv'));
    expect(code).toBe(0);
    const by = Object.fromEntries(json.results.map((r: { onsiteId: string }) => [r.onsiteId, r]));
    expect(by.r1).toMatchObject({ status: 'matched', registeredId: 'W1' });
    expect(by.r3).toMatchObject({ status: 'matched', registeredId: 'W3' });
    expect(by.r3.reasons).toContain('dob.dayMonthSwapped');
    expect(by.r4).toMatchObject({ status: 'matched', registeredId: 'W4' });
    expect(by.r5).toMatchObject({ status: 'matched', registeredId: 'W5' });
    expect(by.r5.reasons).toContain('nationalId.transposed');
    expect(by.r6).toMatchObject({ status: 'matched', registeredId: 'W6' });
    // A namesake of W2 with another date of birth: never matched; on a register of six, a person confirms.
    expect(by.r2.status).not.toBe('matched');
    expect(by.r2.reasons).toContain('dob.differs');
    expect(json.absent).toEqual(['W2']);
    expect(json.stats.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(json.stats.firstRunMs).toBeGreaterThanOrEqual(0);
    expect(json.stats.warmUpRuns).toBe(6);
    expect(json.stats.timedRuns).toBe(5);
  });

  it('names the bad rows on stderr and exits non-zero', () => {
    const { code, out, err } = cli('--registered', join(FIX, 'registered.csv'), '--onsite', join(FIX, 'bad-onsite.csv'));
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/Row 2: sex "X"/);
    expect(err).toMatch(/Row 3: no name/);
  });

  it('reads a date that exists only with day and month swapped, and one not on the calendar as not given; warns on stderr, and reconciles', () => {
    const files = {
      'r.csv': 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\nW1,,,សុខ ដារ៉ា,SOK DARA,M,1990-03-25,N/A\nW2,,,ចាន់ សុភា,CHAN SOPHEA,F,1992-02-20,\n',
      'o.csv': 'row_id,name,national_id,nssf_number,sex,date_of_birth\nR1,Sok Dara,-,,Male,1990-25-03\nR2,Chan Sophea,,,F,1992-02-30\n',
    };
    const { code, out, err } = cliOn(files);
    expect(code).toBe(0);
    expect(err).toMatch(/o\.csv: warning: Row 1: date "1990-25-03" read as 1990-03-25/);
    expect(err).toMatch(/o\.csv: warning: Row 2: date "1992-02-30" is not on the calendar: read as not given/);
    const [r1, r2] = JSON.parse(out).results;
    expect(r1).toMatchObject({ onsiteId: 'R1', registeredId: 'W1' });
    expect(r2).toMatchObject({ onsiteId: 'R2', registeredId: 'W2' });
    expect(r2.reasons.some((r: string) => r.startsWith('dob.'))).toBe(false);
  });

  it("reads an employer's sheet as a spreadsheet exports it: a title above the header, both scripts in one name, a year alone, an ID without its leading zero, a totals row", () => {
    const files = {
      'r.csv': 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\n' +
        'W1,,012345678,សុខ ដារ៉ា,,M,1990-03-25,\nW2,,,ចាន់ ស្រីមុំ,,F,1985-01-01,\nW3,,,វង្ស សុភា,VONG SOPHEA,F,1992-06-07,\n',
      'o.csv': 'Golden Thread Garment Co. - Payroll March 2026,,,,\n,,,,\nrow_id,name,national_id,sex,date_of_birth\n' +
        'R1,Sok Dara,12345678,M,\nR2,ចាន់ ស្រីមុំ (CHAN SREY MOM),,F,1985\nR3,VONG SOPHEA / វង្ស សុភា,,F,07/06/1992\nTotal,,,,\n',
    };
    const { code, out, err } = cliOn(files);
    expect(code).toBe(0);
    expect(err).toMatch(/o\.csv: warning: the row above the header read as a title/);
    expect(err).toMatch(/o\.csv: warning: Row 2: date "1985" read as 1985-01-01/);
    expect(err).toMatch(/o\.csv: warning: row of totals left out/);
    const by = Object.fromEntries(JSON.parse(out).results.map((r: { onsiteId: string }) => [r.onsiteId, r]));
    expect(by.R1).toMatchObject({ status: 'matched', registeredId: 'W1', reasons: expect.arrayContaining(['nationalId.equal']) });
    expect(by.R2).toMatchObject({ status: 'matched', registeredId: 'W2' });
    expect(by.R3).toMatchObject({ status: 'matched', registeredId: 'W3' });
    expect(err).not.toMatch(/month first/);
  });

  it('reads a sheet exported with its dates month first (3/25/1990) so, and says so on stderr', () => {
    const files = {
      'r.csv': 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\n' +
        'W1,,,សុខ ដារា,SOK DARA,M,1990-03-04,\nW2,,,ចាន់ សុភា,CHAN SOPHEA,F,1991-05-25,\n',
      'o.csv': 'row_id,name,sex,date_of_birth\nR1,Sok Dara,M,3/4/1990\nR2,Chan Sophea,F,5/25/1991\nR3,Keo Vanna,F,12/31/1988\n',
    };
    const { code, out, err } = cliOn(files);
    expect(code).toBe(0);
    expect(err).toMatch(/o\.csv: warning: dates read month first/);
    expect(err).not.toMatch(/r\.csv: warning: dates/);
    const [r1, r2] = JSON.parse(out).results;
    expect(r1).toMatchObject({ onsiteId: 'R1', registeredId: 'W1', reasons: expect.arrayContaining(['dob.equal']) });
    expect(r2).toMatchObject({ onsiteId: 'R2', registeredId: 'W2', reasons: expect.arrayContaining(['dob.equal']) });
  });

  it('reads placeholder ID numbers and dates of birth as missing, and says so per file and column', () => {
    const files = {
      'r.csv': 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\n' +
        'W1,0,000000000,សុខ ដារ៉ា,SOK DARA,M,1990-03-25,\nW2,0,000000000,ចាន់ ស្រីមុំ,,F,1985-01-01,\nW3,0,000000000,វង្ស សុភា,VONG SOPHEA,F,1900-01-01,\n',
      'o.csv': 'row_id,name,national_id,nssf_number,sex,date_of_birth\nR1,Sok Dara,000000000,,M,1990-03-25\nR2,Keo Sokha,000000000,,F,1990-01-02\n',
    };
    const { code, out, err } = cliOn(files);
    expect(code).toBe(0);
    expect(err).toMatch(/r\.csv: warning: national_id on 3 rows \("000000000"\) read as missing/);
    expect(err).toMatch(/o\.csv: warning: national_id on 2 rows \("000000000"\) read as missing/);
    expect(err).toMatch(/r\.csv: warning: nssf_number on 3 rows \("0"\) read as missing/);
    expect(err).toMatch(/r\.csv: warning: date_of_birth on 1 row \("1900-01-01"\) read as missing/);
    const by = Object.fromEntries(JSON.parse(out).results.map((r: { onsiteId: string }) => [r.onsiteId, r]));
    expect(by.R1).toMatchObject({ status: 'matched', registeredId: 'W1' });
    expect(by.R2.status).toBe('hidden');
  });

  it('reads an ID a spreadsheet wrote in scientific notation as that number when every digit is there, as missing when rounded, and says so', () => {
    const files = {
      'r.csv': 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\n' +
        'W1,,466854123,សុខ ដារ៉ា,SOK DARA,M,1990-03-25,\nW2,,123456789,ចាន់ ស្រីមុំ,CHAN SREY MOM,F,1985-06-07,\n',
      'o.csv': 'row_id,name,national_id,sex,date_of_birth\nR1,Sok Dara,4.66854E+08,M,1990-03-25\nR2,Chan Sreymom,1.23456789E+08,F,1985-06-07\n',
    };
    const { code, out, err } = cliOn(files);
    expect(code).toBe(0);
    expect(err).toMatch(/o\.csv: warning: national_id on 1 row \("4\.66854E\+08"\) read as missing: .*spreadsheet rounded/);
    const [r1, r2] = JSON.parse(out).results;
    expect(r1).toMatchObject({ status: 'matched', registeredId: 'W1' });
    expect(r1.reasons).not.toContain('nationalId.differs');
    expect(r2).toMatchObject({ status: 'matched', registeredId: 'W2', reasons: expect.arrayContaining(['nationalId.equal']) });
  });

  it('counts in its stats the absent registrations with a present worker\'s very ID number, and lists them absent still', () => {
    const files = {
      'r.csv': 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\n' +
        'W1,10000001,012345678,សុខ ដារ៉ា,SOK DARA,M,1990-03-25,2019-02-01\nW2,20000002,012345678,សុខ ដារ៉ា,SOK DARA,M,1990-03-25,2023-06-01\nW3,30000003,099999999,ជា វុទ្ធី,CHEA VUTHY,M,1985-11-20,2020-01-01\n',
      'o.csv': 'row_id,name,national_id,nssf_number,sex,date_of_birth\nR1,Sok Dara,012345678,10000001,M,1990-03-25\n',
    };
    const json = JSON.parse(cliOn(files).out);
    expect(json.results[0]).toMatchObject({ status: 'matched', registeredId: 'W1' });
    expect(json.absent).toEqual(['W2', 'W3']);
    expect(json.stats.absentRegisteredTwice).toBe(1);
  });

  it('names the registered namesake a hidden row was told from', () => {
    const others = Array.from({ length: 300 }, (_, i) => `X${i},${5000000 + i * 7919},${100000000 + i * 104729},,ZQX VRT${i},M,19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10},`).join('\n');
    const files = {
      'r.csv': `worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date\nW1,10000001,012345678,សុខ ដារ៉ា,SOK DARA,M,1990-03-25,\n${others}\n`,
      'o.csv': 'row_id,name,national_id,nssf_number,sex,date_of_birth\nR1,Sok Dara,,,M,2001-06-15\nR2,Meas Kolab,,,M,2001-06-15\n',
    };
    const by = Object.fromEntries(JSON.parse(cliOn(files).out).results.map((r: { onsiteId: string }) => [r.onsiteId, r]));
    expect(by.R1).toMatchObject({ status: 'hidden', registeredId: null, namesakeId: 'W1', reasons: ['no.candidate', 'name.namesake', 'dob.differs'] });
    expect(by.R2).toMatchObject({ status: 'hidden', reasons: ['no.candidate'] });
    expect(by.R2.namesakeId).toBeUndefined();
  });

  it("reads a worker's age from today, not from 1970: a worker born in 1968 keeps the date that tells them from a namesake; a date five years ago is still no date of birth", () => {
    const child = `${new Date().getFullYear() - 5}-03-01`;
    const { code, out } = cliOn({
      'r.csv': [
        'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date',
        'W1,,,សុខ ដារ៉ា,SOK DARA,M,1968-05-02,2010-01-04',
        'W2,,,សុខ ដារ៉ា,SOK DARA,M,1990-07-11,2015-03-02',
        'W3,,,ចាន់ សុភា,CHAN SOPHEA,F,1985-02-20,2012-06-01',
      ].join('\n'),
      'o.csv': ['row_id,name,national_id,nssf_number,sex,date_of_birth', 'r1,Sok Dara,,,M,1968-05-02', `r2,Chan Sophea,,,F,${child}`].join('\n'),
    });
    expect(code).toBe(0);
    const by = Object.fromEntries(JSON.parse(out).results.map((r: { onsiteId: string }) => [r.onsiteId, r]));
    expect(by.r1).toMatchObject({ status: 'matched', registeredId: 'W1' });
    expect(by.r1.reasons).not.toContain('dob.tooYoung');
    expect(by.r2.reasons).toContain('dob.tooYoung');
  });

  it('explains its usage when an argument is missing', () => {
    const { code, err } = cli('--registered', join(FIX, 'registered.csv'));
    expect(code).toBe(2);
    expect(err).toMatch(/usage/);
  });
});
