/** The presets by name (`--preset uci-online-retail`, `--preset cdnow`). */
import { cdnow } from './cdnow.ts';
import type { ImportPreset } from './preset.ts';
import { uciOnlineRetail } from './uci-online-retail.ts';

export const PRESETS: Record<string, ImportPreset> = {
	[uciOnlineRetail.name]: uciOnlineRetail,
	[cdnow.name]: cdnow
};

export const PRESET_NAMES = Object.keys(PRESETS) as [string, ...string[]];
export type { ImportPreset } from './preset.ts';
