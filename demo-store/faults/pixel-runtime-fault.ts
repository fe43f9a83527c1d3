// What the pixel faults share: each is a switch the demo's web pixels runtime (assets/pixels.js) reads
// from `config.demoFaults` in content_for_header, standing for one real tracking mistake (a tag pasted
// twice, cents sent as units, a channel app disconnected). Pixels do not depend on the theme.
import type { DemoFault, FaultProof, FaultVerdict } from './demo-fault.js';

export type PixelRuntimeFault<Name extends string> = DemoFault<Name> & {
  /** Read by rendering/content-for-header.ts: the runtime gets this fault's name in config.demoFaults. */
  pixelRuntime: true;
};

/** Proven by tests/skills/pixel-auditor.test.ts on the default theme. */
const provenOnDefaultTheme: FaultProof = { defaultTheme: true, themes: [], provenIn: 'tests/skills/pixel-auditor.test.ts' };

export function pixelRuntimeFault<Name extends string>(name: Name, description: string, expectedFinding: string, verdict: Omit<FaultVerdict, 'perTheme'>): PixelRuntimeFault<Name> {
  return {
    name,
    description,
    expectedFinding,
    verdict: { ...verdict, perTheme: false },
    livesIn: ['assets/pixels.js (config.demoFaults, set by rendering/content-for-header.ts)'],
    endToEnd: provenOnDefaultTheme,
    pixelRuntime: true,
  };
}

export function isPixelRuntimeFault(fault: object): fault is PixelRuntimeFault<string> {
  return 'pixelRuntime' in fault;
}
