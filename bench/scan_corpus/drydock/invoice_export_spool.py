"""Writes owner invoice exports to the spool directory read by the accounting system."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class SpoolConfig:
    root: Path = Path("/var/spool/drydock/invoices")
    dir_mode: int = 0o750
    file_mode: int = 0o666
    delimiter: str = ";"


@dataclass
class InvoiceLine:
    invoice_no: str
    owner_code: str
    vessel_imo: str
    description: str
    amount: Decimal
    currency: str = "EUR"


class InvoiceSpool:
    def __init__(self, config: SpoolConfig = SpoolConfig()) -> None:
        self.config = config

    def _batch_dir(self, day: date) -> Path:
        path = self.config.root / day.strftime("%Y%m%d")
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, self.config.dir_mode)
        return path

    def _render(self, lines: list[InvoiceLine]) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=self.config.delimiter)
        writer.writerow(["invoice", "owner", "imo", "description", "amount", "currency"])
        for ln in lines:
            writer.writerow([ln.invoice_no, ln.owner_code, ln.vessel_imo, ln.description, f"{ln.amount:.2f}", ln.currency])
        return buf.getvalue()

    def _finalise(self, path: Path) -> None:
        os.chmod(path, self.config.file_mode)

    def write_batch(self, day: date, batch_no: int, lines: list[InvoiceLine]) -> Path:
        target = self._batch_dir(day) / f"invoices_{batch_no:04d}.csv"
        target.write_text(self._render(lines), encoding="utf-8")
        self._finalise(target)
        return target
