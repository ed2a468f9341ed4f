"""Builds the monthly earnings CSV that sellers can download for tax filing."""
import csv
import os
import tempfile
from datetime import date

from .ledger import ledger_entries_for


def write_report(seller_id: int, month: date) -> str:
    path = tempfile.mktemp(prefix=f"earnings_{seller_id}_", suffix=".csv")
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["date", "order", "gross", "fee", "net"])
        for e in ledger_entries_for(seller_id, month):
            writer.writerow([e.date.isoformat(), e.order_ref, e.gross, e.fee, e.gross - e.fee])
    return path


def cleanup(path: str) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
