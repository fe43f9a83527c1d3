// Placeholder until the Horizon theme lands: renders Dawn under the Horizon name.
import type { DemoTheme } from '../demo-theme.js';
import { dawnTheme } from '../dawn/dawn-theme.js';

export const horizonTheme: DemoTheme = { ...dawnTheme, name: 'horizon' };
