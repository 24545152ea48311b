/**
 * The field dictionary: for each field of the shared vocabulary, the registers that carry it,
 * how much a match tells about the kind of register, what its cells hold, and the headers
 * clerks write for it. Headers are written in their folded form (see normalizeHeader):
 * simplified, half-width, no spaces. Data, not code: add a synonym here and detection learns it.
 */
import type { FieldName, RegisterKind } from '../types';

/** What the cells of a field hold, which decides how sampled data cells confirm a header. */
export type FieldContent = 'date' | 'deadline' | 'docNumber' | 'serial' | 'count' | 'text';

/**
 * A header wording. `weight` (default 1) says how surely it names the field; `kind` marks a
 * wording that belongs to one kind of register (报送日期 is a submissions register's).
 */
export type Synonym = string | { readonly text: string; readonly weight?: number; readonly kind?: RegisterKind };

export interface FieldEntry {
  /** The registers that carry the field, with how strongly a match points to each (1 = weakly). */
  readonly kinds: Readonly<Partial<Record<RegisterKind, number>>>;
  readonly content: FieldContent;
  readonly synonyms: readonly Synonym[];
}

const ALL_KINDS = { incoming: 0.5, outgoing: 0.5, supervision: 0.5, submissions: 0.5 } as const;

export const FIELD_DICTIONARY: Readonly<Record<FieldName, FieldEntry>> = {
  serialNo: {
    kinds: ALL_KINDS,
    content: 'serial',
    synonyms: [
      '序号', '编号', '顺序号', '流水号', '登记号', '登记编号', '编码', '案号',
      { text: '收文编号', kind: 'incoming' }, { text: '收文顺序号', kind: 'incoming' },
      { text: '收文号', kind: 'incoming' }, { text: '收文序号', kind: 'incoming' },
      { text: '发文序号', kind: 'outgoing' }, { text: '发文编号', weight: 0.6, kind: 'outgoing' },
      { text: '督办编号', kind: 'supervision' }, { text: '督查编号', kind: 'supervision' },
      { text: '提案编号', kind: 'supervision' }, { text: '建议编号', kind: 'supervision' },
      { text: '信息编号', kind: 'submissions' },
    ],
  },
  receivedDate: {
    kinds: { incoming: 3 },
    content: 'date',
    synonyms: [
      '收文日期', '收文时间', '收件日期', '收件时间', '登记日期', '登记时间', '来文日期', '来文时间',
      '收到日期', '收到时间', '接收日期', '接收时间', '签收日期', '签收时间', '收文登记日期',
    ],
  },
  issuedDate: {
    kinds: { outgoing: 3, submissions: 1 },
    content: 'date',
    synonyms: [
      '发文日期', '发文时间', '成文日期', '成文时间', '印发日期', '印发时间', '签发日期', '签发时间',
      '发出日期', '发送日期', '发布日期',
      { text: '报送日期', kind: 'submissions' }, { text: '报送时间', kind: 'submissions' },
      { text: '上报日期', kind: 'submissions' }, { text: '上报时间', kind: 'submissions' },
      { text: '信息报送日期', kind: 'submissions' }, { text: '投稿日期', kind: 'submissions' },
    ],
  },
  assignedDate: {
    kinds: { supervision: 3 },
    content: 'date',
    synonyms: [
      '交办日期', '交办时间', '批示日期', '批示时间', '督办日期', '督办时间', '立项日期', '立项时间',
      '下达日期', '下达时间', '转办日期', '转办时间', '分办日期', '交办日',
    ],
  },
  sender: {
    kinds: { incoming: 3 },
    content: 'text',
    synonyms: [
      '来文单位', '来文机关', '发文机关', '来文部门', '来文机构', '来件单位', '来文单位名称',
      { text: '发文单位', weight: 0.8 }, { text: '发文部门', weight: 0.8 },
      // A submissions register records who sent each piece up.
      { text: '报送单位', kind: 'submissions' }, { text: '上报单位', kind: 'submissions' },
      { text: '供稿单位', kind: 'submissions' }, { text: '信息报送单位', kind: 'submissions' },
    ],
  },
  docNumber: {
    kinds: { incoming: 1, outgoing: 1 },
    content: 'docNumber',
    synonyms: [
      '文号', '字号', '文件字号', '文件号', '文件文号',
      { text: '文件编号', weight: 0.8 },
      { text: '来文字号', kind: 'incoming' }, { text: '来文文号', kind: 'incoming' },
      { text: '来文编号', weight: 0.8, kind: 'incoming' },
      { text: '收文编号', weight: 0.6, kind: 'incoming' },
      { text: '发文字号', kind: 'outgoing' }, { text: '发文文号', kind: 'outgoing' },
      { text: '发文号', kind: 'outgoing' }, { text: '发文编号', weight: 0.8, kind: 'outgoing' },
      { text: '编号', weight: 0.5 },
    ],
  },
  title: {
    kinds: { incoming: 1, outgoing: 1, submissions: 1 },
    content: 'text',
    synonyms: [
      '标题', '文件标题', '文件名称', '文件名', '事由', '文件题目', '题目', '主题', '来文标题',
      '来文事由', '发文标题', { text: '名称', weight: 0.6 }, { text: '摘要', weight: 0.7 },
      { text: '内容摘要', weight: 0.7 }, { text: '文件内容', weight: 0.7 },
      { text: '信息标题', kind: 'submissions' }, { text: '稿件标题', kind: 'submissions' },
      { text: '信息名称', kind: 'submissions' },
    ],
  },
  matter: {
    kinds: { supervision: 3 },
    content: 'text',
    synonyms: [
      '督办事项', '批示内容', '交办事项', '工作任务', '督查事项', '督办内容', '事项', '事项名称',
      '交办内容', '批示事项', '督办任务', '工作事项', '任务内容', '重点工作', '案由',
      '建议内容', '提案内容', '主要内容', '领导批示', { text: '批示精神', weight: 0.8 },
      { text: '内容', weight: 0.8 }, { text: '具体内容', weight: 0.8 },
    ],
  },
  source: {
    kinds: { supervision: 2 },
    content: 'text',
    synonyms: ['事项来源', '督办来源', '来源', '交办来源', '任务来源', '批示来源', '督办依据'],
  },
  leader: {
    kinds: { supervision: 3 },
    content: 'text',
    synonyms: [
      '批示领导', '交办领导', '领导', '批示人', '签批领导', '交办人', { text: '分管领导', weight: 0.7 },
      // A proposals ledger names who put the item forward where a ledger names the leader.
      '提出人', '提案人', '领衔代表', '领衔人', { text: '代表姓名', weight: 0.8 }, { text: '委员姓名', weight: 0.8 },
    ],
  },
  category: {
    kinds: { supervision: 1, incoming: 0.5, outgoing: 0.5 },
    content: 'text',
    synonyms: ['类别', '督办类别', '类型', '事项类别', '件别', '分类', '办件类型', '文种', '文件类别', '文件种类'],
  },
  classification: {
    kinds: { incoming: 1, outgoing: 1 },
    content: 'text',
    synonyms: ['密级', '秘密等级', '保密等级', '密级及保密期限', '文件密级'],
  },
  urgency: {
    kinds: { incoming: 1, outgoing: 1, supervision: 0.5 },
    content: 'text',
    synonyms: ['紧急程度', '缓急', '缓急程度', '紧急度', '急缓程度', '轻重缓急', '紧急情况'],
  },
  copies: {
    kinds: { incoming: 1, outgoing: 1 },
    content: 'count',
    synonyms: ['份数', '印发份数', '收文份数', '文件份数', '印数', '来文份数', { text: '数量', weight: 0.6 }],
  },
  copyNo: {
    kinds: { incoming: 2 },
    content: 'serial',
    synonyms: ['份号', '文件份号'],
  },
  handler: {
    kinds: { incoming: 1, supervision: 1 },
    content: 'text',
    synonyms: [
      '承办单位', '承办科室', '主办单位', '牵头单位', '责任单位', '承办部门', '责任部门', '办理单位',
      '牵头部门', '主办部门', '承办处室', '责任科室', '落实单位', '负责单位', '承办股室', '主办科室',
    ],
  },
  coHandlers: {
    kinds: { supervision: 2, incoming: 0.5 },
    content: 'text',
    synonyms: ['配合单位', '协办单位', '配合部门', '协办部门', '会办单位', '参与单位', '协助单位'],
  },
  handlerPerson: {
    kinds: ALL_KINDS,
    content: 'text',
    synonyms: [
      '承办人', '责任人', '经办人', '办理人', '具体承办人', '具体责任人', { text: '联系人', weight: 0.7 },
      { text: '拟稿人', kind: 'outgoing' },
      { text: '报送人', kind: 'submissions' }, { text: '撰稿人', kind: 'submissions' },
      { text: '作者', kind: 'submissions' }, { text: '信息员', kind: 'submissions' },
    ],
  },
  draftingUnit: {
    kinds: { outgoing: 3 },
    content: 'text',
    synonyms: ['拟稿单位', '拟稿部门', '拟稿科室', '起草单位', '拟稿处室', '主办科室'],
  },
  signer: {
    kinds: { outgoing: 3 },
    content: 'text',
    synonyms: ['签发人', '签发领导', '签发', '签批人'],
  },
  recipients: {
    kinds: { outgoing: 3 },
    content: 'text',
    synonyms: ['主送', '主送单位', '主送机关', { text: '发送单位', weight: 0.8 }],
  },
  deadline: {
    kinds: { supervision: 1, incoming: 0.5 },
    content: 'deadline',
    synonyms: [
      '办理时限', '限办日期', '完成时限', '办结时限', '时限', '办理期限', '限办时间', '要求完成时间',
      '要求完成时限', '要求完成日期', '要求办结时间', '要求办结日期', '要求时限', '规定时限',
      '截止日期', '截止时间', '办结期限', '完成期限', '反馈时限', '答复时限', '限时', '期限',
      { text: '计划完成时间', weight: 0.75 }, { text: '计划完成日期', weight: 0.75 },
      { text: '预计完成时间', weight: 0.7 }, { text: '预计完成日期', weight: 0.7 },
    ],
  },
  completedDate: {
    kinds: { supervision: 1, incoming: 1 },
    content: 'date',
    synonyms: [
      '办结日期', '办结时间', '完成日期', '完成时间', '实际完成时间', '实际完成日期', '实际办结时间',
      '实际办结日期', '答复日期', '答复时间', '办复日期', '办复时间', '反馈日期', '反馈时间',
      '回复日期', '回复时间', '结案日期', '销号日期', '销号时间',
    ],
  },
  result: {
    kinds: { incoming: 1, supervision: 1 },
    content: 'text',
    synonyms: [
      '办理结果', '办理情况', '办结情况', '落实情况', '答复情况', '处理结果', '处理情况', '办复情况',
      '是否办结', '办结', '完成情况', '落实结果', '办理结果反馈', { text: '结果', weight: 0.8 },
    ],
  },
  progress: {
    kinds: { supervision: 3 },
    content: 'text',
    synonyms: ['进展情况', '推进情况', '进度', '工作进展', '进展', '目前进展', '办理进度', '落实进度', '进度情况'],
  },
  supervised: {
    kinds: { incoming: 2 },
    content: 'text',
    synonyms: ['是否督办', '是否纳入督查督办', '是否纳入督办', '纳入督办', '是否督查', '督办'],
  },
  returnedDate: {
    kinds: { incoming: 2 },
    content: 'date',
    synonyms: [
      '收回日期', '清退日期', '退回日期', '收回时间', '清退时间', '退回时间', '交回日期', '归还日期',
      '清退', '收回',
    ],
  },
  revisit: {
    kinds: { supervision: 2 },
    content: 'text',
    synonyms: ['回访情况', '核实情况', '回访', '回访核实', '回访核实情况', '核查情况'],
  },
  satisfaction: {
    kinds: { supervision: 2 },
    content: 'text',
    synonyms: ['满意度', '满意情况', '满意程度', '是否满意', '群众满意度', '代表满意度', '委员满意度', '评价'],
  },
  adoption: {
    kinds: { submissions: 4 },
    content: 'text',
    synonyms: ['采用情况', '采用级别', '采用', '采用单位', '采用层级', '被采用情况', '录用情况', '采纳情况', '是否采用'],
  },
  remarks: {
    kinds: ALL_KINDS,
    content: 'text',
    synonyms: ['备注', '附注', { text: '说明', weight: 0.7 }, { text: '其他', weight: 0.6 }],
  },
};

/**
 * Headers that only say "date" or "time": the register's kind decides which date they are.
 */
export const GENERIC_DATE_HEADERS: readonly string[] = ['日期', '时间', '年月日', '登记日', '日期时间'];

/** The date a bare 日期 or 时间 column holds in each kind of register. */
export const PRIMARY_DATE_FIELD: Readonly<Record<RegisterKind, FieldName>> = {
  incoming: 'receivedDate',
  outgoing: 'issuedDate',
  supervision: 'assignedDate',
  submissions: 'issuedDate',
};

export interface FieldDefinition extends FieldEntry {
  readonly field: FieldName;
}

/** The dictionary as a list, in the order of the table. */
export const FIELD_DEFINITIONS: readonly FieldDefinition[] = (Object.keys(FIELD_DICTIONARY) as FieldName[]).map(
  (field) => ({ field, ...FIELD_DICTIONARY[field] }),
);

/**
 * True when registers of the kind carry the field.
 * @example isFieldOfKind('adoption', 'incoming') // false
 */
export function isFieldOfKind(field: FieldName, kind: RegisterKind): boolean {
  return FIELD_DICTIONARY[field].kinds[kind] !== undefined;
}
