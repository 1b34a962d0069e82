import { describe, expect, it } from 'vitest';
import { epochDayFromGregorian, gregorianFromEpochDay } from '../internal/gregorianDays.js';
import { type IranHoliday, iranHolidays } from './holidays.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const row = (h: IranHoliday): string => {
  const g = gregorianFromEpochDay(h.epochDay);
  return `${h.date.year}/${pad(h.date.month)}/${pad(h.date.day)} ${g.year}-${pad(g.month)}-${pad(g.day)} ${h.id}`;
};

describe('iranHolidays: the official list of 1404 (calendar.md §7.2, 28 entries on 26 days)', () => {
  const list = iranHolidays(1404);
  it('matches the table exactly', () => {
    expect(list.map(row)).toEqual([
      '1404/01/01 2025-03-21 nowruz',
      '1404/01/02 2025-03-22 nowruz',
      '1404/01/02 2025-03-22 imam-ali-martyrdom',
      '1404/01/03 2025-03-23 nowruz',
      '1404/01/04 2025-03-24 nowruz',
      '1404/01/11 2025-03-31 eid-al-fitr',
      '1404/01/12 2025-04-01 islamic-republic-day',
      '1404/01/12 2025-04-01 eid-al-fitr-2',
      '1404/01/13 2025-04-02 nature-day',
      '1404/02/04 2025-04-24 imam-sadiq-martyrdom',
      '1404/03/14 2025-06-04 khomeini-death',
      '1404/03/15 2025-06-05 khordad-15-uprising',
      '1404/03/16 2025-06-06 eid-al-adha',
      '1404/03/24 2025-06-14 eid-al-ghadir',
      '1404/04/14 2025-07-05 tasua',
      '1404/04/15 2025-07-06 ashura',
      '1404/05/23 2025-08-14 arbaeen',
      '1404/05/31 2025-08-22 prophet-death',
      '1404/06/02 2025-08-24 imam-reza-martyrdom',
      '1404/06/10 2025-09-01 imam-hassan-askari-martyrdom',
      '1404/06/19 2025-09-10 prophet-birthday',
      '1404/09/03 2025-11-24 fatima-martyrdom',
      '1404/10/13 2026-01-03 imam-ali-birthday',
      '1404/10/27 2026-01-17 mabath',
      '1404/11/15 2026-02-04 mahdi-birthday',
      '1404/11/22 2026-02-11 revolution-day',
      '1404/12/20 2026-03-11 imam-ali-martyrdom',
      '1404/12/29 2026-03-20 oil-nationalization',
    ]);
    expect(new Set(list.map((h) => h.epochDay)).size).toBe(26);
  });

  it('describes each entry: kind, source, Hijri date, names', () => {
    expect(list[2]).toEqual({
      id: 'imam-ali-martyrdom',
      date: { year: 1404, month: 1, day: 2 },
      epochDay: epochDayFromGregorian(2025, 3, 22),
      name: { fa: 'شهادت امام علی', en: 'Martyrdom of Imam Ali' },
      kind: 'lunar',
      source: 'official-hijri-table',
      estimated: false,
      hijri: { year: 1446, month: 9, day: 21 },
    });
    expect(list[0]).toEqual({
      id: 'nowruz',
      date: { year: 1404, month: 1, day: 1 },
      epochDay: 20168,
      name: { fa: 'عید نوروز', en: 'Nowruz' },
      kind: 'solar',
      source: 'fixed',
      estimated: false,
    });
    // Imam Reza: last day of Safar 1447, which had 30 days
    expect(list.find((h) => h.id === 'imam-reza-martyrdom')?.hijri).toEqual({ year: 1447, month: 2, day: 30 });
    expect(list.filter((h) => h.kind === 'solar')).toHaveLength(10);
  });

  it('agrees with vacanza/holidays confirmed 2025 dates (Eid al-Fitr 03-31, Imam Reza 08-24, Ashura 07-06)', () => {
    const g = (id: string) => list.filter((h) => h.id === id).map((h) => h.epochDay);
    expect(g('eid-al-fitr')).toEqual([epochDayFromGregorian(2025, 3, 31)]);
    expect(g('imam-reza-martyrdom')).toEqual([epochDayFromGregorian(2025, 8, 24)]);
    expect(g('ashura')).toEqual([epochDayFromGregorian(2025, 7, 6)]);
  });

  it('uses the Persian names with Persian ی and ک', () => {
    const names = Object.fromEntries([...list, ...iranHolidays(1403)].map((h) => [h.id, h.name.fa]));
    expect(names).toEqual({
      nowruz: 'عید نوروز',
      'islamic-republic-day': 'روز جمهوری اسلامی',
      'nature-day': 'روز طبیعت',
      'khomeini-death': 'رحلت امام خمینی',
      'khordad-15-uprising': 'قیام ۱۵ خرداد',
      'revolution-day': 'پیروزی انقلاب اسلامی',
      'oil-nationalization': 'ملی شدن صنعت نفت',
      tasua: 'تاسوعا',
      ashura: 'عاشورا',
      arbaeen: 'اربعین',
      'prophet-death': 'رحلت پیامبر و شهادت امام حسن',
      'imam-reza-martyrdom': 'شهادت امام رضا',
      'imam-hassan-askari-martyrdom': 'شهادت امام حسن عسکری',
      'prophet-birthday': 'میلاد پیامبر و امام جعفر صادق',
      'fatima-martyrdom': 'شهادت حضرت فاطمه',
      'imam-ali-birthday': 'ولادت امام علی',
      mabath: 'مبعث',
      'mahdi-birthday': 'ولادت امام زمان',
      'imam-ali-martyrdom': 'شهادت امام علی',
      'eid-al-fitr': 'عید فطر',
      'eid-al-fitr-2': 'تعطیل به مناسبت عید فطر',
      'imam-sadiq-martyrdom': 'شهادت امام جعفر صادق',
      'eid-al-adha': 'عید قربان',
      'eid-al-ghadir': 'عید غدیر',
    });
    for (const name of Object.values(names)) expect(name).not.toMatch(/[يك]/);
  });
});
