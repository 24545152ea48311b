import fc from 'fast-check';
import { DEFAULT_DEADLINE_SETTINGS } from '../../core/deadlines/deadline-settings';
import { DEADLINE_UNITS } from '../../core/deadlines/deadline-types';
import { DEFAULT_RULE_SETTINGS } from '../../core/rules/settings/rule-settings';
import { readAmount, readRequiredRows, readRuleRows, splitValues, tidyValues, toRequiredRows, toRuleRows, VALUE_SEPARATOR } from './settings-rows';

describe('splitValues', () => {
  it('splits at 、 and commas of either width, semicolons and line breaks, dropping blanks', () => {
    expect(splitValues(' 特急、特急件,急件，加急;平急；\n 普通 ,, ')).toEqual(['特急', '特急件', '急件', '加急', '平急', '普通']);
  });

  it('gives back any list of values written with the separator', () => {
    const value = fc.stringMatching(/^[^、,，;；\n]+$/).map((v) => v.trim()).filter((v) => v !== '');
    fc.assert(fc.property(fc.array(value), (values) => expect(splitValues(values.join(VALUE_SEPARATOR))).toEqual(values)));
  });
});

describe('readAmount', () => {
  it('takes whole numbers of up to three digits and nothing else', () => {
    expect([readAmount('5'), readAmount(' 10 '), readAmount('999'), readAmount('1000'), readAmount('2.5'), readAmount('-1'), readAmount('五'), readAmount('')]).toEqual([5, 10, 999, null, null, null, null, null]);
  });
});

describe('deadline rule rows', () => {
  it('give back the default rules of every kind unchanged', () => {
    for (const kind of Object.values(DEFAULT_DEADLINE_SETTINGS.kinds)) expect(readRuleRows(toRuleRows(kind.rules))).toEqual({ rules: kind.rules, incomplete: [] });
  });

  it('give back any rules they were made from', () => {
    const value = fc.stringMatching(/^[^、,，;；\n\s]+$/);
    const rule = fc.record({
      field: fc.constantFrom('urgency' as const, 'category' as const),
      values: fc.array(value, { minLength: 1, maxLength: 4 }),
      period: fc.record({ amount: fc.integer({ min: 0, max: 999 }), unit: fc.constantFrom(...DEADLINE_UNITS) }),
    });
    fc.assert(fc.property(fc.array(rule, { maxLength: 6 }), (rules) => expect(readRuleRows(toRuleRows(rules)).rules).toEqual(rules)));
  });

  it('name the rows that lack values or a limit, by their 1-based number', () => {
    const read = readRuleRows([
      { basis: 'urgency', values: '特急', amount: '1', unit: 'workingDays' },
      { basis: 'category', values: '', amount: '3', unit: 'workingDays' },
      { basis: 'urgency', values: '加急', amount: '三', unit: 'workingDays' },
    ]);
    expect(read.incomplete).toEqual([2, 3]);
    expect(read.rules).toHaveLength(1);
  });
});

describe('required rows', () => {
  it('give back the default required entries of every kind', () => {
    for (const list of Object.values(DEFAULT_RULE_SETTINGS.required)) expect(readRequiredRows(toRequiredRows(list))).toEqual({ required: list, incomplete: [] });
  });

  it('drop a second field that repeats the first, and name a row without a field', () => {
    expect(readRequiredRows([{ first: 'title', second: 'title', when: '' }, { first: '', second: 'title', when: '' }])).toEqual({ required: [{ anyOf: ['title'] }], incomplete: [2] });
  });
});

describe('tidyValues', () => {
  it('trims, drops blanks and repeats, and keeps the clerk’s order', () => {
    expect(tidyValues([' 办公室', '', '财政股', '办公室 ', '  '])).toEqual(['办公室', '财政股']);
  });
});
