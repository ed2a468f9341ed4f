"""Writes the nightly membership billing export and a checksum manifest for the finance SFTP drop."""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterable, List


@dataclass(frozen=True)
class BillingLine:
    invoice_no: str
    member_ref: str
    plan: str
    amount: Decimal
    billed_on: date


class ExportDigest:
    """Content fingerprint finance uses to confirm the file arrived intact."""

    CHUNK = 1 << 16

    def __init__(self, algorithm: str = "sha256") -> None:
        self.algorithm = algorithm

    @classmethod
    def of_file(cls, path: Path) -> str:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(cls.CHUNK), b""):
                digest.update(chunk)
        return digest.hexdigest()


class BillingExportWriter:
    HEADER = ["invoice_no", "member_ref", "plan", "amount_eur", "billed_on"]

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir

    def render(self, lines: Iterable[BillingLine]) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(self.HEADER)
        for ln in lines:
            writer.writerow([ln.invoice_no, ln.member_ref, ln.plan, f"{ln.amount:.2f}",
                             ln.billed_on.isoformat()])
        return buf.getvalue()

    def write(self, lines: List[BillingLine], run_day: date) -> Path:
        export = self.out_dir / f"billing_{run_day:%Y%m%d}.csv"
        export.write_text(self.render(lines), encoding="utf-8")
        manifest = export.with_suffix(".sha256")
        manifest.write_text(f"{ExportDigest.of_file(export)}  {export.name}\n", encoding="utf-8")
        return export
