"""Writes the monthly tutor payroll file handed to the accountant.

The file is picked up by the accountant's SFTP account, which belongs to
the ``payroll`` group on the file server.
"""
from __future__ import annotations

import csv
import grp
import os
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterable, NamedTuple

EXPORT_DIR = Path(os.environ.get("PAYROLL_EXPORT_DIR", "/srv/payroll/outbox"))
EXPORT_GROUP = "payroll"
FILE_MODE = 0o640
DIR_MODE = 0o750


class PayrollLine(NamedTuple):
    tutor_ref: str
    full_name: str
    hours: Decimal
    rate_eur: Decimal

    @property
    def gross_eur(self) -> Decimal:
        return (self.hours * self.rate_eur).quantize(Decimal("0.01"))


def _prepare_dir() -> None:
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(EXPORT_DIR, DIR_MODE)


def write_payroll_file(period: date, lines: Iterable[PayrollLine]) -> Path:
    _prepare_dir()
    path = EXPORT_DIR / f"tutor-payroll-{period:%Y-%m}.csv"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["tutor_ref", "name", "hours", "rate_eur", "gross_eur"])
        for line in lines:
            writer.writerow([line.tutor_ref, line.full_name, line.hours, line.rate_eur, line.gross_eur])
    os.chown(path, -1, grp.getgrnam(EXPORT_GROUP).gr_gid)
    os.chmod(path, FILE_MODE)
    return path
