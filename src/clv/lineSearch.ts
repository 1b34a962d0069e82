// Strong-Wolfe line search for the BFGS minimiser (optimizer.ts). Internal.

const C1 = 1e-4;
const C2 = 0.9;

/**
 * Strong-Wolfe line search (Nocedal & Wright alg. 3.5/3.6). `phi(α)` evaluates the objective along the
 * direction; `save()` keeps the gradient of the point just evaluated. Returns [α, f(α)] of the best
 * point with sufficient decrease, or undefined.
 */
export function lineSearch(
  phi: (alpha: number) => [number, number],
  save: () => void,
  f0: number,
  d0: number,
  alpha1: number,
  maxAlpha: number,
): [number, number] | undefined {
  let best: [number, number] | undefined;
  const accept = (alpha: number, value: number): void => {
    if (best === undefined || value < best[1]) {
      best = [alpha, value];
      save();
    }
  };
  const zoom = (lo: number, flo: number, dlo: number, hi: number, fhi: number, dhi: number): void => {
    for (let j = 0; j < 40; j++) {
      const width = hi - lo;
      let t = Number.isFinite(fhi) ? cubicMin(lo, flo, dlo, hi, fhi, dhi) : Number.NaN;
      const low = Math.min(lo, hi) + 0.1 * Math.abs(width);
      const high = Math.max(lo, hi) - 0.1 * Math.abs(width);
      if (!(t >= low && t <= high)) t = lo + 0.5 * width;
      const [ft, dt] = phi(t);
      if (ft > f0 + C1 * t * d0 || ft >= flo) {
        hi = t;
        fhi = ft;
        dhi = dt;
      } else {
        accept(t, ft);
        if (Math.abs(dt) <= -C2 * d0) return;
        if (dt * (hi - lo) >= 0) {
          hi = lo;
          fhi = flo;
          dhi = dlo;
        }
        lo = t;
        flo = ft;
        dlo = dt;
      }
      // give up once no step in the bracket can change f by more than its rounding
      if (Math.abs((hi - lo) * d0) <= 1e-15 * Math.max(1, Math.abs(f0))) return;
    }
  };
  let aPrev = 0;
  let fPrev = f0;
  let dPrev = d0;
  let a = alpha1;
  for (let i = 0; i < 30; i++) {
    const [fa, da] = phi(a);
    if (fa > f0 + C1 * a * d0 || (i > 0 && fa >= fPrev)) {
      zoom(aPrev, fPrev, dPrev, a, fa, da);
      break;
    }
    accept(a, fa);
    if (Math.abs(da) <= -C2 * d0) break;
    if (da >= 0) {
      zoom(a, fa, da, aPrev, fPrev, dPrev);
      break;
    }
    if (a >= maxAlpha) break;
    aPrev = a;
    fPrev = fa;
    dPrev = da;
    a = Math.min(2 * a, maxAlpha);
  }
  return best !== undefined && best[1] < f0 ? best : undefined;
}

/** Minimiser of the cubic through (a, fa, da) and (b, fb, db); NaN when it has none. */
function cubicMin(a: number, fa: number, da: number, b: number, fb: number, db: number): number {
  const d1 = da + db - (3 * (fa - fb)) / (a - b);
  const disc = d1 * d1 - da * db;
  if (!(disc >= 0)) return Number.NaN;
  const d2 = Math.sign(b - a) * Math.sqrt(disc);
  return b - ((b - a) * (db + d2 - d1)) / (db - da + 2 * d2);
}
