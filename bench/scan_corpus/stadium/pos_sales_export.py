"""Nightly export of concession sales to the finance SFTP drop.

The export is staged in a temporary file and atomically moved into the
outbound folder so the finance collector never picks up a partial file.
"""
from __future__ import annotations

import csv
import os
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterable, NamedTuple

OUTBOUND = Path(os.environ.get("FINANCE_OUTBOUND_DIR", "/srv/finance/outbound"))


class SaleRow(NamedTuple):
    kiosk_id: str
    sku: str
    quantity: int
    net: Decimal
    vat: Decimal


def _write_csv(handle, rows: Iterable[SaleRow]) -> int:
    writer = csv.writer(handle)
    writer.writerow(["kiosk", "sku", "qty", "net", "vat"])
    count = 0
    for row in rows:
        writer.writerow([row.kiosk_id, row.sku, row.quantity, f"{row.net:.2f}", f"{row.vat:.2f}"])
        count += 1
    return count


def export_sales(trading_day: date, rows: Iterable[SaleRow], outbound: Path = OUTBOUND) -> tuple[Path, int]:
    outbound.mkdir(parents=True, exist_ok=True)
    final_path = outbound / f"concessions_{trading_day:%Y%m%d}.csv"
    with tempfile.NamedTemporaryFile(
        mode="w", newline="", encoding="utf-8", dir=outbound, prefix=".staging-", suffix=".csv", delete=False
    ) as staging:
        try:
            count = _write_csv(staging, rows)
            staging.flush()
            os.fsync(staging.fileno())
        except BaseException:
            os.unlink(staging.name)
            raise
    os.replace(staging.name, final_path)
    return final_path, count
