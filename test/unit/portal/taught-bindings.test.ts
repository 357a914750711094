import { describe, expect, it } from 'vitest';
import type { CollectedControl } from '../../../utils/messaging/page-protocol';
import { mappingFileOf, mergeBindings, parseMappingFile } from '../../../utils/portal/mapping-file';
import { matchControls } from '../../../utils/portal/match-controls';
import { PLAN_PROFILE } from '../../../utils/portal/profiles/plan-profile';
import { REPORT_PROFILE } from '../../../utils/portal/profiles/report-profile';
import type { TaughtBinding } from '../../../utils/portal/taught-binding';
import { loadTaughtBindings, saveTaughtBindings } from '../../../utils/portal/taught-bindings-store';
import { DraftStore } from '../../../utils/store/draft-store';
import { META_KEYS } from '../../../utils/store/meta-keys';
import { named, reportForm } from './collected-controls';
import { freshDbName } from '../sample-drafts';

const binding = (field: string, name: string, option?: string): TaughtBinding => ({
  pageKind: 'report',
  field,
  ...(option ? { option } : {}),
  control: { type: 'text', name, id: '', labelAbove: '', textAfter: '' },
});

describe('a mapping file from an overseer', () => {
  it('says a file from a newer version needs an updated extension, as the backup import does', () => {
    const parsed = parseMappingFile(JSON.stringify({ ...mappingFileOf([]), formatVersion: 2 }));
    expect(parsed).toEqual({
      ok: false,
      problems: [
        'This file was made by a newer version of e-Plan Assistant (format 2); update the extension first.',
      ],
    });
  });

  it('refuses, naming each, bindings for a field or option no page of this version has', () => {
    const file = mappingFileOf([
      binding('disbursed', 'txtPaid2'),
      binding('noSuchField', 'x'),
      { ...binding('status', 'y'), pageKind: 'plan' },
      binding('status', 'z', '9'),
    ]);
    expect(parseMappingFile(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [
        'bindings.1: the report page has no field "noSuchField"',
        'bindings.2: the plan page has no field "status"',
        'bindings.3: the field "status" has no option "9"',
      ],
    });
  });

  it('keeps one binding per page, field and option when a file names one field twice', () => {
    const merged = mergeBindings([], [binding('disbursed', 'a'), binding('disbursed', 'b')]);
    expect(merged).toEqual([binding('disbursed', 'b')]);
  });

  it('imports a full file over a unit’s own lessons, and the unit can still teach afterwards', async () => {
    const store = await DraftStore.open(freshDbName());
    await saveTaughtBindings(store, [binding('remarks', 'txtRemarkLocal')]);
    const file = mappingFileOf(Array.from({ length: 500 }, (_, i) => binding('remarks', `n${i}`)));
    const parsed = parseMappingFile(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    await saveTaughtBindings(store, parsed.ok ? parsed.file.bindings : []);
    await saveTaughtBindings(store, [binding('disbursed', 'txtPaid2')]);
    expect(await loadTaughtBindings(store)).toEqual([
      binding('remarks', 'n499'),
      binding('disbursed', 'txtPaid2'),
    ]);
  });
});

describe('a damaged entry among the taught bindings', () => {
  it('keeps the readable lessons, and teaching one more does not erase them', async () => {
    const store = await DraftStore.open(freshDbName());
    const good = binding('disbursed', 'txtPaid2');
    // One entry another version wrote (an extra key in control) or that was damaged.
    const damaged = {
      ...binding('remarks', 'r'),
      control: { ...binding('remarks', 'r').control, tag: 'input' },
    };
    await store.setMeta(META_KEYS.taughtBindings, [good, damaged]);
    expect(await loadTaughtBindings(store)).toEqual([good]);
    await saveTaughtBindings(store, [binding('ordinanceBudget', 'txtAmount2')]);
    expect((await loadTaughtBindings(store)).map((b) => b.field)).toEqual(['disbursed', 'ordinanceBudget']);
  });
});

describe('a taught radio option with the rest of its group', () => {
  it('teaching the one status option the portal changed keeps the options still found by name', () => {
    // The portal changed option 3's value: by name, options 2 and 4 are still found, 3 is not.
    const controls = reportForm().controls.map((c) =>
      c.name === 'status_process' && c.value === '3' ? { ...c, value: 'S3' } : c,
    );
    const before = matchControls(REPORT_PROFILE, controls, []);
    const statusBefore = before.matched.find((m) => m.spec.field === 'status')!;
    expect([...statusBefore.optionControls!.keys()].sort()).toEqual(['2', '4']);
    // So the user teaches option 3 with "Fix field mapping".
    const radio3 = named(controls, 'status_process', 'S3');
    const taught: TaughtBinding[] = [
      {
        pageKind: 'report',
        field: 'status',
        option: '3',
        control: {
          type: 'radio',
          name: radio3.name,
          id: radio3.id,
          labelAbove: radio3.labelAbove,
          textAfter: radio3.textAfter,
        },
      },
    ];
    const after = matchControls(REPORT_PROFILE, controls, taught);
    const statusAfter = after.matched.find((m) => m.spec.field === 'status')!;
    expect([...statusAfter.optionControls!.keys()].sort()).toEqual(['2', '3', '4']);
  });
});

/** A lesson as "Fix field mapping" records it: a radio's or checkbox's value too. */
function lessonFor(
  field: string,
  c: CollectedControl,
  option?: string,
  pageKind: TaughtBinding['pageKind'] = 'report',
): TaughtBinding {
  const choice = c.type === 'radio' || c.type === 'checkbox';
  return {
    pageKind,
    field,
    ...(option ? { option } : {}),
    control: {
      type: c.type,
      name: c.name,
      id: c.id,
      labelAbove: c.labelAbove,
      textAfter: c.textAfter,
      ...(choice && { value: c.value }),
    },
  };
}

describe('re-teaching a control to correct a mistaken lesson', () => {
  it('the later lesson for a text box wins: it no longer fills the field it was first (wrongly) taught for', async () => {
    const store = await DraftStore.open(freshDbName());
    const { controls } = reportForm();
    const paid = named(controls, 'txtPaid');
    // Mis-click: the disbursement box taught as the ordinance budget; then corrected.
    await saveTaughtBindings(store, [lessonFor('ordinanceBudget', paid)]);
    const taught = await saveTaughtBindings(store, [lessonFor('disbursed', paid)]);
    const result = matchControls(REPORT_PROFILE, controls, taught);
    const of = (field: string) => result.matched.find((m) => m.spec.field === field)?.control?.name;
    // Else the budget figure would be typed into the disbursement box.
    expect(of('disbursed')).toBe('txtPaid');
    expect(of('ordinanceBudget')).not.toBe('txtPaid');
  });

  it('the later lesson for a radio wins: one radio never stands for two statuses', async () => {
    const store = await DraftStore.open(freshDbName());
    const controls = reportForm().controls.map((c) =>
      c.name === 'status_process' ? { ...c, value: `S${c.value}` } : c,
    );
    const radio4 = named(controls, 'status_process', 'S4');
    await saveTaughtBindings(store, [lessonFor('status', radio4, '3')]); // mistaken
    const taught = await saveTaughtBindings(store, [lessonFor('status', radio4, '4')]); // corrected
    const status = matchControls(REPORT_PROFILE, controls, taught).matched.find(
      (m) => m.spec.field === 'status',
    )!;
    expect(status.optionControls!.get('4')?.key).toBe(radio4.key);
    // Else a draft saying 3 would tick 4 on the portal.
    expect(status.optionControls!.get('3')?.key).not.toBe(radio4.key);
  });
});

describe('lessons for the boxes of a set that share one name (PHP `year[]`)', () => {
  // The portal renamed year1…year4 to year[] and wrote "พ.ศ. 2569": neither names nor words find them,
  // so the unit teaches each year's box.
  const years = ['2567', '2568', '2569', '2570'].map((year, i) => ({
    ...named(reportForm().controls, 'input_plan'),
    key: 900 + i,
    name: 'year[]',
    id: '',
    value: year,
    textAfter: `พ.ศ. ${year}`,
  }));
  const taught = mergeBindings(
    [lessonFor('planYears', years[2]!, '2569', 'plan')],
    [lessonFor('planYears', years[3]!, '2570', 'plan')],
  );

  it('keeps the lesson for another box of the set', () => {
    expect(taught.map((b) => b.option)).toEqual(['2569', '2570']);
  });

  it('ticks the taught box for each year, never another year', () => {
    const set = matchControls(PLAN_PROFILE, years, taught).matched.find((m) => m.spec.field === 'planYears');
    expect(set?.optionControls?.get('2570')?.value).toBe('2570');
    expect(set?.optionControls?.get('2569')?.value).toBe('2569');
  });
});

describe('radios of one group whose words sit in another table cell (no words after them)', () => {
  // The portal changed the status values (names no longer find the options) and moved the words.
  const controls = reportForm().controls.map((c) =>
    c.name === 'status_process' ? { ...c, value: `S${c.value}`, textAfter: '', textBefore: '' } : c,
  );
  const radio = (option: string) => named(controls, 'status_process', `S${option}`);

  it('teaching option 2 keeps the lesson given for option 3, and each ticks its own radio', () => {
    const taught = mergeBindings(
      [lessonFor('status', radio('3'), '3')],
      [lessonFor('status', radio('2'), '2')],
    );
    expect(taught.map((b) => b.option)).toEqual(['3', '2']);
    const status = matchControls(REPORT_PROFILE, controls, taught).matched.find(
      (m) => m.spec.field === 'status',
    );
    expect(status?.optionControls?.get('3')?.value).toBe('S3');
    expect(status?.optionControls?.get('2')?.value).toBe('S2');
  });

  it('still reads a radio lesson an earlier version taught (no value) by its words', () => {
    const words = reportForm().controls.map((c) =>
      c.name === 'status_process' ? { ...c, value: `S${c.value}` } : c,
    );
    const three = named(words, 'status_process', 'S3');
    const { value: _value, ...earlier } = lessonFor('status', three, '3').control;
    const status = matchControls(REPORT_PROFILE, words, [
      { pageKind: 'report', field: 'status', option: '3', control: earlier },
    ]).matched.find((m) => m.spec.field === 'status');
    expect(status?.optionControls?.get('3')?.key).toBe(three.key);
  });
});
