"""Nightly export of issued invoices for the accountant's bookkeeping import.

Writes one CSV per day into the accounts folder, which the bookkeeping sync
job (running as the same service user) picks up.
"""
import csv
import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("INVOICE_EXPORT_DIR", "/var/lib/pinmaker/accounts"))
DB_PATH = os.environ.get("BILLING_DB", "/var/lib/pinmaker/billing.db")
COLUMNS = ("invoice_no", "issued_on", "customer", "net", "vat", "gross", "currency")
FILE_MODE = 0o640


def invoices_issued_on(conn: sqlite3.Connection, day: date) -> list[tuple]:
    return conn.execute(
        "SELECT invoice_no, issued_on, customer_name, net_pence, vat_pence, gross_pence, "
        "currency FROM invoices WHERE issued_on = ? ORDER BY invoice_no",
        (day.isoformat(),),
    ).fetchall()


def _pounds(pence: int) -> str:
    return f"{pence / 100:.2f}"


def write_export(day: date, rows: list[tuple]) -> Path:
    EXPORT_DIR.mkdir(mode=0o750, parents=True, exist_ok=True)
    target = EXPORT_DIR / f"invoices_{day:%Y%m%d}.csv"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for no, issued, customer, net, vat, gross, cur in rows:
            writer.writerow([no, issued, customer, _pounds(net), _pounds(vat),
                             _pounds(gross), cur])
    os.chmod(target, FILE_MODE)
    return target


def run(day: date | None = None) -> Path:
    day = day or date.today() - timedelta(days=1)
    with sqlite3.connect(DB_PATH) as conn:
        return write_export(day, invoices_issued_on(conn, day))


if __name__ == "__main__":
    print(run())
