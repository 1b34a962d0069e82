#!/usr/bin/env node
// Entry point of the `moshtari` bin.
import { readFileSync } from 'node:fs';
import { runCli } from './run.js';

function version(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'moshtari' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not this layout: try the next one
    }
  }
  return 'unknown';
}

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  version: version(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `moshtari: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
