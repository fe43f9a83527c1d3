// App embeds that make up the healthy noise (DEMO_NOISE) and the overlay faults.
import type { FaultName } from '../faults.js';
import type { NoiseKind } from './noise-kinds.js';

export function renderNoise(_noise: ReadonlySet<NoiseKind>, _faults: ReadonlySet<FaultName>): string {
  return '';
}
