"""Exports insurance valuation certificates as a ZIP for the insurer.

At each renewal the insurer asks for all current certificates.  We collect
the PDFs plus a CSV summary and hand back one archive.
"""
import csv
import io
import os
import tempfile
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass
class Certificate:
    object_ref: str
    title: str
    insured_value: Decimal
    currency: str
    pdf_path: Path


def summary_csv(certs: list[Certificate]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["object_ref", "title", "insured_value", "currency"])
    for c in certs:
        writer.writerow([c.object_ref, c.title, f"{c.insured_value:.2f}", c.currency])
    return buf.getvalue().encode("utf-8")


def build_export(certs: list[Certificate], export_dir: Path, period: str) -> Path:
    export_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f"valuations-{period}-", suffix=".zip",
                                    dir=export_dir)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("summary.csv", summary_csv(certs))
            for c in certs:
                zf.write(c.pdf_path, arcname=f"certificates/{c.object_ref}.pdf")
        final = export_dir / f"valuations-{period}.zip"
        os.replace(tmp_name, final)
        return final
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def total_insured(certs: list[Certificate]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for c in certs:
        totals[c.currency] = totals.get(c.currency, Decimal(0)) + c.insured_value
    return totals
