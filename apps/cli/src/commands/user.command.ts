import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { ROLES, type Role } from '@corroborate/core';
import { databaseOption } from '../database-option';
import { EXIT_USAGE, ExitError } from '../exit-codes';

interface AddOptions {
  db: string;
  role: string;
  passwordStdin: boolean;
  displayName?: string;
  email?: string;
}

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline belongs to `echo`, not to the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
};

export const registerUser = (program: Command): void => {
  const user = program.command('user').description('local accounts');
  user
    .command('add')
    .description('create a local account (use it to create the first admin)')
    .argument('<username>', 'sign-in name: letters, digits, _ . -')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option(
      '--password-stdin',
      'read the password from standard input (else one is generated and shown once)',
      false,
    )
    .option('--display-name <name>', 'name shown to others (default: the user name)')
    .option('--email <address>', 'e-mail address')
    .addOption(databaseOption())
    .action(async (username: string, opts: AddOptions) => {
      if (!(ROLES as readonly string[]).includes(opts.role))
        throw new ExitError(
          EXIT_USAGE,
          `error: --role must be one of ${ROLES.join(', ')}, got "${opts.role}"`,
        );
      const generated = opts.passwordStdin ? null : randomBytes(18).toString('base64url');
      const password = generated ?? (await readStdin());
      const { withApp } = await import('../compose');
      const { argon2Passwords, createUser } = await import('@corroborate/server');
      const created = await withApp(opts.db, (app) =>
        createUser(
          {
            store: app.store,
            clock: app.clock,
            ids: app.ids,
            hasher: app.hasher,
            passwords: argon2Passwords,
          },
          {
            username,
            role: opts.role as Role,
            password,
            displayName: opts.displayName,
            email: opts.email ?? null,
          },
          null,
        ),
      );
      console.log(`created ${created.role} ${created.username} (${created.id})`);
      if (generated !== null) console.log(`password (shown once): ${generated}`);
    });
  user
    .command('list')
    .description('list accounts: id, user name, role, and whether disabled or with a second factor')
    .addOption(databaseOption())
    .action(async (opts: { db: string }) => {
      const { withApp } = await import('../compose');
      const users = await withApp(opts.db, (app) => app.store.users.list());
      for (const u of users)
        console.log(
          [u.id, u.username, u.role, u.disabled ? 'disabled' : 'active', u.totpEnabled ? 'totp' : ''].join(
            '\t',
          ),
        );
    });
};
