// Mean negative log-likelihood of Pareto/NBD over compressed rows with its analytic gradient in
// (ln r, ln α, ln s, ln β). Per row ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + s ln β − ln(r+s+x) + LSE(P, Q) with
//   α ≥ β: P = ln s + ln F(r+s+x, s+1; r+s+x+1; z₁) − (r+s+x)·ln(α+t_x),  z₁ = (α−β)/(α+t_x)
//          Q = ln(r+x) + ln F(r+s+x, s; r+s+x+1; z₂) − (r+s+x)·ln(α+T),   z₂ = (α−β)/(α+T)
//   α < β: the same with β in place of α, second parameters r+x and r+x+1, z = (β−α)/(β+·).
import type { Objective } from './optimizer.js';
import type { CompressedRfm } from './rows.js';
import { digamma, lnGamma, lnHyp2f1WithGradient } from './special.js';

export function paretoObjective(data: CompressedRfm): Objective {
  const nx = data.xs.length;
  const gx = new Float64Array(nx);
  const gxr = new Float64Array(nx);
  const f1 = new Float64Array(5);
  const f2 = new Float64Array(5);
  return (theta, gradient) => {
    const r = Math.exp(theta[0] as number);
    const alpha = Math.exp(theta[1] as number);
    const s = Math.exp(theta[2] as number);
    const beta = Math.exp(theta[3] as number);
    const lnGammaR = lnGamma(r);
    const psiR = digamma(r);
    for (let j = 0; j < nx; j++) {
      const x = data.xs[j] as number;
      gx[j] = lnGamma(r + x) - lnGammaR;
      gxr[j] = digamma(r + x) - psiR;
    }
    const aFirst = alpha >= beta;
    const m = aFirst ? alpha : beta;
    const other = aFirst ? beta : alpha;
    const diff = m - other;
    const lnS = Math.log(s);
    let ll = 0;
    let gr = 0;
    let gs = 0;
    let gm = 0; // derivative in the larger of α, β
    let go = 0; // derivative in the smaller
    for (let i = 0; i < data.size; i++) {
      const w = data.weight[i] as number;
      const x = data.x[i] as number;
      const tx = data.tx[i] as number;
      const t = data.t[i] as number;
      const rsx = r + s + x;
      const mtx = m + tx;
      const mt = m + t;
      const z1 = diff / mtx;
      const z2 = diff / mt;
      lnHyp2f1WithGradient(rsx, aFirst ? s + 1 : r + x, rsx + 1, z1, f1);
      lnHyp2f1WithGradient(rsx, aFirst ? s : r + x + 1, rsx + 1, z2, f2);
      const lmtx = Math.log(mtx);
      const lmt = Math.log(mt);
      const p = lnS + (f1[0] as number) - rsx * lmtx;
      const q = Math.log(r + x) + (f2[0] as number) - rsx * lmt;
      const hi = p > q ? p : q;
      const ep = Math.exp(p - hi);
      const eq = Math.exp(q - hi);
      const lse = hi + Math.log(ep + eq);
      const wp = ep / (ep + eq);
      const wq = eq / (ep + eq);
      const xi = data.xIndex[i] as number;
      ll += w * ((gx[xi] as number) - Math.log(rsx) + lse);
      // ∂/∂a and ∂/∂c act on r and s through a = c − 1 = r+s+x; ∂/∂b on s (α ≥ β) or r (α < β)
      const p1 = (f1[1] as number) + (f1[3] as number) - lmtx;
      const q1 = (f2[1] as number) + (f2[3] as number) - lmt;
      const pr = p1 + (aFirst ? 0 : (f1[2] as number));
      const qr = q1 + 1 / (r + x) + (aFirst ? 0 : (f2[2] as number));
      const ps = p1 + 1 / s + (aFirst ? (f1[2] as number) : 0);
      const qs = q1 + (aFirst ? (f2[2] as number) : 0);
      // z = (m − o)/(m + τ): ∂z/∂m = (o + τ)/(m + τ)², ∂z/∂o = −1/(m + τ)
      const pm = ((f1[4] as number) * (other + tx)) / (mtx * mtx) - rsx / mtx;
      const qm = ((f2[4] as number) * (other + t)) / (mt * mt) - rsx / mt;
      const po = -(f1[4] as number) / mtx;
      const qo = -(f2[4] as number) / mt;
      gr += w * ((gxr[xi] as number) - 1 / rsx + wp * pr + wq * qr);
      gs += w * (-1 / rsx + wp * ps + wq * qs);
      gm += w * (wp * pm + wq * qm);
      go += w * (wp * po + wq * qo);
    }
    const n = data.totalWeight;
    const lnAlpha = Math.log(alpha);
    const lnBeta = Math.log(beta);
    ll += n * (r * lnAlpha + s * lnBeta);
    gr += n * lnAlpha;
    gs += n * lnBeta;
    const gAlpha = n * (r / alpha) + (aFirst ? gm : go);
    const gBeta = n * (s / beta) + (aFirst ? go : gm);
    gradient[0] = (-gr * r) / n;
    gradient[1] = (-gAlpha * alpha) / n;
    gradient[2] = (-gs * s) / n;
    gradient[3] = (-gBeta * beta) / n;
    return -ll / n;
  };
}
