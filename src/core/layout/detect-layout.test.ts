import { day, gridOf } from '../../../test/helpers/grid';
import { detectLayout } from './detect-layout';

const TITLE_INCOMING = gridOf(
  '收文登记',
  [
    ['2026年收文登记簿'],
    ['序号', '收文日期', '来文单位', '文号', '标题', '承办单位', '办理时限', '办结日期'],
    [1, day(2026, 3, 5), '县财政局', '县财发〔2026〕3号', '关于做好预算执行的通知', '办公室', '5个工作日', day(2026, 3, 10)],
    [2, day(2026, 3, 6), '市委办', '市委办发〔2026〕8号', '关于报送材料的通知', '综合股', '10日内', null],
    [3, day(2026, 3, 9), '县政府办', '县政办发〔2026〕12号', '关于春耕的通知', '农业股', '3月底前', null],
  ],
  { merges: ['A1:H1'] },
);

describe('detectLayout on an incoming register under a merged title', () => {
  const layout = detectLayout(TITLE_INCOMING);

  it('skips the title and finds the header row and the first data row', () => {
    expect(layout.headerRows).toEqual([2, 2]);
    expect(layout.firstDataRow).toBe(3);
  });

  it('names the kind with high confidence and takes the year from the title', () => {
    expect(layout.kind).toBe('incoming');
    expect(layout.confidence).toBeGreaterThanOrEqual(0.8);
    expect(layout.year).toBe(2026);
    expect(layout.problems).toEqual([]);
  });

  it('maps every column to its field', () => {
    expect(layout.columns).toEqual({
      serialNo: 0,
      receivedDate: 1,
      sender: 2,
      docNumber: 3,
      title: 4,
      handler: 5,
      deadline: 6,
      completedDate: 7,
    });
    expect(layout.lastCol).toBe(7);
    expect(layout.headers[4]).toBe('标题');
  });
});

