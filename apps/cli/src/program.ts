import { Command } from 'commander';
import { registerDb } from './commands/db.command';
import { registerExport } from './commands/export.command';
import { registerExtract } from './commands/extract.command';
import { registerIngest } from './commands/ingest.command';
import { registerHashlist } from './commands/hashlist.command';
import { registerMedia } from './commands/media.command';
import { registerMediaFlag } from './commands/media-flag.command';
import { registerSearch } from './commands/search.command';
import { registerServe } from './commands/serve.command';
import { registerUser } from './commands/user.command';
import { registerVerify } from './commands/verify.command';
import { registerLedger } from './commands/ledger.command';
import { registerCapture } from './commands/capture.command';
import { registerBundle } from './commands/bundle.command';
import { registerVerifyBundle } from './commands/verify-bundle.command';
import { registerImport } from './commands/import.command';
import { registerWorker } from './commands/worker.command';
import { registerSite } from './commands/site.command';

export const buildProgram = (): Command => {
  const program = new Command('corroborate')
    .description(
      'Corroborate: preserve, match, extract, reconcile and publish evidence about atrocity claims',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)');
  for (const register of [
    registerIngest,
    registerServe,
    registerWorker,
    registerDb,
    registerSearch,
    registerExport,
    registerExtract,
    registerMedia,
    registerMediaFlag,
    registerHashlist,
    registerVerify,
    registerLedger,
    registerCapture,
    registerBundle,
    registerVerifyBundle,
    registerImport,
    registerUser,
    registerSite,
  ]) {
    register(program);
  }
  return program;
};
