"""Nightly export of the livery ledger for the yard's bookkeeper to pick up over SFTP."""

import csv
import os
from datetime import date, timedelta
from pathlib import Path

from ostler.config import settings
from ostler.db import session_scope
from ostler.models import LedgerEntry

EXPORT_DIR = Path(settings.BOOKKEEPER_EXPORT_DIR)
EXPORT_DIR_MODE = 0o750
EXPORT_FILE_MODE = 0o640
FIELDS = ["posted_on", "owner_ref", "description", "net_pence", "vat_pence", "nominal_code"]


def _prepare_dir() -> Path:
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(EXPORT_DIR, EXPORT_DIR_MODE)
    return EXPORT_DIR


def export_day(day: date) -> Path:
    out_dir = _prepare_dir()
    path = out_dir / f"ledger-{day:%Y-%m-%d}.csv"
    with session_scope() as session:
        entries = (
            session.query(LedgerEntry)
            .filter(LedgerEntry.posted_on == day)
            .order_by(LedgerEntry.id)
            .all()
        )
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=FIELDS)
            writer.writeheader()
            for e in entries:
                writer.writerow(
                    {
                        "posted_on": e.posted_on.isoformat(),
                        "owner_ref": e.owner.account_ref,
                        "description": e.description,
                        "net_pence": e.net_pence,
                        "vat_pence": e.vat_pence,
                        "nominal_code": e.nominal_code,
                    }
                )
    os.chmod(path, EXPORT_FILE_MODE)
    return path


def purge_older_than(days: int = 90) -> int:
    cutoff = date.today() - timedelta(days=days)
    removed = 0
    for path in EXPORT_DIR.glob("ledger-*.csv"):
        if date.fromisoformat(path.stem.removeprefix("ledger-")) < cutoff:
            path.unlink()
            removed += 1
    return removed
