import { normalizeReportKey, type ReportKeyGroup } from './keyLabels.js';

/**
 * The report palette: ink, muted text, accent and the good / watch / risk / neutral colours.
 * @example
 * ```ts
 * REPORT_COLORS.accent; // '#0f766e'
 * ```
 * @category CLI
 */
export const REPORT_COLORS: {
  readonly ink: string;
  readonly muted: string;
  readonly grid: string;
  readonly accent: string;
  readonly good: string;
  readonly watch: string;
  readonly risk: string;
  readonly neutral: string;
} = {
  ink: '#1f2937',
  muted: '#6b7280',
  grid: '#e5e7eb',
  accent: '#0f766e',
  good: '#0f766e',
  watch: '#d97706',
  risk: '#b91c1c',
  neutral: '#94a3b8',
};

const METALS: Readonly<Record<string, string>> = {
  platinum: '#4b5d78',
  gold: '#c9a227',
  silver: '#a7b0bb',
  bronze: '#b07245',
  tin: '#8a979c',
  iron: '#6f6a63',
  lead: '#50565f',
  red: '#c0392b',
};

const HEALTH: Readonly<Record<string, 'good' | 'watch' | 'risk' | 'neutral'>> = {
  champions: 'good',
  loyalcustomers: 'good',
  potentialloyalists: 'good',
  potentialloyalist: 'good',
  newcustomers: 'good',
  promising: 'good',
  needattention: 'watch',
  abouttosleep: 'watch',
  cantlose: 'risk',
  cantlosethem: 'risk',
  hibernating: 'risk',
  lost: 'risk',
  newcustomer: 'good',
  repeat: 'good',
  loyal: 'good',
  wonback: 'good',
  churned: 'risk',
  lead: 'neutral',
  prospect: 'neutral',
  others: 'neutral',
};

/**
 * The colour of a key in a chart: metals and tiers by their metal, RFM segments and lifecycle
 * stages by health (good, watch, risk), anything else the accent.
 *
 * @param group - the key family
 * @param key - the key
 * @returns a CSS hex colour
 * @example
 * ```ts
 * keyColor('pyramid', 'gold'); // '#c9a227'
 * keyColor('rfm', 'atRisk'); // '#d97706'
 * ```
 * @category CLI
 */
export function keyColor(group: ReportKeyGroup, key: string): string {
  const k = normalizeReportKey(key);
  if (group === 'pyramid' || group === 'tier') return METALS[k] ?? REPORT_COLORS.accent;
  if (k === 'atrisk') return group === 'rfm' ? REPORT_COLORS.risk : REPORT_COLORS.watch;
  const health = HEALTH[k];
  return health === undefined ? REPORT_COLORS.accent : REPORT_COLORS[health];
}

/**
 * Whether text on a background colour should be white rather than ink: the one with the higher WCAG
 * contrast ratio wins (white when the relative luminance is below about 0.22).
 *
 * @param hex - a `#rrggbb` colour
 * @returns `true` for a dark colour
 * @example
 * ```ts
 * isDarkColor('#4b5d78'); // true
 * ```
 * @category CLI
 */
export function isDarkColor(hex: string): boolean {
  const n = Number.parseInt(hex.slice(1), 16);
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => linear(c / 255)) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) ** 2 < 1.05 * 0.0703;
}

/**
 * A colour of the heat-map scale for a value 0–1: from near-white to the accent teal.
 *
 * @param t - position on the scale, clamped to 0–1
 * @returns an `rgb(…)` colour
 * @example
 * ```ts
 * heatColor(0); // 'rgb(240,249,248)'
 * ```
 * @category CLI
 */
export function heatColor(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const from = [240, 249, 248];
  const to = [15, 95, 89];
  const c = from.map((f, i) => Math.round(f + ((to[i] ?? f) - f) * x));
  return `rgb(${c.join(',')})`;
}
