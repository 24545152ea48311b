"""The simplest overdue highlighter an IT colleague would write with openpyxl: load the register,
fill each unfinished row whose deadline date has passed, save a copy. The bench times it beside
`register-desk mark` (same register, same as-of day).

Usage: python3 openpyxl_highlight.py REGISTER.xlsx OUT.xlsx YYYY-MM-DD
Prints one JSON line: {"ms": …, "rows": …, "peakRssBytes": …}.
"""
import datetime
import json
import resource
import sys
import time

from openpyxl import load_workbook
from openpyxl.styles import PatternFill

HEADER_ROW = 2
DEADLINE = '办理时限'
COMPLETED = '办结日期'


def main(source, target, as_of_text):
    as_of = datetime.datetime.strptime(as_of_text, '%Y-%m-%d')
    start = time.perf_counter()
    book = load_workbook(source)
    sheet = book.worksheets[0]
    headers = {cell.value: cell.column for cell in sheet[HEADER_ROW]}
    deadline_col, completed_col = headers[DEADLINE], headers[COMPLETED]
    red = PatternFill(fill_type='solid', start_color='FFFF7C80', end_color='FFFF7C80')
    rows = 0
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1):
        deadline = row[deadline_col - 1].value
        completed = row[completed_col - 1].value
        if isinstance(deadline, datetime.datetime) and deadline < as_of and completed in (None, ''):
            for cell in row:
                cell.fill = red
            rows += 1
    book.save(target)
    ms = (time.perf_counter() - start) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({'ms': ms, 'rows': rows, 'peakRssBytes': peak}))


if __name__ == '__main__':
    main(*sys.argv[1:4])
