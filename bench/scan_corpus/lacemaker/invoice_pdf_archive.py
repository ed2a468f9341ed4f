"""Archive of issued invoices for commissions and trade orders.

Invoices are rendered to PDF when an order is paid and kept for seven years
for the accountant; the accounts group on the server can read them.
"""
import os
import stat
from datetime import date
from pathlib import Path

ARCHIVE_ROOT = Path(os.environ.get("INVOICE_ARCHIVE", "/srv/lacemaker/invoices"))
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP
FILE_MODE = 0o640


def year_folder(issued: date) -> Path:
    folder = ARCHIVE_ROOT / str(issued.year)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, DIR_MODE)
    return folder


def archive_invoice(invoice_no: int, pdf_bytes: bytes, issued: date) -> Path:
    folder = year_folder(issued)
    final = folder / f"INV-{invoice_no:06d}.pdf"
    partial = final.with_suffix(".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pdf_bytes)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, final)
    os.chmod(final, FILE_MODE)
    return final


def invoices_for_year(year: int) -> list[Path]:
    folder = ARCHIVE_ROOT / str(year)
    return sorted(folder.glob("INV-*.pdf")) if folder.is_dir() else []
