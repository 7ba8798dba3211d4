/**
 * A plainly fictional note to practise a review on: the generator's example
 * case (Contoso, the "403 Forbidden" copy pipeline), written the way a
 * trainee might hand it over, with the faults a review should find. The key
 * in it is made up and malformed on purpose.
 */
export const PRACTICE_NOTE = `Case number: 1234567890123456
Severity: B
From: EMEA

Summary (What’s the progress so far)
=============
EXAMPLE (fictional customer Contoso Ltd). Nightly copy pipeline to the data lake fails with "403 Forbidden" on write. Customer says the storage firewall was changed.
Connection string from the customer: DefaultEndpointsProtocol=https;AccountName=contosoexample;AccountKey=EXAMPLEnotArealKEY0000==

Next MSFT Action
=============
Follow up with the customer about the firewall.

Next Customer's Action
=============
Network team to add the runtime IP to the allow list.

Partner Ticket
=============
TBD

Handoff Notes
=============
Customer contact: TODO

Ticket's checklist
=============

Customer Reachable?:Yes/No
Waiting for RCA?: Yes
Customer accept English Support?: Yes
Now the issue is pending on?: PG/CSS/Customer
IcM ID?:
<Reason for Critsit:>
`;
