/** How each field is named to a clerk (zh) and in the second language (en). */
import type { FieldName, LocalText, RegisterKind } from '../types';

export const FIELD_LABELS: Readonly<Record<FieldName, LocalText>> = {
  serialNo: { zh: '顺序号', en: 'serial number' },
  receivedDate: { zh: '收文日期', en: 'date received' },
  issuedDate: { zh: '发文日期', en: 'date issued' },
  assignedDate: { zh: '交办日期', en: 'date assigned' },
  sender: { zh: '来文单位', en: 'sender' },
  docNumber: { zh: '文号', en: 'document number' },
  title: { zh: '标题', en: 'title' },
  matter: { zh: '督办事项', en: 'supervised matter' },
  source: { zh: '事项来源', en: 'source' },
  leader: { zh: '批示领导', en: 'instructing leader' },
  category: { zh: '类别', en: 'category' },
  classification: { zh: '密级', en: 'classification' },
  urgency: { zh: '紧急程度', en: 'urgency' },
  copies: { zh: '份数', en: 'copies' },
  copyNo: { zh: '份号', en: 'copy number' },
  handler: { zh: '承办单位', en: 'handling unit' },
  coHandlers: { zh: '配合单位', en: 'assisting units' },
  handlerPerson: { zh: '承办人', en: 'person responsible' },
  draftingUnit: { zh: '拟稿单位', en: 'drafting unit' },
  signer: { zh: '签发人', en: 'signer' },
  recipients: { zh: '主送单位', en: 'main recipients' },
  deadline: { zh: '办理时限', en: 'deadline' },
  completedDate: { zh: '办结日期', en: 'date completed' },
  result: { zh: '办理结果', en: 'result' },
  progress: { zh: '进展情况', en: 'progress' },
  supervised: { zh: '是否督办', en: 'under supervision' },
  returnedDate: { zh: '收回/清退日期', en: 'date returned' },
  revisit: { zh: '回访情况', en: 'return visit' },
  satisfaction: { zh: '满意度', en: 'satisfaction' },
  adoption: { zh: '采用情况', en: 'adoption' },
  remarks: { zh: '备注', en: 'remarks' },
};

export const KIND_LABELS: Readonly<Record<RegisterKind, LocalText>> = {
  incoming: { zh: '收文登记簿', en: 'incoming-documents register' },
  outgoing: { zh: '发文登记簿', en: 'outgoing-documents register' },
  supervision: { zh: '督查督办台账', en: 'supervision ledger' },
  submissions: { zh: '信息报送登记', en: 'information-submissions register' },
};
