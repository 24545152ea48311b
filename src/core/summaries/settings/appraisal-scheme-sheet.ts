/** The appraisal scheme sheet (考核计分办法) the add-in creates with the scheme for the clerk to edit. */
import type { SheetSpec } from '../../sheet-spec';
import type { AppraisalScheme } from '../appraisal/appraisal-scheme';
import { PORTRAIT } from '../sheet-frame';
import { listSchemeItems, writeSchemeValue } from './scheme-items';

export const APPRAISAL_PURPOSE = 'settings:appraisal';
export const APPRAISAL_SHEET_NAME = '考核计分办法';

/**
 * @example buildAppraisalSchemeSheet(DEFAULT_APPRAISAL_SCHEME).tables[0].rows[0] // ['基础分', 100, '每个单位、每个人的起点分']
 */
export function buildAppraisalSchemeSheet(scheme: AppraisalScheme): SheetSpec {
  return {
    name: APPRAISAL_SHEET_NAME,
    purpose: APPRAISAL_PURPOSE,
    title: '考核计分办法',
    subtitle: '“分值/设定”一栏可直接修改，扣分填负数；生成考核汇总时读取本表。',
    tables: [
      {
        caption: '计分项目',
        columns: [
          { header: '项目', width: 26, format: 'text' },
          { header: '分值/设定', width: 12 },
          { header: '说明', width: 44, format: 'text' },
        ],
        rows: listSchemeItems(scheme).map((item) => [item.label, writeSchemeValue(item.get(scheme)), item.note]),
      },
    ],
    notes: [
      '总分 = 基础分 + 各项得分之和；按时办结、逾期办结、逾期未办结的得分乘以所属台账的权重。',
      '优秀名额 = 参评数 × 优秀比例，按“优秀名额取整”取整；同分同名次，并列的一组不能全部评为优秀时，这一组不评优秀，名额不突破。',
    ],
    print: PORTRAIT,
  };
}
