// moshtari/metrics: the numbers a club manager reports. NPS with a confidence interval, per Jalali
// month; retention and churn; cohorts by month of acquisition; a campaign against its hold-out group.
import assert from 'node:assert/strict';
import {
  assignHoldout,
  averageOrderValue,
  campaignSampleSize,
  campaignUplift,
  churnRate,
  cohortRetentionMatrix,
  metricByJalaliPeriod,
  netPromoterScore,
  retentionRate,
} from 'moshtari/metrics';
import { formatMoney, toman } from 'moshtari/money';

// NPS: promoters 9–10 minus detractors 0–6, in points from −100 to +100.
const nps = netPromoterScore([{ score: 10 }, { score: 9 }, { score: 7 }, { score: 3 }]);
if (!nps.ok) throw new Error(nps.error.message);
assert.equal(nps.value.score, 25); // 50 % − 25 %
// No answers means no NPS (an error with a code), never NaN or 0.
const none = netPromoterScore([]);
assert.equal(none.ok ? undefined : none.error.code, 'EMPTY_DENOMINATOR');

// Per Jalali month, in Tehran time: 25 March 2025 is in Farvardin 1404, 25 April in Ordibehesht.
const byMonth = metricByJalaliPeriod(
  [
    { score: 10, at: new Date('2025-03-25T08:00:00Z') },
    { score: 3, at: new Date('2025-04-25T08:00:00Z') },
  ],
  netPromoterScore,
  { unit: 'month' },
);
assert.deepEqual(
  byMonth.map((p) => [p.period.key, p.value.ok ? p.value.value.score : null]),
  [
    ['1404-01', 100],
    ['1404-02', -100],
  ],
);

// Retention (E − N) / S and churn; rates are exact parts plus a value.
const retention = retentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 30 });
assert.deepEqual(retention, { ok: true, value: { numerator: 180, denominator: 200, value: 0.9 } });
assert.deepEqual(churnRate({ customersAtStart: 200, lost: 30 }), {
  ok: true,
  value: { numerator: 30, denominator: 200, value: 0.15 },
});

// Cohorts by Jalali month of acquisition, ready for a heatmap.
const cohorts = cohortRetentionMatrix([
  { customerId: 'a', at: new Date('2025-03-25T08:00:00Z') },
  { customerId: 'a', at: new Date('2025-04-25T08:00:00Z') },
  { customerId: 'b', at: new Date('2025-03-30T08:00:00Z') },
]);
assert.deepEqual(cohorts.cohorts[0]?.rates, [1, 0.5]);

// Money metrics stay exact Money with an explicit rounding mode.
const aov = averageOrderValue({ revenue: toman(10_000_000), orders: 3 }, 'halfEven');
assert.deepEqual(aov, { ok: true, value: { amount: '33333333', currency: 'IRR' } });

// A Nowruz campaign: how many customers per group, who is held out, and did it work?
assert.equal(campaignSampleSize({ baselineRate: 0.045, expectedRate: 0.052 }), 14783);
const group = assignHoldout('c-1042', 'nowruz-1404', 0.1);
assert.equal(group, 'treatment');
assert.equal(assignHoldout('c-1042', 'nowruz-1404', 0.1), group); // deterministic, no state to store
const lift = campaignUplift({ size: 10_000, conversions: 520 }, { size: 10_000, conversions: 450 });
if (!lift.ok) throw new Error(lift.error.message);
assert.ok(Math.abs(lift.value.absoluteLift - 0.007) < 1e-12);
assert.ok(Math.abs(lift.value.pValue - 0.0212) < 1e-4 && lift.value.significant);

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
console.log(
  `NPS ${nps.value.score} (95 % interval ${nps.value.interval.lower.toFixed(1)} … ${nps.value.interval.upper.toFixed(1)})`,
);
console.log(
  `retention ${retention.ok ? pct(retention.value.value) : ''}, AOV ${aov.ok ? formatMoney(aov.value, { locale: 'en' }) : ''}, c-1042 → ${group}`,
);
console.log(`uplift ${pct(lift.value.absoluteLift)}, z ${lift.value.z.toFixed(3)}, p ${lift.value.pValue.toFixed(4)}`);
