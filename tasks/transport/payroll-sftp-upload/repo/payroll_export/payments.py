# (c) {{ year }} {{ org_name }}
"""Render an approved payroll run as the bank's payment CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

CURRENCY = "{{ currency }}"
ORIGINATOR = "{{ org_name }}"


@dataclass(frozen=True)
class PaymentLine:
    employee_id: str
    name: str
    account: str
    amount: Decimal


def payment_filename(run_date: date) -> str:
    return f"payroll_{run_date:%Y%m%d}.csv"


def build_payment_file(lines: list[PaymentLine], run_date: date) -> bytes:
    """Header row, one row per employee, then a control total the bank reconciles against."""
    if any(line.amount <= 0 for line in lines):
        raise ValueError("payment amounts must be positive")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["H", ORIGINATOR, run_date.isoformat(), CURRENCY])
    for line in lines:
        writer.writerow(["D", line.employee_id, line.name, line.account, f"{line.amount:.2f}"])
    total = sum((line.amount for line in lines), Decimal("0"))
    writer.writerow(["T", len(lines), f"{total:.2f}"])
    return out.getvalue().encode("utf-8")
