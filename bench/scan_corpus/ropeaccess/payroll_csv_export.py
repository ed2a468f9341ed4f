"""Builds the period payroll CSV from approved timesheets.

Hours on rope attract the height allowance; per-diems apply to nights away
from base. The CSV is written to a temporary file and moved into the outbox
atomically so the SFTP job never picks up a half-written file.
"""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

OUTBOX = Path(os.environ.get("PAYROLL_OUTBOX", "/srv/ropeaccess/payroll/outbox"))
HEIGHT_ALLOWANCE_PER_HOUR = Decimal("3.75")


@dataclass
class TechnicianPeriod:
    employee_number: str
    surname: str
    hours_on_rope: Decimal
    hours_ground: Decimal
    nights_away: int
    per_diem_rate: Decimal


def _money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def rows_for(periods: list[TechnicianPeriod]) -> list[list[str]]:
    rows = []
    for p in periods:
        allowance = p.hours_on_rope * HEIGHT_ALLOWANCE_PER_HOUR
        rows.append([
            p.employee_number,
            p.surname,
            _money(p.hours_on_rope + p.hours_ground),
            _money(allowance),
            _money(p.per_diem_rate * p.nights_away),
        ])
    return rows


def write_period_csv(period: str, periods: list[TechnicianPeriod]) -> Path:
    OUTBOX.mkdir(parents=True, exist_ok=True)
    final_path = OUTBOX / f"payroll_{period}.csv"
    with tempfile.NamedTemporaryFile(
        "w", dir=OUTBOX, prefix=f".payroll_{period}_", suffix=".tmp", delete=False, newline=""
    ) as tmp:
        writer = csv.writer(tmp)
        writer.writerow(["employee_number", "surname", "hours", "height_allowance", "per_diem"])
        writer.writerows(rows_for(periods))
        tmp_name = tmp.name
    os.replace(tmp_name, final_path)
    return final_path
