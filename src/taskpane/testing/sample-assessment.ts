/** The sample workbook read and assessed through the stand-in, for tests of the pane's views. Test-only. */
import { assessWorkbook, type WorkbookAssessment } from '../../app/assess-workbook';
import { createExcelHost } from '../../hosts/excel';
import type { StoredSettings } from '../../core/settings/stored-settings';
import { createStandin } from '../../../test/excel-standin/standin';
import type { WorkbookFixture } from '../../../test/excel-standin/load-fixture';
import { SAMPLE_NOW, sampleWorkbook } from './sample-workbook';

/** @example const assessment = await assessSample(); */
export async function assessSample(fixture: WorkbookFixture = sampleWorkbook(), settings?: StoredSettings): Promise<WorkbookAssessment> {
  const host = createExcelHost({ run: createStandin(fixture).run, mergesSupported: true });
  if (settings) await host.writeSettings(settings);
  return assessWorkbook(host, { now: SAMPLE_NOW });
}
