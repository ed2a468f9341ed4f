"""Renders pro-shop receipts to PDF and spools them to the counter printer."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A6
from reportlab.pdfgen import canvas


@dataclass
class ReceiptLine:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class SpoolSettings:
    printer: str = field(default_factory=lambda: os.environ.get("PROSHOP_PRINTER", "proshop-counter"))
    spool_dir: Path = field(default_factory=lambda: Path(os.environ.get("PROSHOP_SPOOL", "/var/spool/proshop")))


class ReceiptSpooler:
    def __init__(self, settings: SpoolSettings | None = None) -> None:
        self._settings = settings or SpoolSettings()

    def _render(self, path: Path, till_ref: str, lines: list[ReceiptLine]) -> None:
        pdf = canvas.Canvas(str(path), pagesize=A6)
        y = 380
        pdf.drawString(20, y, f"Pro Shop receipt {till_ref}")
        for line in lines:
            y -= 16
            pdf.drawString(20, y, f"{line.quantity} x {line.description[:28]}  {line.total:.2f}")
        pdf.drawString(20, y - 24, f"Total  {sum(l.total for l in lines):.2f}")
        pdf.save()

    def print_receipt(self, till_ref: str, lines: list[ReceiptLine]) -> None:
        self._settings.spool_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(prefix="receipt-", suffix=".pdf", dir=self._settings.spool_dir, delete=False) as fh:
            path = Path(fh.name)
        try:
            self._render(path, till_ref, lines)
            subprocess.run(["lp", "-d", self._settings.printer, "--", str(path)], check=True, timeout=30)
        finally:
            path.unlink(missing_ok=True)
