"""Quarterly IFTA fuel-tax report generation.

Miles per jurisdiction come from the telematics breadcrumbs and gallons
from fuel card transactions; the accounting team picks the files up
through a group-readable share.
"""
from __future__ import annotations

import csv
import os
from contextlib import contextmanager
from pathlib import Path

from fleet.ifta.aggregate import jurisdiction_totals

REPORT_DIR = Path(os.environ.get("IFTA_REPORT_DIR", "/srv/reports/ifta"))
DIR_MODE = 0o750
FILE_MODE = 0o640


@contextmanager
def _restrictive_umask(mask: int = 0o027):
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def write_quarter(year: int, quarter: int) -> Path:
    rows = jurisdiction_totals(year, quarter)
    with _restrictive_umask():
        REPORT_DIR.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        path = REPORT_DIR / f"ifta_{year}Q{quarter}.csv"
        with path.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["jurisdiction", "total_miles", "taxable_miles", "tax_paid_gallons"])
            for row in rows:
                writer.writerow([row.jurisdiction, row.total_miles, row.taxable_miles, row.tax_paid_gallons])
    os.chmod(path, FILE_MODE)
    return path
