import { DEFAULT_DEADLINE_SETTINGS } from './deadline-settings';
import { readDeadlineSettings } from './read-deadline-settings';

describe('reading the stored deadline settings', () => {
  it('gives the defaults, without problems, when nothing is stored', () => {
    expect(readDeadlineSettings(undefined)).toEqual({ settings: DEFAULT_DEADLINE_SETTINGS, problems: [] });
  });

  it('round-trips the defaults through JSON unchanged', () => {
    const stored: unknown = JSON.parse(JSON.stringify(DEFAULT_DEADLINE_SETTINGS));
    expect(readDeadlineSettings(stored)).toEqual({ settings: DEFAULT_DEADLINE_SETTINGS, problems: [] });
  });

  it('keeps good fields and replaces bad ones one by one, naming each', () => {
    const { settings, problems } = readDeadlineSettings({
      warningWorkingDays: 5,
      asOfDay: '2026-13-01',
      bareNumberUnit: 'weeks',
      finishedWords: ['办结', 3],
    });
    expect(settings.warningWorkingDays).toBe(5);
    expect(settings.asOfDay).toBeNull();
    expect(settings.bareNumberUnit).toBe('workingDays');
    expect(settings.finishedWords).toEqual(DEFAULT_DEADLINE_SETTINGS.finishedWords);
    expect(problems.map((p) => p.message.zh)).toEqual([
      '期限设置"asOfDay"无效，已改用默认值',
      '期限设置"bareNumberUnit"无效，已改用默认值',
      '期限设置"finishedWords"无效，已改用默认值',
    ]);
  });

  it('keeps a fixed as-of day', () => {
    expect(readDeadlineSettings({ asOfDay: '2026-11-20' }).settings.asOfDay).toBe('2026-11-20');
  });

  it('drops only the bad rules of a kind and keeps the rest in order', () => {
    const { settings, problems } = readDeadlineSettings({
      kinds: {
        supervision: {
          rules: [
            { field: 'category', values: ['急办件'], period: { amount: 2, unit: 'workingDays' } },
            { field: 'leader', values: ['县长'], period: { amount: 1, unit: 'workingDays' } },
            { field: 'urgency', values: ['特急'], period: { amount: -1, unit: 'workingDays' } },
          ],
          fallback: null,
        },
      },
    });
    expect(settings.kinds.supervision.rules).toEqual([{ field: 'category', values: ['急办件'], period: { amount: 2, unit: 'workingDays' } }]);
    expect(settings.kinds.supervision.fallback).toBeNull();
    expect(settings.kinds.supervision.startFrom).toEqual(DEFAULT_DEADLINE_SETTINGS.kinds.supervision.startFrom);
    expect(settings.kinds.incoming).toEqual(DEFAULT_DEADLINE_SETTINGS.kinds.incoming);
    expect(problems.map((p) => p.code)).toEqual(['settings.deadlines.invalid', 'settings.deadlines.invalid']);
    expect(problems[1].message.zh).toContain('kinds.supervision.rules[2]');
  });

  it('lets an office give ordinary incoming documents a default', () => {
    const { settings } = readDeadlineSettings({ kinds: { incoming: { fallback: { amount: 5, unit: 'workingDays' } } } });
    expect(settings.kinds.incoming.fallback).toEqual({ amount: 5, unit: 'workingDays' });
    expect(settings.kinds.incoming.rules).toEqual(DEFAULT_DEADLINE_SETTINGS.kinds.incoming.rules);
  });

  it('reports a section that is not an object and uses the defaults', () => {
    const { settings, problems } = readDeadlineSettings('3 days');
    expect(settings).toBe(DEFAULT_DEADLINE_SETTINGS);
    expect(problems).toHaveLength(1);
  });

  it('refuses a warning window outside 0–60 working days', () => {
    expect(readDeadlineSettings({ warningWorkingDays: 61 }).settings.warningWorkingDays).toBe(3);
    expect(readDeadlineSettings({ warningWorkingDays: 0 }).settings.warningWorkingDays).toBe(0);
  });
});
