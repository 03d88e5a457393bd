/** `npm run bench`: runs every benchmark suite in turn and prints its figures. */
import { existsSync } from 'node:fs';

interface Suite {
  readonly name: string;
  readonly file: string;
  readonly exportName: string;
}

const suites: readonly Suite[] = [
  { name: 'front end (parse + instructions + graph)', file: './frontend.ts', exportName: 'benchFrontend' },
  { name: 'simulator', file: './simulate.ts', exportName: 'benchSimulate' },
  { name: 'checker vs peers', file: './check.ts', exportName: 'benchCheck' },
  { name: 'site in Chromium', file: './site.ts', exportName: 'benchSite' },
  { name: 'page JS budgets', file: './pages.ts', exportName: 'benchPages' },
  { name: 'server vs docker build', file: './server.ts', exportName: 'benchServer' },
];

const only = process.argv.slice(2);
let failures = 0;
for (const suite of suites) {
  if (only.length > 0 && !only.some((word) => suite.file.includes(word))) continue;
  const path = new URL(suite.file, import.meta.url);
  if (!existsSync(path)) {
    console.log(`\n## ${suite.name}: not present (${suite.file})`);
    continue;
  }
  console.log(`\n## ${suite.name}`);
  try {
    const module = (await import(path.href)) as Record<string, unknown>;
    const run = module[suite.exportName];
    if (typeof run !== 'function') throw new Error(`${suite.file} does not export ${suite.exportName}()`);
    await (run as () => Promise<void>)();
  } catch (error) {
    failures++;
    console.log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;
