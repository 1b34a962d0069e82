import { MoshtariError } from '../core/index.js';
import type { ClvFit, ClvFitOptions, ClvFitStart } from './fitTypes.js';
import { type MinimizeResult, minimizeBfgs, type Objective } from './optimizer.js';

/** Validates positive finite model parameters (named in `names`); throws INVALID_PARAMETERS. */
export function checkParams<TParams extends object>(params: TParams, names: readonly string[], path: string): void {
  if (typeof params !== 'object' || params === null) {
    throw new MoshtariError('INVALID_PARAMETERS', `${path}: expected { ${names.join(', ')} }`, { path });
  }
  for (const name of names) {
    const v = (params as Record<string, unknown>)[name];
    if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) {
      throw new MoshtariError(
        'INVALID_PARAMETERS',
        `${path}.${name}: expected a positive finite number, got ${String(v)}`,
        {
          path: `${path}.${name}`,
        },
      );
    }
  }
}

/** Estimates more than a factor 10⁶ away from the scale of the default start are at the edge. */
const EDGE = Math.log(1e6);

/** Wraps a value-only objective with a central-difference gradient (step 1e-5 in log-parameters). */
export function withNumericGradient(value: (x: Float64Array) => number): Objective {
  const h = 1e-5;
  let probe = new Float64Array(0);
  return (x, gradient) => {
    if (probe.length !== x.length) probe = new Float64Array(x.length);
    probe.set(x);
    const f = value(x);
    if (!Number.isFinite(f)) return f;
    for (let i = 0; i < x.length; i++) {
      const xi = x[i] as number;
      probe[i] = xi + h;
      const up = value(probe);
      probe[i] = xi - h;
      const down = value(probe);
      probe[i] = xi;
      gradient[i] = (up - down) / (2 * h);
    }
    return f;
  };
}

/**
 * Maximum likelihood by BFGS on log-parameters from several starts. `objective` is the mean negative
 * log-likelihood per unit of `totalWeight`; the best start wins and its convergence is reported.
 * `unidentified` (e.g. "no repeat purchases") marks data without an interior maximum: never converged.
 */
export function fitMaximumLikelihood<TParams extends object>(
  objective: Objective,
  names: readonly (keyof TParams & string)[],
  defaultStarts: readonly TParams[],
  totalWeight: number,
  distinctRows: number,
  options: ClvFitOptions<TParams> | undefined,
  unidentified?: string,
): ClvFit<TParams> {
  const starts = options?.starts ?? defaultStarts;
  const maxIterations = options?.maxIterations ?? 500;
  const gradientTolerance = options?.gradientTolerance ?? 1e-8;
  if (!Array.isArray(starts) || starts.length === 0) {
    throw new MoshtariError('INVALID_ARGUMENT', 'options.starts: expected a non-empty array', {
      path: 'options.starts',
    });
  }
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new MoshtariError('INVALID_ARGUMENT', `options.maxIterations: expected a positive integer`, {
      path: 'options.maxIterations',
    });
  }
  if (!(gradientTolerance > 0)) {
    throw new MoshtariError('INVALID_ARGUMENT', `options.gradientTolerance: expected a positive number`, {
      path: 'options.gradientTolerance',
    });
  }
  let best: MinimizeResult | undefined;
  let metric: Float64Array | undefined;
  let evaluations = 0;
  const summaries: ClvFitStart[] = [];
  starts.forEach((start, i) => {
    checkParams(start, names, `options.starts[${i}]`);
    const x0 = names.map((n) => Math.log(start[n] as number));
    // later starts reuse the curvature learnt by the first converged run (same objective)
    const run = minimizeBfgs(objective, x0, {
      maxIterations,
      gradientTolerance,
      maxStep: 3,
      ...(metric === undefined ? {} : { inverseHessian: metric }),
    });
    if (run.converged && metric === undefined) metric = Float64Array.from(run.inverseHessian);
    evaluations += run.evaluations;
    summaries.push({
      logLikelihood: -run.value * totalWeight,
      converged: run.converged,
      iterations: run.iterations,
      message: run.message,
    });
    if (Number.isFinite(run.value) && (best === undefined || better(run, best))) best = run;
  });
  const winner = best ?? {
    x: new Float64Array(names.length).fill(Number.NaN),
    value: Number.NaN,
    gradientNorm: Number.NaN,
    iterations: 0,
    converged: false,
    message: 'no start gave a finite likelihood',
  };
  const params = Object.fromEntries(names.map((n, i) => [n, Math.exp(winner.x[i] as number)])) as TParams;
  const finite = names.every((n) => Number.isFinite(params[n] as number) && (params[n] as number) > 0);
  // a vanishing gradient far out in log space means a supremum at the edge (e.g. r → 0), not an estimate
  const reference = defaultStarts[0] as TParams;
  const edge = names.find((n) => Math.abs(Math.log((params[n] as number) / (reference[n] as number))) > EDGE);
  const message =
    unidentified !== undefined
      ? `${unidentified}: the data do not identify the model`
      : !finite
        ? 'parameters left the representable range (the likelihood has no finite maximum)'
        : edge !== undefined
          ? `estimate at the edge of the parameter space (${edge} → ${(params[edge] as number) < (reference[edge] as number) ? '0' : '∞'}): the data do not identify the model`
          : winner.message;
  return {
    params,
    logLikelihood: -winner.value * totalWeight,
    converged: winner.converged && finite && edge === undefined && unidentified === undefined,
    iterations: winner.iterations,
    evaluations,
    gradientNorm: winner.gradientNorm,
    message,
    customers: totalWeight,
    distinctRows,
    starts: summaries,
  };
}

/** Higher likelihood wins; within rounding noise (1e-12 relative) a converged run beats one that is not. */
function better(a: MinimizeResult, b: MinimizeResult): boolean {
  const noise = 1e-12 * Math.max(1, Math.abs(b.value));
  if (Math.abs(a.value - b.value) <= noise && a.converged !== b.converged) return a.converged;
  return a.value < b.value;
}
