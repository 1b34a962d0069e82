// A BFGS quasi-Newton minimiser with a strong-Wolfe line search, written for the CLV likelihoods
// (smooth, 2–4 log-parameters, occasionally non-finite far from the optimum). Internal.
import { lineSearch } from './lineSearch.js';

/** f(x), writing ∇f(x) into `gradient`; may return NaN or ±∞ (treated as +∞: the step is shortened). */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Outcome of one minimisation run. */
export type MinimizeResult = {
  readonly x: Float64Array;
  readonly value: number;
  readonly gradientNorm: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly converged: boolean;
  readonly message: string;
  /** The final inverse-Hessian approximation (row-major). */
  readonly inverseHessian: Float64Array;
};

/** Settings of {@link minimizeBfgs}. */
export type MinimizeOptions = {
  readonly maxIterations: number;
  /** Converged when max |∂f/∂xᵢ| ≤ this. */
  readonly gradientTolerance: number;
  /** Largest change of any coordinate in one step (log-parameters: 3 = a factor e³). */
  readonly maxStep: number;
  /** Initial inverse Hessian (row-major n×n), e.g. from an earlier run on the same objective. */
  readonly inverseHessian?: Float64Array;
};

function normInf(g: Float64Array): number {
  let m = 0;
  for (const v of g) m = Math.max(m, Math.abs(v));
  return m;
}

/** Minimises `objective` from `start` by BFGS on the inverse Hessian. Never throws on bad values. */
export function minimizeBfgs(objective: Objective, start: readonly number[], options: MinimizeOptions): MinimizeResult {
  const n = start.length;
  const x = Float64Array.from(start);
  const g = new Float64Array(n);
  const xt = new Float64Array(n);
  const gt = new Float64Array(n);
  const gBest = new Float64Array(n);
  const d = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const h = new Float64Array(n * n);
  let evaluations = 1;
  let f = objective(x, g);
  const finish = (iterations: number, message: string): MinimizeResult => {
    const gradientNorm = normInf(g);
    // at the precision limit (no representable decrease left) a gradient within 100× the tolerance counts
    const limit = message.startsWith('line search') || message.startsWith('no further') ? 100 : 1;
    const converged = Number.isFinite(f) && gradientNorm <= limit * options.gradientTolerance;
    return {
      x,
      value: f,
      gradientNorm,
      iterations,
      evaluations,
      converged,
      message: converged ? (limit === 1 ? 'converged' : `converged at the precision limit (${message})`) : message,
      inverseHessian: h,
    };
  };
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) return finish(0, 'objective not finite at the start');
  const resetH = () => {
    h.fill(0);
    for (let i = 0; i < n; i++) h[i * n + i] = 1;
  };
  let fresh = options.inverseHessian?.length !== n * n;
  if (fresh) resetH();
  else h.set(options.inverseHessian as Float64Array);
  for (let iter = 0; iter < options.maxIterations; iter++) {
    if (normInf(g) <= options.gradientTolerance) return finish(iter, 'converged');
    let slope = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= (h[i * n + j] as number) * (g[j] as number);
      d[i] = v;
      slope += v * (g[i] as number);
    }
    if (!(slope < 0)) {
      resetH();
      fresh = true;
      slope = 0;
      for (let i = 0; i < n; i++) {
        d[i] = -(g[i] as number);
        slope -= (g[i] as number) ** 2;
      }
    }
    const dMax = normInf(d);
    const maxAlpha = options.maxStep / dMax;
    let alpha0 = fresh ? Math.min(1, 1 / dMax) : 1;
    alpha0 = Math.min(alpha0, maxAlpha);
    // phi(α) = f(x + α d); keeps the best accepted point's gradient in gBest.
    const phi = (alpha: number): [number, number] => {
      for (let i = 0; i < n; i++) xt[i] = (x[i] as number) + alpha * (d[i] as number);
      evaluations++;
      const v = objective(xt, gt);
      let dv = 0;
      for (let i = 0; i < n; i++) dv += (gt[i] as number) * (d[i] as number);
      return Number.isFinite(v) && Number.isFinite(dv) ? [v, dv] : [Number.POSITIVE_INFINITY, 0];
    };
    const step = lineSearch(phi, () => gBest.set(gt), f, slope, alpha0, maxAlpha);
    if (step === undefined) {
      if (!fresh) {
        resetH();
        fresh = true;
        continue;
      }
      return finish(iter, 'line search found no further decrease');
    }
    const [alpha, fNew] = step;
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      const si = alpha * (d[i] as number);
      const yi = (gBest[i] as number) - (g[i] as number);
      s[i] = si;
      y[i] = yi;
      sy += si * yi;
      yy += yi * yi;
      x[i] = (x[i] as number) + si;
      g[i] = gBest[i] as number;
    }
    const fOld = f;
    f = fNew;
    if (sy > 1e-14 * Math.sqrt(yy) * Math.sqrt(s.reduce((a, v) => a + v * v, 0))) {
      if (fresh) {
        const scale = sy / yy;
        for (let i = 0; i < n * n; i++) h[i] = (h[i] as number) * scale;
      }
      updateInverseHessian(h, s, y, sy, n);
      fresh = false;
    }
    if (fOld - f <= 1e-16 * Math.abs(f) && normInf(s) < 1e-14) return finish(iter + 1, 'no further progress');
  }
  return finish(options.maxIterations, `stopped after ${options.maxIterations} iterations`);
}

function updateInverseHessian(h: Float64Array, s: Float64Array, y: Float64Array, sy: number, n: number): void {
  const hy = new Float64Array(n);
  let yhy = 0;
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let j = 0; j < n; j++) v += (h[i * n + j] as number) * (y[j] as number);
    hy[i] = v;
    yhy += v * (y[i] as number);
  }
  const rho = 1 / sy;
  const k = (1 + rho * yhy) * rho;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const si = s[i] as number;
      const sj = s[j] as number;
      h[i * n + j] = (h[i * n + j] as number) + k * si * sj - rho * ((hy[i] as number) * sj + si * (hy[j] as number));
    }
  }
}
