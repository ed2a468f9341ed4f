"""Year-end donation receipts: render one PDF per donor and zip them for the
print-and-post supplier."""
import logging
import os
import tempfile
import zipfile
from pathlib import Path

from weasyprint import HTML

from .templates import render_receipt_html

log = logging.getLogger(__name__)


def render_receipts(donors, tax_year: str, workdir: Path) -> list[Path]:
    paths = []
    for donor in donors:
        out = workdir / f"receipt-{donor.id}-{tax_year}.pdf"
        HTML(string=render_receipt_html(donor, tax_year)).write_pdf(out)
        paths.append(out)
    return paths


def build_receipt_bundle(donors, tax_year: str, dest_dir: Path) -> Path:
    """Returns the path of the finished zip inside dest_dir."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="receipts-") as tmp:
        pdfs = render_receipts(donors, tax_year, Path(tmp))
        fd, zip_name = tempfile.mkstemp(suffix=".zip", prefix=f"receipts-{tax_year}-", dir=dest_dir)
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            for pdf in pdfs:
                zf.write(pdf, arcname=pdf.name)
    log.info("Built receipt bundle %s with %d receipts", zip_name, len(pdfs))
    return Path(zip_name)
