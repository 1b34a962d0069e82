// Shared likelihood of BG/NBD (FHL 2005a, in the log-sum-exp form of Hardie note 027) and MBG/NBD
// (Batislam et al. 2007), with its analytic gradient. Per customer:
//   ℓ = K(x) + r·ln α + ln( e^{u3 − (r+x)·ln(α+T)} + e^{u4 − (r+x)·ln(α+t_x)} )
//   BG:  K = lnΓ(r+x) − lnΓ(r) + lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x),  u3 = 0,
//        u4 = ln a − ln(b+x−1) only when x > 0 (else the second term is absent)
//   MBG: same K with lnΓ(a+b+x+1),  u3 = ln(b+x),  u4 = ln a.

import { fillBetaGeoCounts } from './betaGeoCounts.js';
import type { Objective } from './optimizer.js';
import type { CompressedRfm } from './rows.js';
import { lnGamma, logAddExp } from './special.js';
import type { BgNbdParams } from './types.js';

/** Which of the two beta-geometric models. */
export type BetaGeoVariant = 'bg' | 'mbg';

/** Log-likelihood of one customer (x repeat purchases, last at t_x, age T). */
export function betaGeoRowLogLikelihood(
  variant: BetaGeoVariant,
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  tx: number,
  t: number,
): number {
  const mbg = variant === 'mbg';
  const k =
    lnGamma(r + x) -
    lnGamma(r) +
    lnGamma(a + b) +
    lnGamma(b + x) -
    lnGamma(b) -
    lnGamma(a + b + x + (mbg ? 1 : 0)) +
    r * Math.log(alpha);
  const u3 = mbg ? Math.log(b + x) : 0;
  const first = u3 - (r + x) * Math.log(alpha + t);
  if (!mbg && x === 0) return k + first;
  const u4 = mbg ? Math.log(a) : Math.log(a) - Math.log(b + x - 1);
  return k + logAddExp(first, u4 - (r + x) * Math.log(alpha + tx));
}

/** Mean negative log-likelihood over `data` as a function of (ln r, ln α, ln a, ln b), with gradient. */
export function betaGeoObjective(variant: BetaGeoVariant, data: CompressedRfm): Objective {
  const mbg = variant === 'mbg';
  const nx = data.xs.length;
  const kx = new Float64Array(nx);
  const kr = new Float64Array(nx);
  const ka = new Float64Array(nx);
  const kb = new Float64Array(nx);
  const u3 = new Float64Array(nx);
  const u3b = new Float64Array(nx);
  const u4 = new Float64Array(nx);
  const u4b = new Float64Array(nx);
  const lt = new Float64Array(data.ts.length);
  const it = new Float64Array(data.ts.length);
  const ltx = new Float64Array(data.txs.length);
  const itx = new Float64Array(data.txs.length);
  const shift = mbg ? 1 : 0;
  const sums = new Float64Array(5);
  const maxX = data.xs.reduce((m, x) => Math.max(m, x), 0);
  const scratch = new Float64Array(maxX <= 10 * nx + 100 ? 6 * (maxX + 2) : 0);
  return (theta, gradient) => {
    const r = Math.exp(theta[0] as number);
    const alpha = Math.exp(theta[1] as number);
    const a = Math.exp(theta[2] as number);
    const b = Math.exp(theta[3] as number);
    fillBetaGeoCounts(data.xs, shift, r, a, b, kx, kr, ka, kb, scratch);
    const lnA = Math.log(a);
    for (let j = 0; j < nx; j++) {
      const x = data.xs[j] as number;
      if (mbg) {
        u3[j] = Math.log(b + x);
        u3b[j] = 1 / (b + x);
        u4[j] = lnA;
        u4b[j] = 0;
      } else {
        u3[j] = 0;
        u3b[j] = 0;
        u4[j] = x > 0 ? lnA - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY;
        u4b[j] = x > 0 ? -1 / (b + x - 1) : 0;
      }
    }
    for (let j = 0; j < lt.length; j++) {
      lt[j] = Math.log(alpha + (data.ts[j] as number));
      it[j] = 1 / (alpha + (data.ts[j] as number));
    }
    for (let j = 0; j < ltx.length; j++) {
      ltx[j] = Math.log(alpha + (data.txs[j] as number));
      itx[j] = 1 / (alpha + (data.txs[j] as number));
    }
    sumBetaGeoRows(data, r, alpha, a, kx, kr, ka, kb, u3, u3b, u4, u4b, lt, it, ltx, itx, sums);
    const n = data.totalWeight;
    gradient[0] = (-(sums[1] as number) * r) / n;
    gradient[1] = (-(sums[2] as number) * alpha) / n;
    gradient[2] = (-(sums[3] as number) * a) / n;
    gradient[3] = (-(sums[4] as number) * b) / n;
    return -(sums[0] as number) / n;
  };
}

/** The per-row pass (hot loop): log-likelihood and gradient sums into `out`. */
function sumBetaGeoRows(
  data: CompressedRfm,
  r: number,
  alpha: number,
  a: number,
  kx: Float64Array,
  kr: Float64Array,
  ka: Float64Array,
  kb: Float64Array,
  u3: Float64Array,
  u3b: Float64Array,
  u4: Float64Array,
  u4b: Float64Array,
  lt: Float64Array,
  it: Float64Array,
  ltx: Float64Array,
  itx: Float64Array,
  out: Float64Array,
): void {
  const { size, weight, x, xIndex, tIndex, txIndex } = data;
  const lnAlpha = Math.log(alpha);
  const rOverAlpha = r / alpha;
  const invA = 1 / a;
  let ll = 0;
  let gr = 0;
  let ga = 0;
  let gA = 0;
  let gb = 0;
  for (let i = 0; i < size; i++) {
    const w = weight[i] as number;
    const xi = xIndex[i] as number;
    const ti = tIndex[i] as number;
    const txi = txIndex[i] as number;
    const rx = r + (x[i] as number);
    const lT = lt[ti] as number;
    const lTx = ltx[txi] as number;
    const first = (u3[xi] as number) - rx * lT;
    const second = (u4[xi] as number) - rx * lTx;
    // ln(e^first + e^second) and the two softmax weights with one exp and one log1p
    const d = second - first;
    const e = Math.exp(-Math.abs(d));
    const m = (d > 0 ? second : first) + Math.log1p(e);
    const big = 1 / (1 + e);
    const w3 = d > 0 ? e * big : big;
    const w4 = d > 0 ? big : e * big;
    ll += w * ((kx[xi] as number) + m);
    gr += w * ((kr[xi] as number) - w3 * lT - w4 * lTx);
    ga += w * rx * (w3 * (it[ti] as number) + w4 * (itx[txi] as number));
    gA += w * ((ka[xi] as number) + w4 * invA);
    gb += w * ((kb[xi] as number) + w3 * (u3b[xi] as number) + w4 * (u4b[xi] as number));
  }
  const total = data.totalWeight;
  out[0] = ll + total * r * lnAlpha;
  out[1] = gr + total * lnAlpha;
  out[2] = total * rOverAlpha - ga;
  out[3] = gA;
  out[4] = gb;
}
