import { describe, it, expect } from 'vitest';
import { RegisteredWorker } from '../../../src/protocol';
import { parseRegisteredCsv } from '../../../src/domain/roster/parse-registered';

const HEADER = 'worker_id,nssf_number,national_id,name_kh,name_latin,sex,date_of_birth,hire_date,wage_riel';
const csv = (...lines: string[]) => lines.join('\n') + '\n';

describe('parseRegisteredCsv', () => {
  it('counts the rows whose ID or date of birth is a placeholder, a date twenty workers and 3 % of the register share among them', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `w${i},${10000000 + i},${100000000 + i},សុខ ដារា,,M,${i < 20 ? '1970-01-01' : `19${50 + i}-0${1 + (i % 9)}-1${i % 10}`},,`);
    const r = parseRegisteredCsv(csv(HEADER, ...rows, 'w40,999999999,,ចាន់ សុភា,,F,1995-05-05,,'));
    expect(r.errors).toEqual([]);
    expect(r.workers).toHaveLength(41);
    expect(r.placeholderRows).toBe(21);
  });

  it("reads the fund's register into RegisteredWorkers", () => {
    const r = parseRegisteredCsv(csv(HEADER, 'w1,N1,0123,សុខ ដារា,Sok Dara,M,1990-03-04,2020-01-15,"1,200,000"'));
    expect(r.errors).toEqual([]);
    expect(r.workers).toEqual([{
      workerId: 'w1', nssfNumber: 'N1', nationalId: '0123', nameKh: 'សុខ ដារា', nameLatin: 'Sok Dara',
      sex: 'M', dateOfBirth: '1990-03-04', hireDate: '2020-01-15', wageRiel: 1_200_000,
    }]);
    expect(RegisteredWorker.array().parse(r.workers)).toEqual(r.workers);
  });

  it('accepts the columns in any order, without wage_riel, with blanks as null', () => {
    const r = parseRegisteredCsv(csv('name_latin,name_kh,worker_id,sex,hire_date,date_of_birth,national_id,nssf_number', ',ចាន់ សុភា,w2,,,,,'));
    expect(r.workers).toEqual([{
      workerId: 'w2', nssfNumber: null, nationalId: null, nameKh: 'ចាន់ សុភា', nameLatin: null,
      sex: null, dateOfBirth: null, hireDate: null, wageRiel: null,
    }]);
  });

  it('reads dates month first when its dates of birth and hire together say the file writes them so', () => {
    const r = parseRegisteredCsv(csv(HEADER, 'w1,,,សុខ ដារា,,M,3/4/1990,1/15/2020,', 'w2,,,ចាន់ សុភា,,F,5/6/1991,12/20/2019,'));
    expect(r.dateOrder).toBe('monthFirst');
    expect(r.workers.map((w) => [w.dateOfBirth, w.hireDate])).toEqual([['1990-03-04', '2020-01-15'], ['1991-05-06', '2019-12-20']]);
    expect(r.notes).toEqual([]);
  });

  it('reads a title written above the header as a title, and counts rows from the header', () => {
    const r = parseRegisteredCsv(csv('NSSF register: Golden Thread Garment,,,', 'Exported 2026-11-20,,,', HEADER, 'w1,N1,0123,សុខ ដារា,Sok Dara,M,1990-03-04,2020-01-15,', 'w1,N2,0124,ចាន់ សុភា,,F,1991-03-04,2020-01-15,'));
    expect(r.titleRows).toBe(2);
    expect(r.workers.map((w) => w.workerId)).toEqual(['w1']);
    expect(r.errors).toEqual([expect.objectContaining({ row: 2, code: 'duplicate_worker_id' })]);
  });

  it('names the missing columns once for the whole file', () => {
    const r = parseRegisteredCsv(csv('worker_id,name_kh', 'w1,a'));
    expect(r.workers).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 0, code: 'missing_column' })]);
    expect(r.errors[0].message).toMatch(/nssf_number.*Columns found: "worker_id", "name_kh"/);
  });

  it('reports each bad row by number and imports the rest', () => {
    const r = parseRegisteredCsv(csv(HEADER,
      ',N,1,a,,F,,,',
      'w1,N,1,,,F,,,',
      'w2,N,1,a,,Z,,,',
      'w3,N,1,a,,F,someday,,',
      'w4,N,1,a,,F,,2020-01-01,lots',
      'w5,N,1,a,,F,,,',
      'w5,N,1,b,,F,,,',
      'w6,N,1',
    ));
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([
      [1, 'missing_worker_id'], [2, 'missing_name'], [3, 'bad_sex'], [4, 'bad_date'], [5, 'bad_wage'], [7, 'duplicate_worker_id'], [8, 'bad_row'],
    ]);
    expect(r.errors.find((e) => e.code === 'duplicate_worker_id')!.message).toContain('row 6');
    expect(r.workers.map((w) => w.workerId)).toEqual(['w5']);
    expect(r.workers.length + r.errors.length).toBe(8);
  });

  it('accepts a worker with only a Latin name', () => {
    const r = parseRegisteredCsv(csv(HEADER, 'w1,,,,John Smith,M,,,'));
    expect(r.workers[0]).toMatchObject({ nameKh: '', nameLatin: 'John Smith' });
  });

  it('reads wages with the riel sign and Khmer digits', () => {
    const r = parseRegisteredCsv(csv(HEADER, 'w1,,,a,,,,,១ ២០០ ០០០ ៛'));
    expect(r.workers[0].wageRiel).toBe(1_200_000);
  });
});
