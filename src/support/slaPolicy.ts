import type { BusinessDuration } from '../calendar/index.js';
import type { Brand } from '../core/index.js';
import { arrayOf, fail, objectOf, oneOf, textOf } from './check.js';
import { durationMs } from './duration.js';
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketPriority, type TicketStatus } from './records.js';
import { checkEscalation, type SlaEscalationLevel, type SlaEscalationStep } from './slaEscalation.js';

/**
 * The SLA targets a policy measures: `firstResponse` (creation → first public staff reply) and
 * `resolution` (creation → resolved, continuing after a reopen; crm.md §6.2 rule 4).
 *
 * @example
 * ```ts
 * const target: SlaTargetName = 'resolution';
 * ```
 * @category Support
 */
export type SlaTargetName = 'firstResponse' | 'resolution';

/**
 * The business time allowed for each target of one priority: milliseconds or `{ hours, minutes, … }`.
 *
 * @example
 * ```ts
 * const urgent: SlaTargetDurations = { firstResponse: { minutes: 30 }, resolution: { hours: 4 } };
 * ```
 * @category Support
 */
export type SlaTargetDurations = {
  /** Business time allowed until the first public reply. */
  readonly firstResponse: BusinessDuration;
  /** Business time allowed until resolution. */
  readonly resolution: BusinessDuration;
};

/**
 * What {@link createSlaPolicy} takes: targets per priority in business time, the statuses that pause the
 * clocks, and escalation levels (in increasing order).
 *
 * @example
 * ```ts
 * const config: SlaPolicyConfig = {
 *   targets: {
 *     urgent: { firstResponse: { minutes: 30 }, resolution: { hours: 4 } },
 *     high: { firstResponse: { hours: 1 }, resolution: { hours: 9 } },
 *     normal: { firstResponse: { hours: 4 }, resolution: { hours: 27 } },
 *     low: { firstResponse: { hours: 9 }, resolution: { hours: 45 } },
 *   },
 *   pausedStatuses: ['pendingCustomer', 'pendingThirdParty'],
 * };
 * ```
 * @category Support
 */
export interface SlaPolicyConfig {
  /** A label for reports (default `'default'`). */
  readonly name?: string;
  /** First-response and resolution targets for every priority, in business time. */
  readonly targets: {
    /** Targets of `low` tickets. */
    readonly low: SlaTargetDurations;
    /** Targets of `normal` tickets. */
    readonly normal: SlaTargetDurations;
    /** Targets of `high` tickets. */
    readonly high: SlaTargetDurations;
    /** Targets of `urgent` tickets. */
    readonly urgent: SlaTargetDurations;
  };
  /** Statuses during which the clocks stop (default `['pendingCustomer']`); `resolved`/`closed` always stop them. */
  readonly pausedStatuses?: readonly TicketStatus[];
  /** Escalation levels, level 1 first; each threshold must be later than the previous for every target. */
  readonly escalation?: readonly SlaEscalationLevel[];
}

/**
 * A validated, frozen SLA policy from {@link createSlaPolicy}: targets in business milliseconds.
 *
 * @example
 * ```ts
 * const policy: SlaPolicy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
 * policy.targets.urgent.firstResponse; // 1_800_000
 * ```
 * @category Support
 */
export type SlaPolicy = Brand<
  {
    /** The policy's label. */
    readonly name: string;
    /** Business milliseconds per priority and target. */
    readonly targets: { readonly [P in TicketPriority]: { readonly [T in SlaTargetName]: number } };
    /** Statuses that pause the clocks. */
    readonly pausedStatuses: readonly TicketStatus[];
    /** Escalation levels, level 1 first. */
    readonly escalation: readonly SlaEscalationStep[];
  },
  'SlaPolicy'
>;

/**
 * An example policy for the seed's desk (Saturday–Wednesday 08:00–17:00, so 9 business hours = 1 business
 * day): urgent 30 min / 4 h, high 1 h / 1 day, normal 4 h / 3 days, low 1 day / 5 days (first response /
 * resolution); `pendingCustomer` pauses; escalation to a warning at 75 %, the team lead when breached and
 * the support manager 4 business hours later. A starting point, not a standard: tune it to your desk.
 *
 * @example
 * ```ts
 * const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
 * ```
 * @category Support
 */
