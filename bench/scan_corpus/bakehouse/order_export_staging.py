"""Stages wholesale order exports before they are uploaded to the partner SFTP.

The export is written to a temporary file first and renamed into the outbox
only once complete, so the SFTP sweeper never picks up a partial file.
"""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

OUTBOX = Path(os.environ.get("EDI_OUTBOX", "/srv/edi/outbox"))


@dataclass
class OrderLine:
    order_ref: str
    gtin: str
    quantity: int
    delivery_date: str


class StagedExport:
    prefix = "orders-"
    suffix = ".csv.part"

    def __init__(self, outbox: Path = OUTBOX) -> None:
        self.outbox = outbox

    def _open_staging(self) -> tuple[int, str]:
        return tempfile.mkstemp(prefix=self.prefix, suffix=self.suffix, dir=self.outbox)

    def write(self, name: str, lines: Iterable[OrderLine]) -> Path:
        fd, staging = self._open_staging()
        try:
            with os.fdopen(fd, "w", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(["order_ref", "gtin", "quantity", "delivery_date"])
                for line in lines:
                    writer.writerow([line.order_ref, line.gtin, line.quantity, line.delivery_date])
            final = self.outbox / f"{name}.csv"
            os.replace(staging, final)
            return final
        except BaseException:
            Path(staging).unlink(missing_ok=True)
            raise


def export_day(orders: Iterable[OrderLine], day: str) -> Path:
    return StagedExport().write(f"ORDERS_{day}", orders)
