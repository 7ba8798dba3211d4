import { expect, it } from 'vitest';
import { renderBareTemplate } from '../../src/lib/note/template';

// Copied from the team's wiki page (the `\=` escapes removed).
const WIKI_TEMPLATE = `Summary (What’s the progress so far)
=============
......

Next MSFT Action
=============
......

Next Customer's Action
=============
......

Partner Ticket
=============
......

Handoff Notes
=============
......

Ticket's checklist
=============

Customer Reachable?:Yes/No
Waiting for RCA?:Yes/No
Customer accept English Support?: Yes/No
Now the issue is pending on?: PG/CSS/Customer
IcM ID?:
<Reason for Critsit:>
`;

it('renders the bare template exactly as the team wiki writes it', () => {
  expect(renderBareTemplate()).toBe(WIKI_TEMPLATE);
});
