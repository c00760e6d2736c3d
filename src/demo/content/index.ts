import { harborLedger } from './harbor-ledger.js';
import { kabarPelabuhan } from './kabar-pelabuhan.js';
import { lanternTech } from './lantern-tech.js';
import { morningWire } from './morning-wire.js';
import type { DemoOutlet } from './types.js';

export type { Block, DemoOutlet, DemoStory, OutletLabels } from './types.js';

/** The bundled sample set: four outlets, one feed each (Atom, RSS in windows-1252, JSON Feed, RSS in UTF-8). */
export const outlets: readonly DemoOutlet[] = [harborLedger, kabarPelabuhan, morningWire, lanternTech];
