"""Print shelf labels for bobbins and thread in the shop, via CUPS."""

from __future__ import annotations

import logging
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

log = logging.getLogger(__name__)

LABEL_SIZE = (62 * mm, 29 * mm)
PRINTER_NAME = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


@dataclass
class ShelfLabel:
    sku: str
    name: str
    price: str


def _render(labels: list[ShelfLabel], target: Path) -> None:
    pdf = canvas.Canvas(str(target), pagesize=LABEL_SIZE)
    for label in labels:
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(4 * mm, 18 * mm, label.name[:32])
        pdf.setFont("Helvetica", 9)
        pdf.drawString(4 * mm, 11 * mm, label.sku)
        pdf.drawRightString(58 * mm, 5 * mm, label.price)
        pdf.showPage()
    pdf.save()


def print_labels(labels: list[ShelfLabel], printer: str, copies: int = 1) -> str:
    if not PRINTER_NAME.match(printer):
        raise ValueError("invalid printer name")
    copies = max(1, min(int(copies), 20))
    with tempfile.TemporaryDirectory(prefix="labels-") as workdir:
        pdf_path = Path(workdir) / "labels.pdf"
        _render(labels, pdf_path)
        result = subprocess.run(
            ["lp", "-d", printer, "-n", str(copies), "-o", "media=Custom.62x29mm", str(pdf_path)],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
    job = result.stdout.strip()
    log.info("sent %d labels to %s: %s", len(labels), printer, job)
    return job


if __name__ == "__main__":
    import argparse
    import csv

    parser = argparse.ArgumentParser(description="Print shop shelf labels from a CSV")
    parser.add_argument("csv_file")
    parser.add_argument("--printer", default="shop_labels")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    with open(args.csv_file, newline="", encoding="utf-8") as fh:
        rows = [ShelfLabel(r["sku"], r["name"], r["price"]) for r in csv.DictReader(fh)]
    print(print_labels(rows, args.printer, args.copies))
