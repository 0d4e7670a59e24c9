/**
 * Issue 6: the authorized, audited write over the real server, against a bare Fastify insert, per database.
 * New HTTP cases (e.g. the console entry of issue 10) add a scenario file and a line in run.ts.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEST_DIALECTS } from '../src/testing/test-database.js';
import { compareHttpWrite, printComparison } from './lib/http-compare.js';
import type { WriteScenario } from './lib/scenario.js';

export async function benchHttpWrite(scenarioFile: string): Promise<void> {
  const scenarioPath = fileURLToPath(new URL(scenarioFile, import.meta.url));
  const { scenario } = (await import(pathToFileURL(scenarioPath).href)) as { scenario: WriteScenario };
  // BENCH_DIALECTS=postgres (or sqlite) runs one half, e.g. while working on one database.
  const only = process.env.BENCH_DIALECTS?.split(',');
  for (const dialect of TEST_DIALECTS.filter((d) => !only || only.includes(d))) {
    printComparison(scenario.label, scenario.title, dialect, await compareHttpWrite(scenarioPath, dialect));
  }
}
