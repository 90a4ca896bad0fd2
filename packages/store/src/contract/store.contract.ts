import { accountContract } from './account.contract';
import { auditQueryContract } from './audit-query.contract';
import { auditContract } from './audit.contract';
import { claimLinksContract } from './claim-links.contract';
import { claimContract } from './claim.contract';
import type { ContractHarness } from './contract-harness';
import { datesContract } from './dates.contract';
import { documentContract } from './document.contract';
import { incidentRecordsContract } from './incident-records.contract';
import { incidentContract } from './incident.contract';
import { jobQueueContract } from './job-queue.contract';
import { mediaContract } from './media.contract';
import { migrationContract } from './migration.contract';
import { preservationContract } from './preservation.contract';
import { searchContract } from './search.contract';
import { siteContract } from './site.contract';
import { subscriptionContract } from './subscription.contract';
import { sourceContract } from './source.contract';
import { transactionContract } from './transaction.contract';

/** The whole repository contract: every engine must pass all of it. */
export function storeContract(h: ContractHarness): void {
  migrationContract(h);
  documentContract(h);
  searchContract(h);
  sourceContract(h);
  claimContract(h);
  transactionContract(h);
  jobQueueContract(h);
  auditContract(h);
  datesContract(h);
  incidentContract(h);
  incidentRecordsContract(h);
  claimLinksContract(h);
  accountContract(h);
  auditQueryContract(h);
  mediaContract(h);
  preservationContract(h);
  siteContract(h);
  subscriptionContract(h);
}
