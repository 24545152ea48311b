import { assessWorkbook } from '../../app/assess-workbook';
import { createExcelHost } from '../../hosts/excel';
import { createStandin } from '../../../test/excel-standin/standin';
import { INCOMING_SHEET, OUTGOING_SHEET, SAMPLE_NOW, sampleWorkbook } from '../testing/sample-workbook';
import { mergeAssessment } from './merge-assessment';

describe('mergeAssessment', () => {
  it('takes the new reading of the sheets re-assessed and keeps the others as they were', async () => {
    const host = createExcelHost({ run: createStandin(sampleWorkbook()).run, mergesSupported: true });
    const whole = await assessWorkbook(host, { now: SAMPLE_NOW });
    const later = await assessWorkbook(host, { now: SAMPLE_NOW, sheets: [INCOMING_SHEET] });
    const merged = mergeAssessment(whole, later);
    expect(merged.sheets.map((s) => s.info.name)).toEqual(whole.sheets.map((s) => s.info.name));
    expect(merged.sheets[0]).toBe(later.sheets[0]);
    expect(merged.sheets.find((s) => s.info.name === OUTGOING_SHEET)).toBe(whole.sheets[1]);
  });

  it('takes the partial reading whole when there was none before', async () => {
    const host = createExcelHost({ run: createStandin(sampleWorkbook()).run, mergesSupported: true });
    const partial = await assessWorkbook(host, { now: SAMPLE_NOW, sheets: [INCOMING_SHEET] });
    expect(mergeAssessment(null, partial)).toBe(partial);
  });
});
