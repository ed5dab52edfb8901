/** `npm run muscle-table`: writes docs/muscle-table.md from the committed model (the build does it too). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MUSCLE_TABLE_PATH, muscleTableOfModel } from './model-table/from-model';

writeFileSync(MUSCLE_TABLE_PATH, await muscleTableOfModel());
console.log(`wrote ${fileURLToPath(MUSCLE_TABLE_PATH)}`);
