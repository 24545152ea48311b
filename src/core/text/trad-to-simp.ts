/**
 * Traditional to simplified characters, for matching headers and the values the engine compares
 * (000_c313761dc5d5e1f2.txt, an office director's report, is written in traditional script).
 * A compact table, not a converter: it covers the header vocabulary, register values and the
 * common words of office work, one character to one character (ambiguous ones such as 乾 and 瞭
 * take their most common simplified form in office writing). Characters outside it pass through.
 */

/** Traditional forms, position by position matching {@link SIMPLIFIED}; ordered by pinyin of the simplified form. */
const TRADITIONAL =
  '愛擺襬敗辦幫報備筆閉邊編變標錶別彆並併幷補佈纔財採參冊測層査產産場長暢車徹稱懲誠' +
  '喫沖衝籌礎觸處傳創從錯達帶擔單膽當黨檔導遞點電調訂動鬥獨鍛斷隊對頓額發髮範氾訪費' +
  '紛奮風復複負該乾幹榦桿崗個箇給貢溝構夠顧關觀慣貫廣規歸櫃貴國過號覈閤橫紅後護畫劃' +
  '話環還緩換黃揮迴會匯彙滙擊機積績極卽級幾劑濟計記旣際繼紀傢價監堅間艱檢簡儉減薦踐' +
  '見鍵將奬獎講敎較階節潔結緊僅謹進晉儘盡經靜徑逕競舊侷舉據鉅覺決絕絶開剋課懇釦庫寬' +
  '況饋睏闊來藍欄懶濫勞纍類離裏裡禮厲勵曆歷隸聯鍊練樑兩臨齡靈領蘆錄録慮綠緑亂輪論絡' +
  '碼馬滿麼麽沒門們夢祕麪麫麵謀納難腦內擬唸紐農諾盤頻評齊啓啟氣牽韆簽籤錢潛淺強橋親' +
  '輕請慶趨區權卻確羣讓繞遶熱認榮軟潤賽傷紹設審昇陞勝時實識勢適釋視樞書屬朮術樹數雙' +
  '誰順說説訴肅雖隨瑣檯臺颱態談題體條貼廳聽統頭圖團糰脫萬網違圍為爲維聞穩問無務誤習' +
  '係繫細狹銜顯險現獻縣綫線鄉響項嚮曏銷協寫謝興倖脩虛須鬚許緒續選學詢尋訓壓嚴驗揚陽' +
  '養樣業儀義議異應營優憂誘於踰與譽預淵員遠願約躍閱閲運雜載責則紮戰賬這眞針鍼鎭鎮徵' +
  '爭証證織職執隻紙誌緻製質終種眾衆週諸註駐專轉裝狀準資蹤綜總縱組詮諉';

const SIMPLIFIED =
  '爱摆摆败办帮报备笔闭边编变标表别别并并并补布才财采参册测层查产产场长畅车彻称惩诚' +
  '吃冲冲筹础触处传创从错达带担单胆当党档导递点电调订动斗独锻断队对顿额发发范泛访费' +
  '纷奋风复复负该干干干杆岗个个给贡沟构够顾关观惯贯广规归柜贵国过号核合横红后护画划' +
  '话环还缓换黄挥回会汇汇汇击机积绩极即级几剂济计记既际继纪家价监坚间艰检简俭减荐践' +
  '见键将奖奖讲教较阶节洁结紧仅谨进晋尽尽经静径径竞旧局举据巨觉决绝绝开克课恳扣库宽' +
  '况馈困阔来蓝栏懒滥劳累类离里里礼厉励历历隶联炼练梁两临龄灵领芦录录虑绿绿乱轮论络' +
  '码马满么么没门们梦秘面面面谋纳难脑内拟念纽农诺盘频评齐启启气牵千签签钱潜浅强桥亲' +
  '轻请庆趋区权却确群让绕绕热认荣软润赛伤绍设审升升胜时实识势适释视枢书属术术树数双' +
  '谁顺说说诉肃虽随琐台台台态谈题体条贴厅听统头图团团脱万网违围为为维闻稳问无务误习' +
  '系系细狭衔显险现献县线线乡响项向向销协写谢兴幸修虚须须许绪续选学询寻训压严验扬阳' +
  '养样业仪义议异应营优忧诱于逾与誉预渊员远愿约跃阅阅运杂载责则扎战账这真针针镇镇征' +
  '争证证织职执只纸志致制质终种众众周诸注驻专转装状准资踪综总纵组诠诿';

const SIMPLIFIED_BY_TRADITIONAL: ReadonlyMap<string, string> = new Map(
  Array.from(TRADITIONAL, (ch, i) => [ch, SIMPLIFIED[i]] as const),
);

/** The table by UTF-16 code (every entry is one code unit each way); 0 where a character stays. */
const SIMPLIFIED_CODES = new Uint16Array(0x10000);
for (const [traditional, simplified] of SIMPLIFIED_BY_TRADITIONAL) {
  SIMPLIFIED_CODES[traditional.charCodeAt(0)] = simplified.charCodeAt(0);
}

/** How many characters the table knows, for tests and for the record. */
export const TRADITIONAL_TABLE_SIZE = SIMPLIFIED_BY_TRADITIONAL.size;

/**
 * Replaces the traditional characters the table knows with their simplified forms.
 * @example toSimplified('收文編號') // '收文编号'
 */
export function toSimplified(text: string): string {
  // Most text is simplified already: scan by code, and build a new string only from the first change on.
  let i = 0;
  while (i < text.length && SIMPLIFIED_CODES[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const simple = SIMPLIFIED_CODES[text.charCodeAt(i)];
    out += simple === 0 ? text[i] : String.fromCharCode(simple);
  }
  return out;
}

/**
 * The table itself, traditional → simplified, for tests that check it stays one-to-one.
 * @example listTraditionalPairs()[0] // ['愛', '爱']
 */
export function listTraditionalPairs(): ReadonlyArray<readonly [string, string]> {
  return Array.from(SIMPLIFIED_BY_TRADITIONAL.entries());
}
