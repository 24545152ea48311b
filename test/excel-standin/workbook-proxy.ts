/** `context.workbook` and `context.application` of the stand-in. */
import type { XlApplication, XlWorkbook } from '../../src/hosts/excel/excel-api';
import { CustomXmlPartCollectionStandin } from './custom-xml-proxy';
import type { ProxyContext } from './proxy-base';
import { WorksheetCollectionStandin } from './worksheet-collection';

export class ApplicationStandin implements XlApplication {
  constructor(private readonly ctx: ProxyContext) {}

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue({ describe: { op: 'suspendScreenUpdatingUntilNextSync' }, execute: () => undefined });
  }
}

export class WorkbookStandin implements XlWorkbook {
  readonly worksheets: WorksheetCollectionStandin;
  readonly customXmlParts: CustomXmlPartCollectionStandin;
  readonly application: ApplicationStandin;

  constructor(ctx: ProxyContext) {
    this.worksheets = new WorksheetCollectionStandin(ctx);
    this.customXmlParts = new CustomXmlPartCollectionStandin(ctx);
    this.application = new ApplicationStandin(ctx);
  }
}
