"""Monthly claims bordereau for the reinsurer and delegated-authority partners.

Produces an XLSX-compatible CSV of claims movements (reserve changes and
payments) for the month and passes it to the secure file transfer job.
"""
from __future__ import annotations

import csv
import logging
import os
import tempfile
from datetime import date
from typing import Callable

log = logging.getLogger("bordereau")

COLUMNS = ["claim_number", "policy_number", "loss_date", "cause", "movement_type", "amount", "currency"]


def fetch_movements(conn, month_start: date, month_end: date) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT claim_number, policy_number, loss_date, cause, movement_type, amount, currency "
            "FROM v_claim_movements WHERE movement_date >= %s AND movement_date < %s "
            "ORDER BY claim_number, movement_date",
            (month_start, month_end),
        )
        return cur.fetchall()


def write_bordereau(rows: list[tuple], workdir: str | None = None) -> str:
    fd, path = tempfile.mkstemp(prefix="bordereau-", suffix=".csv", dir=workdir)
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return path


def run(conn, month_start: date, month_end: date, transfer: Callable[[str, str], None]) -> None:
    rows = fetch_movements(conn, month_start, month_end)
    path = write_bordereau(rows)
    try:
        transfer(path, f"BDX_{month_start:%Y%m}.csv")
        log.info("bordereau for %s sent with %d movements", month_start.strftime("%Y-%m"), len(rows))
    finally:
        os.unlink(path)
