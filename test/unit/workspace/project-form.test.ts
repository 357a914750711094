import { describe, expect, it } from 'vitest';
import { newProjectForm, readProjectForm } from '../../../utils/workspace/project-form';

const UNIT = '3100300';

describe('readProjectForm', () => {
  it('stores a new project once it has a name, with its budget read from Thai digits', () => {
    const form = {
      ...newProjectForm(2570),
      name: 'โครงการอบรม',
      usesBudget: true,
      plannedBudget: '๕๐,๐๐๐ บาท',
    };
    const reading = readProjectForm(form, UNIT, null);
    expect(reading.fields?.name).toBe('โครงการอบรม');
    expect(reading.fields?.plannedBudget).toBe(50_000);
    expect(reading.problems).toEqual({});
  });

  it('keeps the stored objective when the typed one is longer than the store keeps, and saves the rest', () => {
    const first = readProjectForm({ ...newProjectForm(2570), name: 'โครงการ', objective: 'เดิม' }, UNIT, null);
    const stored = first.fields!;
    const form = { ...newProjectForm(2570), name: 'โครงการใหม่', objective: 'ก'.repeat(20_001) };
    const reading = readProjectForm(form, UNIT, stored);
    expect(reading.fields?.name).toBe('โครงการใหม่');
    expect(reading.fields?.objective).toBe('เดิม');
    expect(reading.tooLong).toEqual({ objective: { length: 20_001, max: 20_000 } });
  });

  it('does not store a new project whose only name is too long, and says why', () => {
    const reading = readProjectForm({ ...newProjectForm(2570), name: 'ก'.repeat(2_001) }, UNIT, null);
    expect(reading.fields).toBeNull();
    expect(reading.tooLong.name).toEqual({ length: 2_001, max: 2_000 });
  });

  it('refuses a budget too large to be any budget, keeping the stored one', () => {
    const form = {
      ...newProjectForm(2570),
      name: 'โครงการ',
      usesBudget: true,
      plannedBudget: '20,000,000,000,000',
    };
    const reading = readProjectForm(form, UNIT, null);
    expect(reading.problems.plannedBudget).toBe('formAmountUnreadable');
    expect(reading.fields?.plannedBudget).toBeNull();
  });
});
