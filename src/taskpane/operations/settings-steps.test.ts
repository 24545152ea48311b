import { createExcelHost } from '../../hosts/excel';
import { createStandin } from '../../../test/excel-standin/standin';
import type { PaneServices } from '../services';
import { createStepControl } from '../work/step-control';
import { SAMPLE_NOW, sampleWorkbook } from '../testing/sample-workbook';
import { changeSectionEntry, readSection, updateSettingsSection } from './settings-steps';

function setup() {
  const host = createExcelHost({ run: createStandin(sampleWorkbook()).run, mergesSupported: true });
  const services: PaneServices = { host, workbookName: '本工作簿', now: () => SAMPLE_NOW };
  const step = () => createStepControl({ onProgress: () => undefined, onPhase: () => undefined }).handle;
  return { host, services, step };
}

describe('updateSettingsSection', () => {
  it('replaces the given fields of a section and keeps the rest of the settings', async () => {
    const { host, services, step } = setup();
    await host.writeSettings({ version: 1, mappings: { 收文: { kind: 'incoming', columns: { title: 'E' } } }, deadlines: { warningWorkingDays: 3, asOfDay: '2026-11-20' } });
    await updateSettingsSection(services, 'deadlines', { warningWorkingDays: 5 }, step());
    expect(await host.readSettings()).toEqual({ version: 1, mappings: { 收文: { kind: 'incoming', columns: { title: 'E' } } }, deadlines: { warningWorkingDays: 5, asOfDay: '2026-11-20' } });
  });

  it('marks the step as writing before it writes', async () => {
    const { services } = setup();
    const control = createStepControl({ onProgress: () => undefined, onPhase: () => undefined });
    await updateSettingsSection(services, 'rules', { handlers: ['办公室'] }, control.handle);
    expect(control.handle.wrote).toBe(true);
  });
});

describe('changeSectionEntry', () => {
  it('changes one entry of a group and leaves the group’s other entries as the workbook has them', async () => {
    const { host, services, step } = setup();
    await host.writeSettings({ version: 1, rules: { required: { supervision: [{ anyOf: ['matter'] }] }, handlers: ['办公室'] } });
    await changeSectionEntry(services, 'rules', 'required', 'incoming', () => [{ anyOf: ['title'] }], step());
    expect((await host.readSettings())['rules']).toEqual({ required: { supervision: [{ anyOf: ['matter'] }], incoming: [{ anyOf: ['title'] }] }, handlers: ['办公室'] });
  });
});

describe('readSection', () => {
  it('reads a malformed section as empty', () => {
    expect(readSection({ version: 1, rules: ['not', 'a', 'record'] }, 'rules')).toEqual({});
    expect(readSection({ version: 1 }, 'deadlines')).toEqual({});
  });
});
