// Worker thread of the generator: plans the province once, then expands and serializes the
// tenants the main thread asks for, handing the COPY text over without copying.
import { parentPort, workerData } from 'node:worker_threads';
import { planProvince, type GeneratorOptions } from './recipe.js';
import { serialize, tenantSteps } from './rows.js';

const { options, trainingColumns } = workerData as { options: GeneratorOptions; trainingColumns: string[] };
const plan = planProvince(options);
const columns = new Set(trainingColumns);

parentPort!.on('message', (index: number) => {
  try {
    const steps = tenantSteps(plan, index, columns);
    const tables = serialize(steps);
    parentPort!.postMessage({ index, tables }, tables.map((t) => t.data.buffer as ArrayBuffer));
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
  }
});
