import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../utils/rules/check-report';
import { cleanInput, findingsOf } from './report-check-fixtures';

describe('status.missing (the server: กรุณาเลือกสถานะโครงการ)', () => {
  it('is an error when no status is chosen', () => {
    const [finding] = findingsOf('status.missing', cleanInput({ status: null }));
    expect(finding).toMatchObject({ severity: 'error', fields: ['status'], messageKey: 'ruleStatusMissing' });
  });

  it.each(['2', '3', '4'] as const)('is quiet once status %s is chosen', (status) => {
    expect(findingsOf('status.missing', cleanInput({ status, reason: '1' }))).toEqual([]);
  });
});

describe('status.reason-missing (checkReason(): กรุณาเลือกเหตุผล…)', () => {
  it('is an error for status 4 without a reason', () => {
    const [finding] = findingsOf('status.reason-missing', cleanInput({ status: '4', reason: null }));
    expect(finding).toMatchObject({ severity: 'error', fields: ['reason'] });
  });

  it('is quiet for status 4 with a reason, and for other statuses without one', () => {
    expect(findingsOf('status.reason-missing', cleanInput({ status: '4', reason: '1' }))).toEqual([]);
    expect(findingsOf('status.reason-missing', cleanInput({ status: '2', reason: null }))).toEqual([]);
  });
});

describe('status.other-reason-missing (checkReason(): กรุณากรอกเหตุผล…)', () => {
  it.each(['', '   ', '\u200b\n\t'])('is an error for reason 4 with the text %j', (otherReason) => {
    const [finding] = findingsOf(
      'status.other-reason-missing',
      cleanInput({ status: '4', reason: '4', otherReason }),
    );
    expect(finding).toMatchObject({ severity: 'error', fields: ['otherReason'] });
  });

  it('is quiet with a text, for another reason, or when status 4 is not chosen', () => {
    const quiet = [
      cleanInput({ status: '4', reason: '4', otherReason: 'สถานที่จัดอบรมปิดปรับปรุง' }),
      cleanInput({ status: '4', reason: '3', otherReason: '' }),
      cleanInput({ status: '2', reason: '4', otherReason: '' }),
    ];
    for (const input of quiet) expect(findingsOf('status.other-reason-missing', input)).toEqual([]);
  });
});

describe('status.completed-locks', () => {
  it('warns that the year locks, and asks for confirmation', () => {
    const result = checkReport(cleanInput({ status: '3' }));
    expect(result.findings.filter((f) => f.ruleId === 'status.completed-locks')).toEqual([
      {
        ruleId: 'status.completed-locks',
        severity: 'warning',
        fields: ['status'],
        messageKey: 'ruleCompletedLocks',
        params: { fiscalYear: 2570 },
        requiresConfirmation: true,
      },
    ]);
    expect(result.needsConfirmation).toBe(true);
    expect(result.canSubmit).toBe(true);
  });

  it('asks nothing for in progress or could not proceed', () => {
    expect(checkReport(cleanInput({ status: '2' })).needsConfirmation).toBe(false);
    const cannot = cleanInput({ status: '4', reason: '2', remarks: 'ผู้บริหารมีนโยบายให้ชะลอโครงการ' });
    expect(findingsOf('status.completed-locks', cannot)).toEqual([]);
    expect(checkReport(cannot).needsConfirmation).toBe(false);
  });
});
