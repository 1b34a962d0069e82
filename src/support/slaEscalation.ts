import type { BusinessDuration } from '../calendar/index.js';
import { arrayOf, describe, fail, objectOf, oneOf, textOf } from './check.js';
import { durationMs } from './duration.js';
import { TICKET_PRIORITIES, type TicketPriority } from './records.js';

/**
 * One escalation level, reached per target when its condition holds: `consumed` when at least `ratio` of the
 * target's business time is used (0.75 = a warning at 75 %), `overdue` when the target is breached and at
 * least `after` of business time has passed since the due time (`0` = as soon as it is breached).
 *
 * @example
 * ```ts
 * const levels: readonly SlaEscalationLevel[] = [
 *   { kind: 'consumed', name: 'agent warning', ratio: 0.75 },
 *   { kind: 'overdue', name: 'team lead', after: 0 },
 *   { kind: 'overdue', name: 'support manager', after: { hours: 4 } },
 * ];
 * ```
 * @category Support
 */
export type SlaEscalationLevel =
  | {
      /** Reached when `consumed ≥ ratio × target`. */
      readonly kind: 'consumed';
      /** Who or what the level means (e.g. `'team lead'`). */
      readonly name: string;
      /** Fraction of the target, > 0 (may exceed 1). */
      readonly ratio: number;
    }
  | {
      /** Reached when breached and `consumed ≥ target + after`. */
      readonly kind: 'overdue';
      /** Who or what the level means. */
      readonly name: string;
      /** Business time past the due time (milliseconds or `{ hours, minutes }`), ≥ 0. */
      readonly after: BusinessDuration;
    };

/**
 * A checked escalation level of an {@link SlaPolicy}: `ratio` for `consumed`, `afterMs` for `overdue`.
 *
 * @example
 * ```ts
 * const step: SlaEscalationStep = { kind: 'overdue', name: 'team lead', afterMs: 0 };
 * ```
 * @category Support
 */
export type SlaEscalationStep =
  | {
      /** See {@link SlaEscalationLevel}. */
      readonly kind: 'consumed';
      /** The level's name. */
      readonly name: string;
      /** Fraction of the target. */
      readonly ratio: number;
    }
  | {
      /** See {@link SlaEscalationLevel}. */
      readonly kind: 'overdue';
      /** The level's name. */
      readonly name: string;
      /** Business milliseconds past the due time. */
      readonly afterMs: number;
    };

/** Internal: the business milliseconds at which `step` is reached for a target of `targetMs`. */
export function stepThreshold(step: SlaEscalationStep, targetMs: number): number {
  return step.kind === 'consumed' ? Math.round(step.ratio * targetMs) : targetMs + step.afterMs;
}

function checkStep(level: SlaEscalationLevel, path: string): SlaEscalationStep {
  objectOf(level, 'INVALID_POLICY', path);
  const kind = oneOf(level.kind, ['consumed', 'overdue'], 'INVALID_POLICY', `${path}.kind`);
  const name = textOf(level.name, 'INVALID_POLICY', `${path}.name`);
  if (kind === 'overdue') {
    return { kind, name, afterMs: durationMs((level as { after: unknown }).after, 'INVALID_POLICY', `${path}.after`) };
  }
  const ratio = (level as { ratio: unknown }).ratio;
  if (typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio <= 0) {
    fail('INVALID_POLICY', `${path}.ratio`, `expected a number > 0, got ${describe(ratio)}`);
  }
  return { kind, name, ratio };
}

/** Internal: checks escalation levels and that their thresholds increase for every priority and target. */
export function checkEscalation(
  levels: readonly SlaEscalationLevel[] | undefined,
  targets: { readonly [P in TicketPriority]: { readonly firstResponse: number; readonly resolution: number } },
): readonly SlaEscalationStep[] {
  const steps = arrayOf(levels ?? [], 'INVALID_POLICY', 'config.escalation').map((level, i) =>
    Object.freeze(checkStep(level, `config.escalation[${i}]`)),
  );
  for (const priority of TICKET_PRIORITIES) {
    for (const target of ['firstResponse', 'resolution'] as const) {
      const ms = targets[priority][target];
      for (let i = 1; i < steps.length; i++) {
        const previous = steps[i - 1] as SlaEscalationStep;
        const step = steps[i] as SlaEscalationStep;
        const before = stepThreshold(previous, ms);
        const after = stepThreshold(step, ms);
        // equal thresholds are fine for "100 % used" followed by "breached", or for a zero target
        const tie = after === before && (ms === 0 || (previous.kind === 'consumed' && step.kind === 'overdue'));
        if (after < before || (after === before && !tie)) {
          fail(
            'INVALID_POLICY',
            `config.escalation[${i}]`,
            `level ${i + 1} is not reached after level ${i} for ${priority} ${target} (${after} ms vs ${before} ms); list levels in increasing order`,
          );
        }
      }
    }
  }
  return Object.freeze(steps);
}
