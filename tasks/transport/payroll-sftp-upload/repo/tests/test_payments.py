import csv
import io
from datetime import date
from decimal import Decimal

import pytest

from payroll_export.payments import PaymentLine, build_payment_file, payment_filename
from payroll_export.settings import SftpSettings


def test_payment_file_has_control_total():
    lines = [
        PaymentLine("E-104", "Mara Lindqvist", "12345678", Decimal("3120.55")),
        PaymentLine("E-221", "Tomás Herrera", "87654321", Decimal("2899.45")),
    ]
    rows = list(csv.reader(io.StringIO(build_payment_file(lines, date(2024, 4, 25)).decode())))
    assert rows[0][0] == "H" and rows[0][2] == "2024-04-25"
    assert rows[-1] == ["T", "2", "6020.00"]


def test_zero_amount_rejected():
    with pytest.raises(ValueError):
        build_payment_file([PaymentLine("E-1", "X", "1", Decimal("0"))], date(2024, 4, 25))


def test_filename_and_env_settings(monkeypatch):
    assert payment_filename(date(2024, 4, 25)) == "payroll_20240425.csv"
    monkeypatch.setenv("PAYROLL_SFTP_PORT", "2222")
    assert SftpSettings.from_env().port == 2222
