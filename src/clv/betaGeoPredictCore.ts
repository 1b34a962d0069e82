// Predictions shared by BG/NBD and MBG/NBD (FHL 2005a eqs. 9, 10, note 021; Batislam et al. 2007).
import type { BetaGeoVariant } from './betaGeoCore.js';
import { expit, hyp2f1, lnBeta, lnGamma, lnHyp2f1 } from './special.js';
import type { BgNbdParams } from './types.js';

/** P(alive | x, t_x, T). BG/NBD: 1 when x = 0; MBG/NBD: < 1 always. */
export function betaGeoAlive(
  v: BetaGeoVariant,
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  tx: number,
  t: number,
): number {
  if (v === 'bg' && x === 0) return 1;
  const odds = Math.log(a) - Math.log(v === 'bg' ? b + x - 1 : b + x) + (r + x) * Math.log((alpha + t) / (alpha + tx));
  return expit(-odds);
}

/** f(a) with the removable singularity at a = 1 bridged by the mean of f(1 ± 1e-5) (error ~1e-10). */
function aroundOne(a: number, f: (a: number) => number): number {
  if (Math.abs(a - 1) >= 1e-5) return f(a);
  return (f(1 - 1e-5) + f(1 + 1e-5)) / 2;
}

/** E[Y(horizon) | x, t_x, T]; with x = t_x = T = 0 it is E[X(horizon)] of a new customer. */
export function betaGeoConditional(
  v: BetaGeoVariant,
  p: BgNbdParams,
  x: number,
  tx: number,
  t: number,
  horizon: number,
): number {
  if (horizon === 0) return 0;
  const alive = betaGeoAlive(v, p, x, tx, t);
  const { r, alpha, b } = p;
  const z = horizon / (alpha + t + horizon);
  const lnPow = (r + x) * Math.log((alpha + t) / (alpha + t + horizon));
  return aroundOne(p.a, (a) => {
    const c = v === 'bg' ? a + b + x - 1 : a + b + x;
    const second = v === 'bg' ? b + x : b + x + 1;
    // 1 − (…)^{r+x}·₂F₁ as −expm1 of its log: exact for short horizons, where the two nearly cancel
    const drop =
      c > 0 ? -Math.expm1(lnPow + lnHyp2f1(r + x, second, c, z)) : 1 - Math.exp(lnPow) * hyp2f1(r + x, second, c, z);
    return Math.max(0, ((alive * c) / (a - 1)) * drop);
  });
}

/** P(NB(r, q) ≥ k) for NB_j = Γ(r+j)/(Γ(r) j!)·q^r·(1−q)^j, by whichever side has no cancellation. */
function negativeBinomialTail(r: number, q: number, k: number): number {
  if (k <= 0) return 1;
  if (q >= 1) return 0;
  const lnQ = r * Math.log(q);
  const ln1q = Math.log1p(-q);
  const lnTerm = (j: number) => lnGamma(r + j) - lnGamma(r) - lnGamma(j + 1) + lnQ + j * ln1q;
  if (k <= (r * (1 - q)) / q) {
    let head = 0;
    for (let j = 0; j < k; j++) head += Math.exp(lnTerm(j));
    return Math.max(0, 1 - head);
  }
  let term = Math.exp(lnTerm(k));
  let tail = 0;
  for (let j = k; j < k + 10_000_000; j++) {
    tail += term;
    term *= ((r + j) / (j + 1)) * (1 - q);
    if (term <= 1e-17 * tail) break;
  }
  return tail;
}

/** P(X(t) = k) for a new customer (FHL 2005a eq. 8; MBG: lifetimes `probability_of_n_purchases_up_to_time`). */
export function betaGeoPmf(v: BetaGeoVariant, { r, alpha, a, b }: BgNbdParams, t: number, k: number): number {
  const q = alpha / (alpha + t);
  const lnB = lnBeta(a, b);
  const extra = v === 'bg' ? 0 : 1;
  const lnNb =
    t === 0
      ? k === 0
        ? 0
        : Number.NEGATIVE_INFINITY
      : lnGamma(r + k) - lnGamma(r) - lnGamma(k + 1) + r * Math.log(q) + k * Math.log1p(-q);
  const first = Math.exp(lnBeta(a, b + k + extra) - lnB + lnNb);
  if (v === 'bg' && k === 0) return first;
  const dead = Math.exp(lnBeta(a + 1, b + k - 1 + extra) - lnB);
  return first + dead * negativeBinomialTail(r, q, k);
}
