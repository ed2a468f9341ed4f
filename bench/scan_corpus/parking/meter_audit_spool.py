"""Spool meter collection audit rows to disk before they are shipped to finance.

The finance drop only accepts whole files, so rows are written to a private
temporary file first and the path is handed to the transfer step.
"""
import csv
import os
import tempfile
from contextlib import contextmanager
from typing import Iterable, Iterator

AUDIT_COLUMNS = ("meter_id", "collected_at", "coin_cents", "card_cents", "technician")


@contextmanager
def spooled_audit_file(rows: Iterable[dict], spool_dir: str | None = None) -> Iterator[str]:
    """Write rows to a temp file and yield its path; the file is removed afterwards."""
    fd, path = tempfile.mkstemp(prefix="meter-audit-", suffix=".csv", dir=spool_dir)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=AUDIT_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
        yield path
    finally:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass


def summarize(rows: Iterable[dict]) -> dict:
    coin = card = 0
    meters = set()
    for row in rows:
        coin += int(row["coin_cents"])
        card += int(row["card_cents"])
        meters.add(row["meter_id"])
    return {"coin_cents": coin, "card_cents": card, "meters": len(meters)}
