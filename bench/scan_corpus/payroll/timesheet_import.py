"""Nightly import of approved timesheets from client CSV drops.

Each client drops ``timesheets_YYYYMMDD.csv`` into its SFTP inbox; the
scheduler calls :func:`import_directory` once the drop window closes.
"""
import csv
import logging
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg2

log = logging.getLogger(__name__)

INSERT_COLUMNS = ("client_code", "employee_number", "work_date", "hours", "pay_code")


def _row_to_sql(client_code: str, row: dict) -> str:
    values = (
        client_code,
        row["employee_number"].strip(),
        date.fromisoformat(row["date"].strip()).isoformat(),
        str(Decimal(row["hours"])),
        row["pay_code"].strip().upper(),
    )
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"INSERT INTO timesheet_lines ({', '.join(INSERT_COLUMNS)}) VALUES ({quoted})"


def _statements_for(client_code: str, path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [_row_to_sql(client_code, row) for row in csv.DictReader(fh)]


def load_file(conn, client_code: str, path: Path) -> int:
    statements = _statements_for(client_code, path)
    with conn.cursor() as cur:
        for stmt in statements:
            cur.execute(stmt)
    conn.commit()
    log.info("imported %d timesheet lines for %s from %s", len(statements), client_code, path.name)
    return len(statements)


def import_directory(client_code: str, inbox: Path) -> int:
    total = 0
    with psycopg2.connect(os.environ["PAYROLL_DB_DSN"]) as conn:
        for path in sorted(inbox.glob("timesheets_*.csv")):
            total += load_file(conn, client_code, path)
    return total
