/** A plainly fictional filled note for training ("Fill with an example"). */
import type { DraftState } from '../shared/note-store';
import { emptyNote } from '../../lib/note/note';

export function exampleDraft(options: {
  supportPlans: readonly string[];
  severities: readonly string[];
  productSkills: readonly string[];
  regions: readonly { id: string }[];
}): DraftState {
  const note = emptyNote();
  note.sections = {
    summary:
      'EXAMPLE (fictional customer Contoso Ltd). Nightly copy pipeline from on-premises SQL Server to the data lake fails since 20 Nov with "403 Forbidden" on write.\nFound: the storage account firewall was changed on 19 Nov; the self-hosted integration runtime IP is not on the allow list.\nNow: customer is asking their network team to add the IP.',
    nextMsftAction:
      'At the start of your shift, ask the customer whether the IP was added; if so, rerun the pipeline with them and confirm the copy succeeds.',
    nextCustomerAction:
      'Network team adds the runtime IP to the storage firewall allow list (promised by 10:00 their time).',
    partnerTicket: 'None.',
    handoffNotes:
      'Customer contact: Alex Example (fictional), prefers Teams chat. Reproduces every run; the error is in the run log of 22 Nov.',
    contingencies: '',
    ruledOut: '',
  };
  note.checklist = {
    customerReachable: 'Yes',
    waitingForRca: 'No',
    acceptsEnglish: 'Yes',
    pendingOn: 'Customer',
    icmId: '',
    critsitReason: '',
  };
  return {
    caseDetails: {
      caseNumber: '1234567890123456',
      supportPlan: options.supportPlans[0] ?? '',
      severity: options.severities[1] ?? options.severities[0] ?? '',
      productSkill: options.productSkills[0] ?? '',
      targetRegion: options.regions.at(-1)?.id ?? '',
      is24x7: true,
    },
    note,
    includeCaseDetails: false,
  };
}
