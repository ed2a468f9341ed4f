from decimal import Decimal

import pytest

from payroll_export.bank_file import Payslip, render_csv
from payroll_export.export import export_path, export_period

SLIPS = [
    Payslip("E-1001", "Dana Whitfield", "GB33 BUKB 2020 1555 5555 55", Decimal("3120.50")),
    Payslip("E-1002", "Luis Ortega", "GB94 BARC 1020 1530 0934 59", Decimal("2875")),
]


def test_render_has_rows_and_trailer():
    lines = render_csv("2025-03", SLIPS).splitlines()
    assert lines[0].startswith("record,employee_id")
    assert lines[1].split(",")[4] == "3120.50"
    trailer = lines[-1].split(",")
    assert trailer[0] == "T" and trailer[1] == "2" and trailer[4] == "5995.50"


def test_render_rejects_zero_pay():
    with pytest.raises(ValueError):
        render_csv("2025-03", [Payslip("E-9", "Nil", "GB00", Decimal("0"))])


def test_export_writes_file(tmp_path):
    path = export_period("2025-03", SLIPS, export_dir=str(tmp_path))
    assert path == str(tmp_path / "payments-2025-03.csv")
    assert (tmp_path / "payments-2025-03.csv").read_text() == render_csv("2025-03", SLIPS)


def test_period_format_is_checked(tmp_path):
    with pytest.raises(ValueError):
        export_path("2025-13", str(tmp_path))