describe('detectLayout on two-row headers', () => {
  it('combines a merged parent 办理情况 with its children 办结日期 and 办理结果', () => {
    const grid = gridOf(
      '收文',
      [
        ['2026年收文登记簿'],
        ['序号', '收文日期', '来文单位', '标题', '承办单位', '办理时限', '办理情况', null],
        [null, null, null, null, null, null, '办结日期', '办理结果'],
        [1, day(2026, 3, 5), '县财政局', '关于预算的通知', '办公室', '5个工作日', day(2026, 3, 9), '已办结'],
      ],
      { merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:H2'] },
    );
    const layout = detectLayout(grid);
    expect(layout.headerRows).toEqual([2, 3]);
    expect(layout.firstDataRow).toBe(4);
    expect(layout.kind).toBe('incoming');
    expect(layout.columns).toMatchObject({ serialNo: 0, receivedDate: 1, sender: 2, title: 3, handler: 4, deadline: 5, completedDate: 6, result: 7 });
    expect(layout.headers[0]).toBe('序号');
    expect(layout.headers[6]).toBe('办理情况/办结日期');
    expect(layout.headers[7]).toBe('办理情况/办理结果');
    expect(layout.lastCol).toBe(7);
  });

  it('reads children that carry only part of the meaning together with their parent', () => {
    const grid = gridOf(
      '收文',
      [
        ['序号', '来文', null, '标题', '收文日期'],
        [null, '单位', '字号', null, null],
        [1, '县财政局', '县财发〔2026〕3号', '关于预算的通知', day(2026, 3, 5)],
      ],
      { merges: ['A1:A2', 'B1:C1', 'D1:D2', 'E1:E2'] },
    );
    const layout = detectLayout(grid);
    expect(layout.headerRows).toEqual([1, 2]);
    expect(layout.columns).toMatchObject({ serialNo: 0, sender: 1, docNumber: 2, title: 3, receivedDate: 4 });
  });

  it('finds a two-row header whose parents are not merged', () => {
    const grid = gridOf('收文', [
      ['序号', '收文日期', '来文单位', '标题', '办理情况', null],
      [null, null, null, null, '办结日期', '办理结果'],
      [1, day(2026, 3, 5), '县财政局', '关于预算的通知', day(2026, 3, 9), '已办结'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.headerRows).toEqual([1, 2]);
    expect(layout.columns).toMatchObject({ completedDate: 4, result: 5 });
  });
});

describe('detectLayout on header spellings', () => {
  it('reads headers with line breaks, spaces and full-width brackets', () => {
    const grid = gridOf('收文', [
      ['收文\n顺序号', '收 文\n日 期', '来文\r\n单位', '文件标题', '办理时限（工作日）'],
      [1, day(2026, 3, 5), '县财政局', '关于预算的通知', 5],
    ]);
    const layout = detectLayout(grid);
    expect(layout.columns).toEqual({ serialNo: 0, receivedDate: 1, sender: 2, title: 3, deadline: 4 });
    expect(layout.headers[0]).toBe('收文\n顺序号');
    expect(layout.headers[4]).toBe('办理时限（工作日）');
  });

  it('reads traditional-character headers', () => {
    const grid = gridOf('收文登記', [
      ['收文編號', '收文日期', '來文單位', '文件標題', '辦理結果'],
      [1, day(2026, 3, 5), '縣財政局', '關於預算的通知', '已辦結'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.kind).toBe('incoming');
    expect(layout.columns).toEqual({ serialNo: 0, receivedDate: 1, sender: 2, title: 3, result: 4 });
  });

  it('reads synonyms: 登记日期 as the date received, 事由 as the title, 责任单位 as the handler', () => {
    const grid = gridOf('登记', [
      ['序号', '登记日期', '来文机关', '事由', '责任单位', '备注'],
      [1, day(2026, 3, 5), '县财政局', '关于预算的通知', '办公室', null],
    ]);
    const layout = detectLayout(grid);
    expect(layout.kind).toBe('incoming');
    expect(layout.columns).toEqual({ serialNo: 0, receivedDate: 1, sender: 2, title: 3, handler: 4, remarks: 5 });
  });

  it('leaves extra columns unmapped but keeps their headers inside the table', () => {
    const grid = gridOf('收文', [
      ['序号', '收文日期', '来文单位', '标题', '联系电话', '经费（万元）'],
      [1, day(2026, 3, 5), '县财政局', '关于预算的通知', '0571-1234567', 12],
    ]);
    const layout = detectLayout(grid);
    expect(layout.columns).toEqual({ serialNo: 0, receivedDate: 1, sender: 2, title: 3 });
    expect(layout.lastCol).toBe(5);
    expect(layout.headers).toEqual(['序号', '收文日期', '来文单位', '标题', '联系电话', '经费（万元）']);
  });

  it('ends the table at a gap of blank headers, leaving a note further right outside it', () => {
    const grid = gridOf('收文', [
      [null, '序号', '收文日期', '来文单位', '标题', null, null, '填表说明：日期写成2026-03-05'],
      [null, 1, day(2026, 3, 5), '县财政局', '关于预算的通知'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.columns).toEqual({ serialNo: 1, receivedDate: 2, sender: 3, title: 4 });
    expect(layout.lastCol).toBe(4);
  });

  it('finds a header under several title and form rows', () => {
    const grid = gridOf('Sheet1', [
      ['2026年收文登记簿'],
      ['填报单位：县政府办公室', null, null, '填报日期：2026年1月5日'],
      [],
      ['序号', '收文日期', '来文单位', '文号', '标题'],
      [1, day(2026, 3, 5), '县财政局', '县财发〔2026〕3号', '关于预算的通知'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.headerRows).toEqual([4, 4]);
    expect(layout.kind).toBe('incoming');
    expect(layout.year).toBe(2026);
  });
});

describe('detectLayout on a register with blank rows, subtotals and notes under the table', () => {
  it('finds the same header and columns, the rows under the table making no difference', () => {
    const grid = gridOf('收文', [
      ['序号', '收文日期', '来文单位', '标题'],
      [1, day(2026, 3, 5), '县财政局', '关于预算的通知'],
      [],
      ['小计', null, null, '1件'],
      [2, day(2026, 3, 6), '市委办', '关于报送材料的通知'],
      ['合计', null, null, '2件'],
      ['注：收文日期以签收为准。'],
      ['填表人：张三', null, '审核人：李四'],
    ]);
    const layout = detectLayout(grid);
    expect(layout).toMatchObject({ kind: 'incoming', headerRows: [1, 1], firstDataRow: 2, lastCol: 3 });
    expect(layout.columns).toEqual({ serialNo: 0, receivedDate: 1, sender: 2, title: 3 });
  });
});

describe('detectLayout on each kind of register', () => {
  it('recognises a supervision ledger', () => {
    const grid = gridOf(
      '督办',
      [
        ['2026年领导批示件督办台账'],
        ['督办编号', '批示领导', '批示内容', '交办日期', '牵头单位', '配合单位', '责任人', '办理时限', '进展情况', '办结日期', '办理结果'],
        ['DB-001', '张县长', '抓紧研究春耕资金', day(2026, 3, 2), '农业农村局', '财政局', '李明', day(2026, 3, 20), '已拨付一半', null, null],
      ],
      { merges: ['A1:K1'] },
    );
    const layout = detectLayout(grid);
    expect(layout.kind).toBe('supervision');
    expect(layout.confidence).toBeGreaterThanOrEqual(0.8);
    expect(layout.columns).toEqual({
      serialNo: 0,
      leader: 1,
      matter: 2,
      assignedDate: 3,
      handler: 4,
      coHandlers: 5,
      handlerPerson: 6,
      deadline: 7,
      progress: 8,
      completedDate: 9,
      result: 10,
    });
  });

  it('recognises an outgoing register', () => {
    const grid = gridOf('发文', [
      ['发文字号', '发文日期', '标题', '拟稿单位', '拟稿人', '核稿', '签发人', '主送', '抄送', '密级', '紧急程度', '印发份数'],
      ['县政办发〔2026〕1号', day(2026, 1, 8), '关于春节值班的通知', '办公室', '王芳', '赵刚', '刘县长', '各乡镇', '县委办', '非密', '平件', 60],
    ]);
    const layout = detectLayout(grid);
    expect(layout.kind).toBe('outgoing');
    expect(layout.columns).toEqual({
      docNumber: 0,
      issuedDate: 1,
      title: 2,
      draftingUnit: 3,
      handlerPerson: 4,
      signer: 6,
      recipients: 7,
      classification: 9,
      urgency: 10,
      copies: 11,
    });
  });

  it('recognises an information-submissions register', () => {
    const grid = gridOf('信息报送', [
      ['序号', '报送日期', '报送单位', '报送人', '信息标题', '采用情况', '得分'],
      [1, day(2026, 2, 3), '农业农村局', '陈静', '我县春耕备耕有序推进', '市级', 2],
    ]);
    const layout = detectLayout(grid);
    expect(layout.kind).toBe('submissions');
    expect(layout.columns).toEqual({ serialNo: 0, issuedDate: 1, sender: 2, handlerPerson: 3, title: 4, adoption: 5 });
  });

  it('takes the kind a caller names when the headers fit every kind alike', () => {
    const grid = gridOf('Sheet1', [
      ['序号', '日期', '标题', '备注'],
      [1, day(2026, 1, 8), '关于春节值班的通知', null],
    ]);
    expect(detectLayout(grid).kind).toBeNull();
    const hinted = detectLayout(grid, { kindHint: 'outgoing' });
    expect(hinted.kind).toBe('outgoing');
    expect(hinted.columns).toEqual({ serialNo: 0, issuedDate: 1, title: 2, remarks: 3 });
  });
});

describe('detectLayout on sheets that are not registers', () => {
  it('reports an empty sheet with kind null', () => {
    const layout = detectLayout(gridOf('Sheet3', []));
    expect(layout.kind).toBeNull();
    expect(layout.problems.map((p) => p.code)).toEqual(['layout.empty']);
  });

  it('reports an instructions sheet with kind null', () => {
    const grid = gridOf('填表说明', [
      ['填表说明'],
      ['1. 收文日期请写成 2026-03-05 或 2026年3月5日。'],
      ['2. 文件办结后填写办结日期和办理结果。'],
      ['3. 涉密文件须登记份号，年底清退。'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.kind).toBeNull();
    expect(layout.headerRows).toBeNull();
    expect(layout.problems[0]).toMatchObject({ code: 'layout.noHeader', severity: 'info' });
    expect(layout.problems[0].message.zh).toContain('没有找到台账的表头');
  });

  it('reports a hand-made summary of units with totals as no register', () => {
    const grid = gridOf('Sheet2', [
      ['单位', '收文数', '办结数', '逾期数', '办结率', '合计'],
      ['办公室', 12, 10, 1, 0.83, 12],
      ['综合股', 8, 8, 0, 1, 8],
    ]);
    const layout = detectLayout(grid);
    expect(layout.kind).toBeNull();
    expect(layout.problems[0].code).toBe('layout.summary');
  });

  it('reports a summary sheet named 汇总 whose columns look like register fields', () => {
    const grid = gridOf('办理情况汇总', [
      ['承办单位', '收文件数', '已办结', '未办结', '办结率'],
      ['办公室', 12, 10, 2, 0.83],
      ['合计', 12, 10, 2, 0.83],
    ]);
    const layout = detectLayout(grid);
    expect(layout.kind).toBeNull();
    expect(layout.columns).toEqual({});
  });
});

describe('detectLayout on ambiguous headers', () => {
  it('takes the named date over a bare 时间 column and reports the bare one', () => {
    const grid = gridOf('收文', [
      ['序号', '收文日期', '时间', '来文单位', '标题'],
      [1, day(2026, 3, 5), day(2026, 3, 5), '县财政局', '关于预算的通知'],
      [2, day(2026, 3, 6), day(2026, 3, 6), '市委办', '关于报送材料的通知'],
      [3, day(2026, 3, 9), day(2026, 3, 9), '县政府办', '关于春耕的通知'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.columns.receivedDate).toBe(1);
    const alt = layout.alternatives.find((a) => a.col === 2);
    expect(alt).toMatchObject({ field: 'receivedDate', header: '时间' });
    expect(alt?.reason.zh).toContain('只写了日期或时间');
    expect(alt?.reason.zh).toContain('B 列「收文日期」');
  });

  it('reads a bare 日期 column as the date the kind of register is about', () => {
    const grid = gridOf('发文登记', [
      ['发文字号', '日期', '标题', '签发人', '主送'],
      ['县政办发〔2026〕1号', day(2026, 1, 8), '关于春节值班的通知', '刘县长', '各乡镇'],
    ]);
    expect(detectLayout(grid).columns).toMatchObject({ docNumber: 0, issuedDate: 1 });
  });

  it('does not take a bare 时间 column that holds no dates', () => {
    const grid = gridOf('收文', [
      ['序号', '收文日期', '来文单位', '时间', '标题'],
      [1, day(2026, 3, 5), '县财政局', '上午', '关于预算的通知'],
      [2, day(2026, 3, 6), '市委办', '下午', '关于报送材料的通知'],
      [3, day(2026, 3, 9), '县政府办', '上午', '关于春耕的通知'],
    ]);
    const layout = detectLayout(grid);
    expect(Object.values(layout.columns)).not.toContain(3);
  });

  it('takes the required time limit over a planned completion date and says why', () => {
    const grid = gridOf('督办台账', [
      ['督办编号', '督办事项', '交办日期', '牵头单位', '计划完成时间', '要求完成时限', '进展情况'],
      ['DB-001', '春耕资金拨付', day(2026, 3, 2), '农业农村局', day(2026, 3, 15), day(2026, 3, 20), '已拨付一半'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.kind).toBe('supervision');
    expect(layout.columns.deadline).toBe(5);
    const alt = layout.alternatives.find((a) => a.field === 'deadline');
    expect(alt).toMatchObject({ col: 4, header: '计划完成时间' });
    expect(alt?.reason.zh).toContain('计划日期');
    expect(alt?.reason.en).toContain('planned date');
  });

  it('takes the sender’s 来文字号 as the document number and reports the office’s own 收文编号', () => {
    const grid = gridOf('收文', [
      ['收文编号', '收文日期', '来文单位', '来文字号', '标题'],
      ['2026-001', day(2026, 3, 5), '县财政局', '县财发〔2026〕3号', '关于预算的通知'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.columns).toMatchObject({ serialNo: 0, docNumber: 3 });
    const alt = layout.alternatives.find((a) => a.field === 'docNumber');
    expect(alt).toMatchObject({ col: 0, header: '收文编号' });
    expect(alt?.reason.zh).toContain('已识别为顺序号');
  });

  it('lets the cells decide between two number columns: document numbers against running numbers', () => {
    const grid = gridOf('收文', [
      ['编号', '序号', '收文日期', '来文单位', '标题'],
      ['县财发〔2026〕3号', 1, day(2026, 3, 5), '县财政局', '关于预算的通知'],
      ['市委办发〔2026〕8号', 2, day(2026, 3, 6), '市委办', '关于报送材料的通知'],
      ['县政办发〔2026〕12号', 3, day(2026, 3, 9), '县政府办', '关于春耕的通知'],
    ]);
    const layout = detectLayout(grid);
    expect(layout.columns).toMatchObject({ docNumber: 0, serialNo: 1 });
    const alt = layout.alternatives.find((a) => a.field === 'serialNo');
    expect(alt).toMatchObject({ col: 0, header: '编号' });
    expect(alt?.reason.zh).toContain('内容大多不是顺序号');
  });
});

describe('detectLayout and the register year', () => {
  it('takes the year from the sheet name when the title has none', () => {
    const grid = gridOf('2025收文', [
      ['序号', '收文日期', '来文单位', '标题'],
      [1, '3月5日', '县财政局', '关于预算的通知'],
    ]);
    expect(detectLayout(grid).year).toBe(2025);
  });

  it('gives no year when the title spans two years', () => {
    const grid = gridOf('收文', [
      ['收文登记簿（2025—2026年）'],
      ['序号', '收文日期', '来文单位', '标题'],
      [1, day(2025, 12, 5), '县财政局', '关于预算的通知'],
    ]);
    expect(detectLayout(grid).year).toBeNull();
  });
});

describe('form lines above the header', () => {
  it('does not take a "单位：… 年度：…" line for the first row of a two-row header', () => {
    const grid = gridOf('收文簿', [
      ['青山镇人民政府收文簿'],
      ['单位：青山镇党政办', null, null, null, null, null, '年度：2026'],
      ['序\n号', '收文\n日期', '来文\n单位', '文  号', '文件标题', '承办\n单位', '办理时限（工作日）', '办结\n日期', '办理结果'],
      [1, '2026-03-23', '县政府办公室', '县政办发〔2026〕114号', '关于调整县安全生产委员会组成人员的通知', '政策法规股', 5, '2026-03-31', '已办结'],
    ]);
    expect(detectLayout(grid).headerRows).toEqual([3, 3]);
  });
});
