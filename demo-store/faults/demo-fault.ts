// The seam between one fault module (faults/*.ts: what the store does, where that lives, the verdict
// due) and what reads the registry: the store's control plane, the README table and the end-to-end tests.
// A module may add its own hook (a route's respondIfFaulted, an app embed's snippet) beside these fields.

import type { ThemeName } from '../themes/demo-theme.js';

/** What a monitor must give when it meets the fault: the skill's status and the finding code that says why. */
export interface FaultVerdict {
  status: 'PASS' | 'WARN' | 'FAIL';
  /** A finding code from docs/findings.md (or one a planned skill will own, named in `expectedFinding`). */
  code: string;
  /**
   * True when the fault looks different on each theme (Ajax add vs form post, drawer vs notification),
   * so one theme passing proves nothing about the others.
   */
  perTheme: boolean;
}

/** Which end-to-end cases prove the verdict; empty means no suite proves it yet. */
export interface FaultProof {
  /** The real suite on the default theme, desktop, in the test file `provenIn` names. */
  defaultTheme: boolean;
  /** The test file whose default-theme cases prove it: tests/skills/headless-probe.test.ts unless named. */
  provenIn?: string;
  /** tests/fixtures/storefront-on-real-themes.test.ts: the real suite on these themes with all the noise on. */
  themes: readonly ThemeName[];
}

export interface DemoFault<Name extends string = string> {
  /** The name DEMO_FAULTS, `--faults` and `/__demo/faults` take. */
  name: Name;
  /** What the store does while the fault is on. */
  description: string;
  /** What a monitor must report, in words (the verdict's code, with the detail a reader checks). */
  expectedFinding: string;
  verdict: FaultVerdict;
  /**
   * Where the behaviour lives, relative to demo-store/: this module when it carries the hook itself,
   * the theme files when the fault is theme markup or a theme asset, the route when it is a whole page.
   */
  livesIn: readonly string[];
  endToEnd: FaultProof;
}

export const PROBE_TEST = 'tests/skills/headless-probe.test.ts';

/** The test file proving `fault` on the default theme. */
export function provenIn(fault: DemoFault): string {
  return fault.endToEnd.provenIn ?? PROBE_TEST;
}

/** No end-to-end case yet: the fault is documented and switchable, and a later skill's tests prove it. */
export const NOT_PROVEN_END_TO_END: FaultProof = { defaultTheme: false, themes: [] };

/** What a fault module's object satisfies: the DemoFault fields, plus whatever hook the module adds. */
export type FaultModule<Name extends string> = DemoFault<Name> & { readonly [hook: string]: unknown };
