"""Nightly export of till takings for the bookkeeping import folder.

Each shop till's Z-report is written as CSV into a folder that the
bookkeeping service account reads from; the group is shared with that
account, others get no access.
"""
from __future__ import annotations

import csv
import grp
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("TILL_EXPORT_DIR", "/srv/exports/tills"))
EXPORT_GROUP = os.environ.get("TILL_EXPORT_GROUP", "bookkeeping")
FILE_MODE = 0o640
DIR_MODE = 0o750


@dataclass
class ZReport:
    till_id: str
    business_day: date
    cash: Decimal
    card: Decimal
    vouchers: Decimal
    refunds: Decimal


def _prepare_dir() -> Path:
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(EXPORT_DIR, DIR_MODE)
    return EXPORT_DIR


def write_z_reports(reports: list[ZReport], day: date) -> Path:
    folder = _prepare_dir()
    target = folder / f"takings-{day.isoformat()}.csv"
    tmp = target.with_suffix(".partial")
    with tmp.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["till", "day", "cash", "card", "vouchers", "refunds", "net"])
        for r in reports:
            net = r.cash + r.card + r.vouchers - r.refunds
            writer.writerow([r.till_id, r.business_day, r.cash, r.card, r.vouchers, r.refunds, net])
    os.chmod(tmp, FILE_MODE)
    try:
        os.chown(tmp, -1, grp.getgrnam(EXPORT_GROUP).gr_gid)
    except KeyError:
        pass
    os.replace(tmp, target)
    return target
