// The healthy noise real stores carry (DEMO_NOISE): not faults, things a monitor must get through.
export const NOISE_KINDS = ['popup', 'consent', 'chat', 'market'] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

/** Parses a DEMO_NOISE list (`popup,consent`, `all`, blank for none); throws one line naming the valid kinds. */
export function parseNoiseKinds(names: readonly string[]): NoiseKind[] {
  const cleaned = names.map((name) => name.trim()).filter((name) => name.length > 0);
  if (cleaned.includes('all')) return [...NOISE_KINDS];
  const unknown = cleaned.filter((name) => !(NOISE_KINDS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown demo-store noise ${unknown.map((name) => `"${name}"`).join(', ')}; valid: ${NOISE_KINDS.join(', ')} or all`);
  }
  return [...new Set(cleaned as NoiseKind[])];
}
