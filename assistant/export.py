"""The 责任分工 table as files: CSV (UTF-8 with BOM, so Excel reads the Chinese) and XLSX."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .models import DUTY_COLUMNS, DutyRow


def duty_cells(row: DutyRow) -> list[str]:
    """The row as table cells. Document text is data: a cell that a spreadsheet would read as a
    formula (=, +, -, @) is written with a leading apostrophe."""
    values = row.to_json()
    cells = ["是" if values[key] is True else "否" if values[key] is False else str(values[key] or "")
             for key, _ in DUTY_COLUMNS]
    return ["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in cells]


def duties_csv(rows: list[DutyRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([label for _, label in DUTY_COLUMNS])
    writer.writerows(duty_cells(r) for r in rows)
    return "\ufeff" + out.getvalue()


def duties_xlsx(rows: list[DutyRow], path: Path) -> Path:
    """A workbook with one sheet 责任分工: a bold header, wrapped text, widths that fit Chinese."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "责任分工"
    sheet.append([label for _, label in DUTY_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(duty_cells(row))
    widths = {"工作事项": 60, "原文": 60, "文件": 40, "报送对象": 28, "原文主体": 24, "责任主体": 22}
    for i, (_, label) in enumerate(DUTY_COLUMNS, 1):
        letter = sheet.cell(row=1, column=i).column_letter
        sheet.column_dimensions[letter].width = widths.get(label, 14)
        for cell in sheet[letter][1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    book.save(path)
    return path
