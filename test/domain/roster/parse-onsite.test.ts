import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseOnsiteCsv } from '../../../src/domain/roster/parse-onsite';

const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';

describe('parseOnsiteCsv', () => {
  it('reads a ditto mark before a given name as the family name of the nearest row above without one, and says so', () => {
    const r = parseOnsiteCsv(csv('name,sex', 'SOK DARA,M', '〃 SOPHEA,F', '""" VANNA",F', '-do- CHENDA,F', 'សុខ ដារ៉ា,M', 'ដដែល ស្រីមុំ,F', '"""KEO"" SOPHEA",F', 'DO VAN AN,M', '- LINA,F'));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.name)).toEqual(['SOK DARA', 'SOK SOPHEA', 'SOK VANNA', 'SOK CHENDA', 'សុខ ដារ៉ា', 'សុខ ស្រីមុំ', '"KEO" SOPHEA', 'DO VAN AN', '- LINA']);
    expect(r.notes.map((n) => [n.row, n.kinds])).toEqual([[2, ['dittoFilled']], [3, ['dittoFilled']], [4, ['dittoFilled']], [6, ['dittoFilled']]]);
    // The family name is the first word with a letter, not a bullet before it.
    expect(parseOnsiteCsv(csv('name', '- KEO DARA', '〃 SOPHEA')).rows[1].name).toBe('KEO SOPHEA');
    // A mark on the first row has nothing above to read it by: kept as written.
    expect(parseOnsiteCsv(csv('name', '〃 SOPHEA')).rows[0].name).toBe('〃 SOPHEA');
  });

  it('puts back Khmer that a spreadsheet misread as Windows-1252, in the header and the names, and says so on each row', () => {
    // Latin-1's reading of the UTF-8 bytes: ឈ្មោះ and សុខ ដារ៉ា as Excel saves them again.
    const misread = (text: string) => new TextDecoder('latin1').decode(new TextEncoder().encode(text));
    const r = parseOnsiteCsv(csv(`${misread('ឈ្មោះ')},date_of_birth`, `${misread('សុខ ដារ៉ា')},1990-03-04`, 'Chan Sophea,1991-02-03'));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.name)).toEqual(['សុខ ដារ៉ា', 'Chan Sophea']);
    expect(r.notes.map((n) => [n.row, n.kinds])).toEqual([[1, ['textPutBack']]]);
  });

  it('keeps the rows whose ID or date of birth is a placeholder (000000000, 0, 1900-01-01), and counts them for the inspector', () => {
    const r = parseOnsiteCsv(csv('name,national_id,nssf_number,date_of_birth', 'Sok Dara,000000000,,1990-03-04', 'Chan Sophea,012345678,0,', 'Keo Lina,,,01/01/1900', 'Ly Davy,123456789,,1991-02-03'));
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(4);
    expect(r.placeholderRows).toBe(3);
  });

  it('counts a number a spreadsheet rounded into scientific notation with them, but not one whose every digit is there', () => {
    const r = parseOnsiteCsv(csv('name,national_id', 'Sok Dara,4.66854E+08', 'Chan Sophea,1.23456789E+08'));
    expect(r.rows.map((x) => x.nationalId)).toEqual(['4.66854E+08', '1.23456789E+08']);
    expect(r.placeholderRows).toBe(1);
  });

  it('reads the standard columns', () => {
    const r = parseOnsiteCsv(csv('name,national_id,nssf_number,sex,date_of_birth,row_id', 'សុខ ដារា,0123-456,N1,F,1990-03-04,7'));
    expect(r.errors).toEqual([]);
    expect(r.columns).toEqual(['name', 'national_id', 'nssf_number', 'sex', 'date_of_birth', 'row_id']);
    expect(r.rows).toEqual([{ sourceRow: 1, rowId: '7', name: 'សុខ ដារា', nationalId: '0123-456', nssfNumber: 'N1', sex: 'F', dateOfBirth: '1990-03-04' }]);
  });

  it('recognises Khmer and alternative headers in any order and any case', () => {
    const r = parseOnsiteCsv(csv('ភេទ,ថ្ងៃខែឆ្នាំកំណើត,ប.ស.ស,អត្តសញ្ញាណប័ណ្ណ,ឈ្មោះ', 'ស្រី,04/03/1990,N1,012,ចាន់ សុភា'));
    expect(r.rows[0]).toMatchObject({ name: 'ចាន់ សុភា', nationalId: '012', nssfNumber: 'N1', sex: 'F', dateOfBirth: '1990-03-04', rowId: null });
    const r2 = parseOnsiteCsv(csv('GENDER,Full Name,DOB,NID,NSSF', 'male,Sok Dara,4-3-1990,9,8'));
    expect(r2.rows[0]).toMatchObject({ name: 'Sok Dara', nationalId: '9', nssfNumber: '8', sex: 'M', dateOfBirth: '1990-03-04' });
  });

  it('accepts F/M, female/male and ស្រី/ប្រុស, and leaves a blank sex unknown', () => {
    const r = parseOnsiteCsv(csv('name,sex', 'a,f', 'b,Female', 'c,ប្រុស', 'd,M', 'e,'));
    expect(r.rows.map((x) => x.sex)).toEqual(['F', 'F', 'M', 'M', null]);
  });

  it('reads dates day first, as Cambodia writes them, and with Khmer digits', () => {
    const r = parseOnsiteCsv(csv('name,dob', 'a,1990-03-04', 'b,04/03/1990', 'c,04-03-1990', 'd,4/3/1990', 'e,០៤/០៣/១៩៩០', 'f,'));
    expect(r.rows.map((x) => x.dateOfBirth)).toEqual(['1990-03-04', '1990-03-04', '1990-03-04', '1990-03-04', '1990-03-04', null]);
  });

  it('reads dates month first when the sheet writes them so, as Excel does in a US locale, and says so', () => {
    const r = parseOnsiteCsv(csv('name,dob', 'a,3/25/1990', 'b,12/31/1985', 'c,3/4/1990', 'd,25/3/1990'));
    expect(r.dateOrder).toBe('monthFirst');
    expect(r.rows.map((x) => x.dateOfBirth)).toEqual(['1990-03-25', '1985-12-31', '1990-03-04', '1990-03-25']);
    expect(r.notes.map((n) => [n.row, n.kinds])).toEqual([[4, ['dayMonthSwapped']]]);
    expect(parseOnsiteCsv(csv('name,dob', 'a,4/3/1990')).dateOrder).toBe('dayFirst');
  });

  it('imports a date not on the calendar as not given, and notes the row; reports text that is no date with its row number', () => {
    const r = parseOnsiteCsv(csv('name,dob', 'a,31/02/1990', 'b,1990-13-13', 'c,March 1990', 'd,2000-02-29'));
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[3, 'bad_date']]);
    expect(r.errors[0].message).toMatch(/Row 3.*March 1990/);
    expect(r.errors[0].raw).toBe('c,March 1990');
    expect(r.rows.map((x) => [x.name, x.dateOfBirth, x.sourceRow])).toEqual([['a', null, 1], ['b', null, 2], ['d', '2000-02-29', 4]]);
    expect(r.notes.map((n) => [n.row, n.kinds, n.raw])).toEqual([[1, ['notOnCalendar'], 'a,31/02/1990'], [2, ['notOnCalendar'], 'b,1990-13-13']]);
    expect(r.notes[0].message).toMatch(/Row 1: date "31\/02\/1990" is not on the calendar/);
  });

  it('imports a date that exists only with day and month swapped, read so, and notes the row', () => {
    const r = parseOnsiteCsv(csv('name,dob', 'a,1990-25-03', 'b,1990-03-25', 'c,N/A'));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.dateOfBirth)).toEqual(['1990-03-25', '1990-03-25', null]);
    expect(r.notes).toEqual([{ row: 1, message: expect.stringMatching(/^Row 1: date "1990-25-03" read as 1990-03-25/), raw: 'a,1990-25-03', kinds: ['dayMonthSwapped'] }]);
  });

  it('notes each value of a row read otherwise than written, by kind', () => {
    const r = parseOnsiteCsv(csv('name,sex,dob', 'a,U,25/03/90', 'b,F,32957'));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.sex, x.dateOfBirth])).toEqual([[null, '1990-03-25'], ['F', '1990-03-25']]);
    expect(r.notes.map((n) => [n.row, n.kinds])).toEqual([[1, ['sexNotStated', 'twoDigitYear']], [2, ['dayNumber']]]);
  });

  it('reports a row without a name, and a bad sex value', () => {
    const r = parseOnsiteCsv(csv('name,sex', ',F', 'b,Z'));
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[1, 'missing_name'], [2, 'bad_sex']]);
    expect(r.rows).toEqual([]);
  });

  it('reports every problem of a row in one message', () => {
    const r = parseOnsiteCsv(csv('name,sex,dob', ',Z,soon'));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].code).toBe('missing_name');
    expect(r.errors[0].message).toMatch(/no name.*sex "Z".*soon/);
  });

  it('reports a row with too few or too many fields, and broken quotes', () => {
    const r = parseOnsiteCsv(csv('name,national_id,sex', 'a,1', 'b,2,F,extra', 'c,3,M', '"d,4,F'));
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[1, 'bad_row'], [2, 'bad_row'], [4, 'bad_row']]);
    expect(r.rows.map((x) => x.name)).toEqual(['c']);
  });

  it('accepts blank trailing cells that Excel adds', () => {
    const r = parseOnsiteCsv(csv('name,sex', 'a,F,,', 'b,M'));
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(2);
  });

  it('skips blank lines and rows of bare commas, counting rows without them', () => {
    const r = parseOnsiteCsv(csv('name,sex', 'a,F', '', ',', 'b,', ',,', ''));
    expect(r.rows.map((x) => [x.sourceRow, x.name])).toEqual([[1, 'a'], [2, 'b']]);
  });

  it('shows the raw text of a bad row without the blank lines before it', () => {
    const r = parseOnsiteCsv(csv('name,sex', 'a,F', '', 'b,Q'));
    expect(r.errors[0]).toMatchObject({ row: 2, raw: 'b,Q' });
  });

  it('reports a file without a name column once, naming the columns it found', () => {
    const r = parseOnsiteCsv(csv('id,gender', '1,F', '2,M'));
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 0, code: 'no_name_column' });
    expect(r.errors[0].message).toContain('"id", "gender"');
  });

  it('reads a name given as family and given name columns, family first, in either script or both', () => {
    const r = parseOnsiteCsv(csv('No.,First Name,Last Name,Sex', '1,Dara,Sok,M', '2,,Chan,F', '3,Lina,N/A,F', '4,,,M'));
    expect(r.rows.map((x) => x.name)).toEqual(['Sok Dara', 'Chan', 'Lina']);
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[4, 'missing_name']]);
    const both = parseOnsiteCsv(csv('នាមត្រកូល,នាមខ្លួន,family_name,given_name', 'សុខ,ដារា,Sok,Dara'));
    expect(both.rows.map((x) => x.name)).toEqual(['សុខ ដារា / Sok Dara']);
    expect(parseOnsiteCsv(csv('name,family_name,given_name', 'Sok Dara,Chan,Vanna')).rows[0].name).toBe('Sok Dara');
    expect(parseOnsiteCsv(csv('family_name,sex', 'Sok,M')).errors[0]).toMatchObject({ code: 'no_name_column', message: expect.stringContaining('family_name and given_name') });
  });

  it('keeps both names when the sheet has a Khmer and a Latin name column, and the first of two in one script', () => {
    const r = parseOnsiteCsv(csv('ឈ្មោះ,name', 'សុខ ដារា,Sok Dara', ',Chan Sophea', 'N/A,Keo Lina'));
    expect(r.rows.map((x) => x.name)).toEqual(['សុខ ដារា / Sok Dara', 'Chan Sophea', 'Keo Lina']);
    const two = parseOnsiteCsv(csv('name_latin,full_name,name_kh', 'Sok Dara,SOKH DARA,សុខ ដារា'));
    expect(two.rows.map((x) => x.name)).toEqual(['Sok Dara / សុខ ដារា']);
  });

  it('reads the headers payrolls write in English', () => {
    const r = parseOnsiteCsv(csv('No.,Employee Name,ID Card No.,NSSF No.,M/F,Birthday', '7,Sok Dara,012345678,N1,M,04/03/1990'));
    expect(r.rows).toEqual([{ sourceRow: 1, rowId: '7', name: 'Sok Dara', nationalId: '012345678', nssfNumber: 'N1', sex: 'M', dateOfBirth: '1990-03-04' }]);
  });

  it('finds the header below a title block, and says how many rows it read as the title', () => {
    const r = parseOnsiteCsv(csv('Golden Thread Garment Co.,,', 'Payroll March 2026,,', 'ល.រ,ឈ្មោះ,ភេទ', '1,សុខ ដារា,ប្រុស', '2,,ស្រី'));
    expect(r.titleRows).toBe(2);
    expect(r.rows).toEqual([expect.objectContaining({ sourceRow: 1, rowId: '1', name: 'សុខ ដារា', sex: 'M' })]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 2, code: 'missing_name' })]);
  });

  it('leaves out a totals row, wherever it says Total, and counts it', () => {
    const r = parseOnsiteCsv(csv('no,name,wage', '1,Sok Dara,900000', '2,Sum,850000', 'TOTAL:,,1750000', ',សរុប,1750000', ',,1750000'));
    // Sum is a name too (Sum Sokha): a worker written by it alone stays a worker.
    expect(r.rows.map((x) => x.name)).toEqual(['Sok Dara', 'Sum']);
    expect(r.totalRows).toBe(2);
    // A row with sums and no word for them is still a row without a name, for a person to see.
    expect(r.errors).toEqual([expect.objectContaining({ row: 5, code: 'missing_name' })]);
  });

  it('still names the first row as the header when no row near the top has a name column', () => {
    const r = parseOnsiteCsv(csv('Payroll,,', 'id,gender,dob', '1,F,1990-01-01'));
    expect(r.titleRows).toBe(0);
    expect(r.errors[0]).toMatchObject({ row: 0, code: 'no_name_column' });
    expect(r.errors[0].message).toContain('"Payroll"');
  });

  it('accepts a field given by two columns when they agree, and reports the row when they do not', () => {
    const r = parseOnsiteCsv(csv('name,sex,ភេទ', 'a,F,ស្រី', 'b,F,', 'c,F,M'));
    expect(r.rows.map((x) => [x.name, x.sex])).toEqual([['a', 'F'], ['b', 'F']]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 3, code: 'bad_row' })]);
    expect(r.errors[0].message).toMatch(/"sex" and "ភេទ" disagree/);
  });

  it('keeps a formula-like cell as text', () => {
    const r = parseOnsiteCsv(csv('name,nid', '=HYPERLINK("http://x"),+123', '@SUM(A1),-1'));
    expect(r.rows.map((x) => [x.name, x.nationalId])).toEqual([['=HYPERLINK("http://x")', '+123'], ['@SUM(A1)', '-1']]);
  });

  it('refuses a name longer than the wire schema allows', () => {
    const r = parseOnsiteCsv(csv('name', 'x'.repeat(201)));
    expect(r.errors[0]).toMatchObject({ row: 1, code: 'bad_row' });
    expect(r.errors[0].message).toMatch(/longer than 200/);
  });

  it('reports a cell of hundreds of thousands of letters as an over-long row, in a file with Khmer in it', () => {
    const r = parseOnsiteCsv(csv('name,nid', `សុខ ដារ៉ា,1`, `${'x'.repeat(300_000)},2`));
    expect(r.rows.map((x) => x.name)).toEqual(['សុខ ដារ៉ា']);
    expect(r.errors[0]).toMatchObject({ row: 2, code: 'bad_row' });
  });

  it('reads a semicolon-separated export', () => {
    expect(parseOnsiteCsv('name;sex\nSok;F\n').rows).toMatchObject([{ name: 'Sok', sex: 'F' }]);
  });

  it('reads a sheet by the delimiter its header is found by, where papaparse would guess another', () => {
    // Found by the property below: two pipes in a cell and too few rows to outvote them.
    const r = parseOnsiteCsv('name,sex,dob\r\n," ||"\r\n!\r\n!');
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[1, 'bad_row'], [2, 'bad_row'], [3, 'bad_row']]);
    expect(parseOnsiteCsv('name;sex\r\nSok Dara;M\r\nKeo|Lina;F').rows.map((x) => x.name)).toEqual(['Sok Dara', 'Keo|Lina']);
  });

  it('puts every data row in rows or errors', () => {
    const cellArb = fc.oneof(fc.constantFrom('', 'F', 'M', 'X', '1990-01-01', '31/02/1990', 'សុខ', '"', ','), fc.string({ maxLength: 6 }));
    fc.assert(fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { maxLength: 15 }), (data) => {
      const text = Papa.unparse([['name', 'sex', 'dob'], ...data], { newline: '\r\n' });
      // Split on the comma unparse wrote: papaparse's own guess may be another sign the cells hold.
      const dataRows = Papa.parse(text, { skipEmptyLines: 'greedy', delimiter: ',' }).data.length - 1;
      const r = parseOnsiteCsv(text);
      expect(r.rows.length + r.errors.length).toBe(dataRows);
      const numbers = [...r.rows.map((x) => x.sourceRow), ...r.errors.map((e) => e.row)].sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: dataRows }, (_, i) => i + 1));
    }));
  });
});
