// Placeholder until the Classic theme lands: renders Dawn under the Classic name.
import type { DemoTheme } from '../demo-theme.js';
import { dawnTheme } from '../dawn/dawn-theme.js';

export const classicTheme: DemoTheme = { ...dawnTheme, name: 'classic' };