export const DEFAULT_SLA_POLICY_CONFIG: SlaPolicyConfig = {
  name: 'default',
  targets: {
    urgent: { firstResponse: { minutes: 30 }, resolution: { hours: 4 } },
    high: { firstResponse: { hours: 1 }, resolution: { hours: 9 } },
    normal: { firstResponse: { hours: 4 }, resolution: { hours: 27 } },
    low: { firstResponse: { hours: 9 }, resolution: { hours: 45 } },
  },
  pausedStatuses: ['pendingCustomer'],
  escalation: [
    { kind: 'consumed', name: 'agent warning', ratio: 0.75 },
    { kind: 'overdue', name: 'team lead', after: 0 },
    { kind: 'overdue', name: 'support manager', after: { hours: 4 } },
  ],
};

const KEYS = ['name', 'targets', 'pausedStatuses', 'escalation'];
const STOPPING: readonly string[] = ['resolved', 'closed'];

/**
 * Validates an SLA configuration and returns a frozen policy for {@link evaluateSla}. Create it once and
 * reuse it for every ticket.
 *
 * @param config - targets per priority, paused statuses, escalation levels
 * @returns the policy, targets in business milliseconds
 * @throws {MoshtariError} INVALID_POLICY for an unknown field, a missing priority or target, a negative or
 *   malformed duration, an unknown or stopping (`resolved`, `closed`) paused status, a bad escalation level,
 *   or levels whose thresholds do not increase for some priority and target
 * @example
 * ```ts
 * const policy = createSlaPolicy(DEFAULT_SLA_POLICY_CONFIG);
 * policy.targets.normal.resolution; // 97_200_000 (27 business hours)
 * createSlaPolicy({ ...DEFAULT_SLA_POLICY_CONFIG, pausedStatuses: ['closed'] }); // throws INVALID_POLICY
 * ```
 * @category Support
 */
export function createSlaPolicy(config: SlaPolicyConfig): SlaPolicy {
  objectOf(config, 'INVALID_POLICY', 'config');
  for (const key of Object.keys(config)) {
    if (!KEYS.includes(key)) fail('INVALID_POLICY', `config.${key}`, `unknown field (expected ${KEYS.join(', ')})`);
  }
  const name = config.name === undefined ? 'default' : textOf(config.name, 'INVALID_POLICY', 'config.name');
  objectOf(config.targets, 'INVALID_POLICY', 'config.targets');
  const targets = {} as Record<TicketPriority, { readonly [T in SlaTargetName]: number }>;
  for (const priority of TICKET_PRIORITIES) {
    const path = `config.targets.${priority}`;
    const entry = config.targets[priority];
    if (entry === undefined) fail('INVALID_POLICY', path, 'missing (every priority needs targets)');
    objectOf(entry, 'INVALID_POLICY', path);
    targets[priority] = Object.freeze({
      firstResponse: durationMs(entry.firstResponse, 'INVALID_POLICY', `${path}.firstResponse`),
      resolution: durationMs(entry.resolution, 'INVALID_POLICY', `${path}.resolution`),
    });
  }
  const paused = config.pausedStatuses ?? ['pendingCustomer'];
  arrayOf(paused, 'INVALID_POLICY', 'config.pausedStatuses');
  const pausedStatuses = paused.map((status, i) => {
    const path = `config.pausedStatuses[${i}]`;
    const checked = oneOf(status, TICKET_STATUSES, 'INVALID_POLICY', path);
    if (STOPPING.includes(checked)) fail('INVALID_POLICY', path, `'${checked}' stops the clocks; it cannot pause them`);
    return checked;
  });
  const escalation = checkEscalation(config.escalation, targets);
  const policy = {
    name,
    targets: Object.freeze(targets),
    pausedStatuses: Object.freeze(pausedStatuses),
    escalation: Object.freeze(escalation),
  };
  Object.defineProperty(policy, 'checked', { value: true });
  return Object.freeze(policy) as SlaPolicy;
}

/** Internal: throws INVALID_POLICY unless `policy` came from {@link createSlaPolicy}. */
export function checkedPolicy(policy: SlaPolicy): SlaPolicy {
  if ((policy as unknown as { readonly checked?: boolean } | null)?.checked !== true) {
    fail('INVALID_POLICY', 'policy', 'expected a policy made by createSlaPolicy');
  }
  return policy;
}
