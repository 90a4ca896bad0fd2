import { CommanderError, type Command } from 'commander';
import { buildProgram } from './program';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import { reportError } from './report-error';

/** Runs the CLI and returns its exit code: 0 ok, 1 failure, 2 usage. */
export const main = async (argv: string[]): Promise<number> => {
  const program = buildProgram();
  const override = (cmd: Command): void => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end "with an error" in commander's terms; they are not failures.
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      ) {
        return EXIT_OK;
      }
      return EXIT_USAGE;
    }
    return reportError(err, (line) => console.error(line));
  }
};
