import { describe, expect, it } from 'vitest';
import {
  handlePageWorldMessage,
  type FormScriptTarget,
  type PageWorldSender,
} from '../../../utils/messaging/handle-page-world-message';
import type { PortalPage } from '../../../utils/portal/page-kind';
import type { PortalRoundState } from '../../../utils/portal/portal-rounds';

const REPORT = 'https://e-plan.nacc.go.th/projectreport.php?id=1201&r=1&y=2570';
const NOW = Date.UTC(2026, 11, 7);

function reportTab(url = REPORT): PageWorldSender {
  return { origin: 'https://e-plan.nacc.go.th', url, tab: { id: 7 }, frameId: 0, documentId: 'DOC1' };
}

function round(overrides: Partial<PortalRoundState> = {}): PortalRoundState {
  return {
    portalId: '1201',
    fiscalYear: 2570,
    round: 1,
    saved: true,
    locked: false,
    seenAt: NOW - 60_000,
    ...overrides,
  };
}

async function ask(message: unknown, sender: PageWorldSender) {
  const started: FormScriptTarget[] = [];
  const seen: { page: PortalPage; rounds: PortalRoundState[] }[] = [];
  const answer = await handlePageWorldMessage(
    message,
    sender,
    {
      startFormScript: async (target) => void started.push(target),
      recordSeen: async (page, rounds) => void seen.push({ page, rounds }),
    },
    NOW,
  );
  return { answer, started, seen };
}

describe('what a portal form page may ask of the background from its own world', () => {
  it('starts the form script in the very document that stirred', async () => {
    const { answer, started } = await ask({ type: 'portal.stirred' }, reportTab());
    expect(answer).toEqual({ ok: true });
    expect(started).toEqual([{ tabId: 7, frameId: 0, documentId: 'DOC1' }]);

    const plan = await ask(
      { type: 'portal.stirred' },
      {
        ...reportTab('https://e-plan.nacc.go.th/projectcreate.php'),
        documentId: undefined,
      },
    );
    expect(plan.started).toEqual([{ tabId: 7, frameId: 0 }]);
  });

  it("records an untouched page's own round, never as seen later than now", async () => {
    const { answer, seen } = await ask(
      { type: 'portal.leftUntouched', rounds: [round({ seenAt: NOW + 86_400_000 })] },
      reportTab(),
    );
    expect(answer).toEqual({ ok: true });
    expect(seen).toEqual([
      {
        page: { kind: 'report', url: REPORT, projectId: '1201', round: 1, fiscalYear: 2570 },
        rounds: [round({ seenAt: NOW })],
      },
    ]);
  });

  it("refuses another project's round, another request, or a page that is not a portal form", async () => {
    const refusals = [
      await ask({ type: 'portal.leftUntouched', rounds: [round({ portalId: '999' })] }, reportTab()),
      await ask({ type: 'portal.leftUntouched', rounds: [round({ round: 2 })] }, reportTab()),
      await ask({ type: 'recovery.save', snapshot: {} }, reportTab()),
      await ask({ type: 'portal.stirred', extra: 1 }, reportTab()),
      await ask('portal.stirred', reportTab()),
      await ask({ type: 'portal.stirred' }, reportTab('https://e-plan.nacc.go.th/projectdisplay.php')),
      await ask({ type: 'portal.stirred' }, reportTab('https://e-plan.nacc.go.th/login.php')),
      await ask({ type: 'portal.stirred' }, { ...reportTab(), origin: 'https://evil.example' }),
      await ask({ type: 'portal.stirred' }, { ...reportTab(), tab: undefined }),
      await ask(
        { type: 'portal.stirred' },
        { ...reportTab(), url: 'https://e-plan.nacc.go.th.example.org/projectreport.php' },
      ),
    ];
    for (const { answer, started, seen } of refusals) {
      expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/\w/) });
      expect(started).toEqual([]);
      expect(seen).toEqual([]);
    }
  });
});
