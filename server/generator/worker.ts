// Worker thread of the generator: plans the province once, then expands and encodes the tenants
// the main thread asks for, handing the COPY data over without copying.
import { parentPort, workerData } from 'node:worker_threads';
import type { ColumnTypes } from './copy-binary.js';
import { planProvince, type GeneratorOptions } from './recipe.js';
import { tenantTables } from './rows.js';

const { options, columnTypes } = workerData as { options: GeneratorOptions; columnTypes: ColumnTypes };
const plan = planProvince(options);

parentPort!.on('message', (index: number) => {
  try {
    const tables = tenantTables(plan, index, columnTypes);
    parentPort!.postMessage({ index, tables }, tables.map((t) => t.data.buffer as ArrayBuffer));
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
});
