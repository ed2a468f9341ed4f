"""Unpack invoice bundles that repairers submit for payment.

A bundle is a tar archive with the final invoice PDF, a parts list CSV and
completion photos. Requires Python 3.11.4+ for extraction filters.
"""
from __future__ import annotations

import csv
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class InvoiceBundle:
    invoice_pdf: Path
    parts: list[dict]
    photos: list[Path]


def unpack_bundle(archive: Path, dest: Path) -> InvoiceBundle:
    with tarfile.open(archive) as tar:
        tar.extractall(path=dest, filter="data")
    pdfs = sorted(dest.rglob("*.pdf"))
    if not pdfs:
        raise ValueError("bundle has no invoice PDF")
    parts: list[dict] = []
    parts_csv = next(dest.rglob("parts*.csv"), None)
    if parts_csv is not None:
        with parts_csv.open(newline="", encoding="utf-8") as fh:
            parts = list(csv.DictReader(fh))
    photos = sorted(p for p in dest.rglob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png"})
    return InvoiceBundle(invoice_pdf=pdfs[0], parts=parts, photos=photos)


def parts_total(bundle: InvoiceBundle) -> float:
    return round(sum(float(row.get("net", 0) or 0) * int(row.get("qty", 1) or 1) for row in bundle.parts), 2)


if __name__ == "__main__":
    import sys

    with tempfile.TemporaryDirectory(prefix="invoice-") as tmp:
        b = unpack_bundle(Path(sys.argv[1]), Path(tmp))
        print(f"{b.invoice_pdf.name}: {len(b.parts)} parts, {len(b.photos)} photos, parts total {parts_total(b)}")
