import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../apps/cli/src/program';
import { runCli } from '../support/cli';

const commandPaths = (): string[][] => {
  const paths: string[][] = [];
  const walk = (cmd: ReturnType<typeof buildProgram>, prefix: string[]): void => {
    for (const sub of cmd.commands) {
      const path = [...prefix, sub.name()];
      paths.push(path);
      walk(sub, path);
    }
  };
  walk(buildProgram(), []);
  return paths;
};

describe('corroborate --help', () => {
  it('lists every command and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const name of [
      'ingest',
      'serve',
      'worker',
      'db',
      'search',
      'export',
      'extract',
      'places',
      'pdq',
      'match',
    ]) {
      expect(r.stdout).toContain(name);
    }
  });

  it('has a description and --help on every command', () => {
    const paths = commandPaths();
    expect(paths.length).toBeGreaterThanOrEqual(11);
    const program = buildProgram();
    for (const path of paths) {
      let cmd = program;
      for (const p of path) cmd = cmd.commands.find((c) => c.name() === p)!;
      expect(cmd.description(), path.join(' ')).not.toBe('');
      expect(cmd.helpInformation(), path.join(' ')).toMatch(/-h, --help/);
    }
  });

  it('every command that touches data takes --db', () => {
    const program = buildProgram();
    const find = (...path: string[]) =>
      path.reduce((c, p) => c.commands.find((x) => x.name() === p)!, program);
    for (const path of [['ingest'], ['serve'], ['worker'], ['db', 'migrate'], ['search'], ['export']]) {
      expect(
        find(...path).options.map((o) => o.long),
        path.join(' '),
      ).toContain('--db');
    }
  });

  it('prints subcommand help with exit 0', async () => {
    const r = await runCli(['db', 'migrate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--db <url>/);
  });
});
