#!/usr/bin/env bash
# Writes the sample workbooks of test/xlsx-read/samples/ with programs other than Excel:
# openpyxl (Python) writes the register, LibreOffice re-saves it as .xlsx, .xls and .ods.
# The outputs are committed; run this again only to refresh them.
#   bash test/xlsx-read/make-samples.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/samples"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

/usr/bin/python3 - "$out" <<'PY'
import sys, datetime
from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName

out = sys.argv[1]

def register(ws):
    ws.merge_cells('A1:F1')
    ws['A1'] = '2026年收文登记簿'
    ws.append(['序号', '收文日期', '来文单位', '文号', '标题', '办结日期'])
    ws.append([1, datetime.date(2026, 3, 5), '县财政局', '县财发〔2026〕12号', '关于做好预算执行的通知', datetime.date(2026, 3, 12)])
    ws.append([2, datetime.date(2026, 3, 6), '县教育局', '县教发〔2026〕3号', '第一行\n第二行', None])
    ws.append([3, '2026年3月9日', '县人社局', '县人社发〔2026〕7号', '=1+1 不是公式', True])
    for row in ws.iter_rows(min_row=3, max_row=5, min_col=2, max_col=2):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = 'yyyy"年"m"月"d"日"'
    ws['F3'].number_format = 'yyyy-mm-dd'
    ws['A7'] = '合计'
    ws['B7'] = '=COUNTA(A3:A5)'
    ws.row_dimensions[4].hidden = True
    ws.column_dimensions['D'].hidden = True
    ws['C3'].fill = PatternFill('solid', fgColor='FFFF0000')

wb = Workbook()
ws = wb.active
ws.title = '收文登记'
register(ws)
hidden = wb.create_sheet('说明')
hidden['A1'] = '本表由收发员维护'
hidden.sheet_state = 'hidden'
wb.defined_names.append(DefinedName('登记范围', attr_text="'收文登记'!$A$2:$F$5"))
wb.save(f'{out}/openpyxl-register.xlsx')

wb = Workbook()
wb.epoch = datetime.datetime(1904, 1, 1)  # the Mac 1904 date system
ws = wb.active
ws.title = '1904'
ws['A1'] = datetime.date(2026, 3, 5)
ws['A1'].number_format = 'yyyy-mm-dd'
wb.save(f'{out}/openpyxl-1904.xlsx')
PY

# LibreOffice: the same register re-saved by another writer, and the formats it cannot be opened as.
cp "$out/openpyxl-register.xlsx" "$work/libreoffice-register.xlsx"
(cd "$work" && soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/xlsx" libreoffice-register.xlsx >/dev/null)
cp "$work/xlsx/libreoffice-register.xlsx" "$out/libreoffice-register.xlsx"
(cd "$work" && soffice --headless --convert-to 'xls:MS Excel 97' --outdir "$out" libreoffice-register.xlsx >/dev/null)
(cd "$work" && soffice --headless --convert-to ods --outdir "$out" libreoffice-register.xlsx >/dev/null)
ls -l "$out"
