import { normalizeHeader } from '../text/normalize';
import type { FieldName } from '../types';
import { FIELD_DEFINITIONS, FIELD_DICTIONARY, GENERIC_DATE_HEADERS, isFieldOfKind, type Synonym } from './field-dictionary';
import { FIELD_LABELS } from './field-labels';

const ALL_FIELDS = Object.keys(FIELD_LABELS) as FieldName[];

function textOf(s: Synonym): string {
  return typeof s === 'string' ? s : s.text;
}

describe('the field dictionary', () => {
  it('has an entry, a label and at least one kind for every field of the vocabulary', () => {
    expect(FIELD_DEFINITIONS.map((d) => d.field).sort()).toEqual([...ALL_FIELDS].sort());
    for (const d of FIELD_DEFINITIONS) expect(Object.keys(d.kinds).length).toBeGreaterThan(0);
  });

  it('carries the headers shared/domain.md lists for each field', () => {
    const expected: Partial<Record<FieldName, string[]>> = {
      serialNo: ['收文编号', '顺序号', '序号', '编号', '督办编号'],
      receivedDate: ['收文日期', '收件日期', '登记日期', '来文日期'],
      issuedDate: ['发文日期', '成文日期', '印发日期'],
      assignedDate: ['交办日期', '批示日期', '督办日期'],
      sender: ['来文单位', '来文机关', '发文机关'],
      docNumber: ['文号', '来文字号', '发文字号'],
      title: ['标题', '文件标题', '文件名称', '事由'],
      matter: ['督办事项', '批示内容', '交办事项', '工作任务'],
      handler: ['承办单位', '承办科室', '主办单位', '牵头单位', '责任单位'],
      deadline: ['办理时限', '限办日期', '完成时限', '办结时限'],
      completedDate: ['办结日期', '办结时间', '完成日期'],
      returnedDate: ['收回日期', '清退日期', '退回日期'],
      supervised: ['是否督办', '是否纳入督查督办'],
    };
    for (const [field, headers] of Object.entries(expected) as Array<[FieldName, string[]]>) {
      const synonyms = FIELD_DICTIONARY[field].synonyms.map(textOf);
      for (const h of headers) expect(synonyms).toContain(h);
    }
  });

  it('writes every synonym in folded form, so that matching can compare them directly', () => {
    for (const d of FIELD_DEFINITIONS) {
      for (const s of d.synonyms) expect(normalizeHeader(textOf(s))).toBe(textOf(s));
    }
    for (const g of GENERIC_DATE_HEADERS) expect(normalizeHeader(g)).toBe(g);
  });

  it('lists no synonym twice for the same field', () => {
    for (const d of FIELD_DEFINITIONS) {
      const texts = d.synonyms.map(textOf);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('knows which registers carry a field', () => {
    expect(isFieldOfKind('adoption', 'submissions')).toBe(true);
    expect(isFieldOfKind('adoption', 'incoming')).toBe(false);
    expect(isFieldOfKind('signer', 'outgoing')).toBe(true);
  });
});
