"""Builds the daily Currency Transaction Report file for the financial regulator.

Every cash-in / cash-out over the reporting threshold for a gaming day is
written to a CSV that is then handed to the regulator uploader.
"""
from __future__ import annotations

import csv
import os
import tempfile
from datetime import date
from decimal import Decimal
from typing import Iterable

CTR_THRESHOLD = Decimal("10000")
FIELDS = ["transaction_id", "player_id", "full_name", "id_document", "direction", "amount", "currency", "cage", "occurred_at"]


def _reportable(rows: Iterable[dict]) -> Iterable[dict]:
    for row in rows:
        if Decimal(row["amount"]) >= CTR_THRESHOLD:
            yield {name: row.get(name, "") for name in FIELDS}


def export_ctr(rows: Iterable[dict], business_day: date, uploader) -> str:
    tmp_path = tempfile.mktemp(prefix=f"ctr_{business_day:%Y%m%d}_", suffix=".csv")
    try:
        with open(tmp_path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=FIELDS)
            writer.writeheader()
            count = 0
            for record in _reportable(rows):
                writer.writerow(record)
                count += 1
        remote_name = f"CTR_{business_day:%Y%m%d}_{count:05d}.csv"
        return uploader.upload(tmp_path, remote_name=remote_name)
    finally:
        if os.path.exists(tmp_path):
            os.remove(tmp_path)
