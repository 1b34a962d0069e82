// A throwaway PostgreSQL server for SQL tests: initdb in a temporary folder, listening only on a
// Unix socket in that folder (no TCP), stopped and removed by `stop()`. Under root (CI) it runs as the
// `postgres` user, since initdb refuses root. .ci/run installs the server (apt-get postgresql).
// Locally, without a server installed, `startPostgres()` returns undefined and SQL tests say so;
// in CI (CI=true) a missing server is an error, so the server tests can never be skipped silently.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type TestPostgres = { readonly client: pg.Client; readonly stop: () => Promise<void> };

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return undefined;
}

export async function startPostgres(): Promise<TestPostgres | undefined> {
  const bin = binDir();
  if (bin === undefined) {
    if (process.env['CI'] === 'true') throw new Error('CI: no PostgreSQL server installed (.ci/run installs it)');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'moshtari-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: readonly string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = String(20000 + Math.floor(Math.random() * 20000));
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-k ${dir} -p ${port} -c listen_addresses= -c fsync=off`,
    'start',
  ]);
  const client = new pg.Client({ host: dir, port: Number(port), user: 'postgres', database: 'postgres' });
  await client.connect();
  return {
    client,
    stop: async () => {
      await client.end();
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
