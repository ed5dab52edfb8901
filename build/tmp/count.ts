import { VOLUME_IDS, PENDING_VOLUME_DEFS } from '../../src/anatomy/volumes';
import { readFileSync } from 'node:fs';
const d = JSON.parse(readFileSync('data/trigger-points.json', 'utf8'));
const all = d.muscles.map((m: { id: string }) => m.id);
console.log('volumes', VOLUME_IDS.size, 'of', all.length);
console.log('pending', PENDING_VOLUME_DEFS.map((p) => p.id).join(', '));
console.log('not written', all.filter((id: string) => !VOLUME_IDS.has(id) && !PENDING_VOLUME_DEFS.some((p) => p.id === id)).join(', '));
