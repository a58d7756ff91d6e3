import { DEFAULT_REQUEST_BUDGET } from '../limits.js';
import type { Command, InputName, RawInputs, ReportProblem } from './types.js';
import { isFalse, isTrue } from './values.js';

/**
 * Which inputs apply where: one row per input that does not apply to every run, and one loop that names
 * each one given where it does nothing. Adding such an input is adding its row.
 *
 * The runner passes action.yml's defaults as if they were set, so a row's `given` says when an input
 * counts as given: set at all (the default), set to true (a flag whose default is false), or set to a
 * value other than its default.
 */
interface UsageRule {
  readonly input: InputName;
  /** When the input counts as given; by default, when it is set at all. */
  readonly given?: (value: string) => boolean;
  /** The commands it is used by (a run whose command is not known yet is not judged by these). */
  readonly commands?: readonly Command[];
  /** Why, after the list of commands, when that helps. */
  readonly why?: string;
  /** The commands as a sentence says them, when the list alone would not. */
  readonly said?: string;
  /** The input it only means something with. */
  readonly needs?: Requirement;
  /** What the problem says when that input is not given, when the requirement's own message does not fit. */
  readonly unmet?: string;
  /** Whether it is about one zone, and so not used with account-id (a check of every zone of an account). */
  readonly perZone?: true;
  /**
   * When the problem is named: with the other rows (the default), or when the hostnames are read, where
   * the problems of these two inputs have always come in the list.
   */
  readonly stage?: 'hostnames';
}

type Requirement = 'generate-key' | 'pkcs12' | 'hostnames' | 'account-id';

/** What each requirement is, and what a problem with an input that needs it says. */
const REQUIREMENTS: Readonly<Record<Requirement, { readonly met: (raw: RawInputs) => boolean; readonly message: string }>> = {
  'generate-key': {
    met: raw => isTrue(raw['generate-key']),
    message: 'is only used with generate-key: true; remove it, or set generate-key: true',
  },
  pkcs12: {
    met: raw => raw['pkcs12-file'] !== '' || raw['pkcs12-password'] !== '',
    message: 'is only used when a PKCS#12 bundle is written: set pkcs12-password (and pkcs12-file), or remove it',
  },
  hostnames: {
    met: raw => raw.hostnames !== '',
    message: 'is only used with hostnames: list the hostnames that should trust that CA, or remove it',
  },
  'account-id': {
    met: raw => raw['account-id'] !== '',
    message: 'is only used with account-id (command: list over every zone of an account): remove it, or give account-id instead of zone-id',
  },
};

/** What a problem with a per-zone input given with account-id says. */
const PER_ZONE_MESSAGE =
  'is about one zone, and is not used with account-id (every zone of an account): remove it, or check that zone in a step of its own with zone-id';

/** In the order their problems are listed. */
const USAGE: readonly UsageRule[] = [
  { input: 'csr', commands: ['create'] },
  { input: 'csr-file', commands: ['create'] },
  { input: 'reuse-existing', given: isTrue, commands: ['create'] },
  { input: 'generate-key', given: isTrue, commands: ['create'] },
  { input: 'list-status', given: value => value !== '' && value !== 'active', commands: ['list'] },
  { input: 'fail-on-empty', given: isTrue, commands: ['list'] },
  { input: 'account-id', commands: ['list'], why: 'to check every zone of an account' },
  { input: 'request-budget', given: value => value !== '' && value !== String(DEFAULT_REQUEST_BUDGET), needs: 'account-id' },
  { input: 'fail-on-incomplete', given: isFalse, needs: 'account-id' },
  { input: 'output-private-key', given: isTrue, needs: 'generate-key' },
  { input: 'common-name', needs: 'generate-key' },
  { input: 'organization', needs: 'generate-key' },
  { input: 'organizational-unit', needs: 'generate-key' },
  { input: 'country', needs: 'generate-key' },
  { input: 'state', needs: 'generate-key' },
  { input: 'locality', needs: 'generate-key' },
  { input: 'private-key-file', needs: 'generate-key' },
  { input: 'pkcs12-file', needs: 'generate-key' },
  { input: 'pkcs12-password', needs: 'generate-key' },
  { input: 'pkcs12-algorithms', given: value => value === 'legacy', needs: 'pkcs12' },
  { input: 'wait', given: isTrue, commands: ['revoke', 'reactivate'] },
  { input: 'min-days-remaining', commands: ['create', 'get', 'list'] },
  { input: 'certificate-file', commands: ['create', 'get', 'revoke', 'reactivate'], why: 'list has no single certificate' },
  { input: 'github-token', commands: ['get', 'list'], why: 'for the tracking issue' },
  { input: 'certificate-id', commands: ['get', 'revoke', 'reactivate'] },
  {
    input: 'hostnames',
    commands: ['create', 'get', 'list'],
    said: '"create" (to enable mTLS on them) or "get" and "list" (to check it)',
    perZone: true,
    stage: 'hostnames',
  },
  { input: 'mtls-certificate-id', needs: 'hostnames', stage: 'hostnames' },
  {
    input: 'block-without-certificate',
    given: isTrue,
    needs: 'hostnames',
    unmet: 'is only used with hostnames: list the hostnames whose requests without a valid client certificate are to be blocked, or remove it',
    stage: 'hostnames',
  },
];

/**
 * Names every input of the stage that is given where it does nothing: with a command that does not use
 * it, or without the input it needs.
 */
export function checkUsage(raw: RawInputs, command: Command | undefined, problem: ReportProblem, stage?: 'hostnames'): void {
  for (const rule of USAGE) {
    if (rule.stage !== stage || !(rule.given ?? isSet)(raw[rule.input])) continue;
    if (rule.perZone && accountWide(raw, command)) {
      problem(rule.input, PER_ZONE_MESSAGE);
    } else if (rule.needs !== undefined) {
      const requirement = REQUIREMENTS[rule.needs];
      if (!requirement.met(raw)) problem(rule.input, rule.unmet ?? requirement.message);
    } else if (!usedBy(rule.input, command) && command !== undefined) {
      problem(rule.input, `is only used by command ${rule.said ?? saidCommands(rule)}; remove it, or change command`);
    }
  }
}

/**
 * Whether the input applies to this command: by its row, or always when it has no list of commands; with
 * the raw inputs, never when it is about one zone and account-id is given.
 */
export function usedBy(input: InputName, command: Command | undefined, raw?: RawInputs): boolean {
  const rule = USAGE.find(candidate => candidate.input === input);
  if (rule?.perZone && raw !== undefined && accountWide(raw, command)) return false;
  const commands = rule?.commands;
  return commands === undefined || (command !== undefined && commands.includes(command));
}

const isSet = (value: string): boolean => value !== '';

/** Whether the run checks every zone of an account: account-id given, with a command that uses it. */
function accountWide(raw: RawInputs, command: Command | undefined): boolean {
  return raw['account-id'] !== '' && usedBy('account-id', command);
}

/** '"get", "revoke" or "reactivate" (why)'. */
function saidCommands(rule: UsageRule): string {
  const quoted = (rule.commands ?? []).map(command => `"${command}"`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
  return rule.why === undefined ? list : `${list} (${rule.why})`;
}
