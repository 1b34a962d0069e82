import { describe, expect, it } from 'vitest';
import { readCustomersCsv } from './csvCustomers.js';

describe('readCustomersCsv', () => {
  it('reads every column, normalizing digits, mobiles and dates', () => {
    const text =
      '\ufeffID,First Name,last_name,Gender,National Code,Mobile,City,Birth Date,Joined At,extra\n' +
      'C1,سارا,رضایی,زن,۰۴۹۹۳۷۰۸۹۹,۰۹۱۲ ۱۲۳ ۴۵۶۷,تهران,۱۳۷۰/۰۵/۱۲,1404/01/01 10:00,x\n' +
      'C2,Ali,"Hosseini, Jr.",M,0499370899,+98 912 200 2580,,1991-08-03,,\n' +
      'C3,علی,حسن‌زاده,,,,,,,\n';
    const r = readCustomersCsv(text);
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([
      {
        id: 'C1',
        firstName: 'سارا',
        lastName: 'رضایی',
        gender: 'female',
        nationalCode: '0499370899',
        mobile: '+989121234567',
        city: 'تهران',
        birthDate: { year: 1370, month: 5, day: 12 },
        joinedAt: Date.UTC(2025, 2, 21, 6, 30),
      },
      {
        id: 'C2',
        firstName: 'Ali',
        lastName: 'Hosseini, Jr.',
        gender: 'male',
        nationalCode: '0499370899',
        mobile: '+989122002580',
        birthDate: { year: 1370, month: 5, day: 12 },
      },
      { id: 'C3', firstName: 'علی', lastName: 'حسن‌زاده' },
    ]);
  });

  it('reports invalid national codes, mobiles, genders, dates and duplicate ids', () => {
    const text = [
      'id,first_name,last_name,gender,national_code,mobile,birth_date',
      'C1,a,b,x,1234567890,09312002580,1370/13/01',
      'C2,a,b,f,1111111111,0912,1370/01/01 10:00',
      ',a,b,,,,',
      'C2,a,b,,,,',
    ].join('\n');
    const r = readCustomersCsv(text);
    expect(r.rows).toEqual([]);
    expect(r.rowsRead).toBe(4);
    expect(r.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'gender'],
      [2, 'national_code'],
      [2, 'mobile'],
      [2, 'birth_date'],
      [3, 'national_code'],
      [3, 'mobile'],
      [3, 'birth_date'],
      [4, 'id'],
      [5, 'id'],
    ]);
    expect(r.problems[1]?.message).toMatch(/check digit/);
    expect(r.problems[1]?.message).toMatch(/"1234567890"/);
    expect(r.problems[4]?.message).toMatch(/same/);
    expect(r.problems[8]?.message).toBe('duplicate id "C2", first on line 3');
  });

  it('needs id, first_name and last_name columns', () => {
    const r = readCustomersCsv('id,name\nC1,x\n');
    expect(r.rows).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.column])).toEqual([
      [1, 'first_name'],
      [1, 'last_name'],
    ]);
    expect(readCustomersCsv('id,name\nC1,x\n', { strict: true }).problems).toHaveLength(1);
  });
});
