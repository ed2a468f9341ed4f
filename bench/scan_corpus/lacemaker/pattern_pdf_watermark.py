"""Buyer details stamped into purchased pattern PDFs.

Every copy of a paid pattern is personalised before download: the buyer's name
and order number go into a footer stamp and the document metadata, which
discourages passing copies around the lace groups.
"""
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

MASTER_DIR = Path("/srv/lacemaker/patterns")
EXIFTOOL = shutil.which("exiftool") or "/usr/bin/exiftool"
PDFTK = shutil.which("pdftk") or "/usr/bin/pdftk"


@dataclass
class PurchaseStamp:
    buyer_name: str
    order_ref: str
    master_file: str  # stored name from the patterns table


def _footer_pdf(stamp: PurchaseStamp, workdir: Path) -> Path:
    out = workdir / "footer.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setFont("Helvetica", 7)
    c.drawString(40, 20, f"Licensed to {stamp.buyer_name} - order {stamp.order_ref} - personal use only")
    c.save()
    return out


def personalise(stamp: PurchaseStamp) -> bytes:
    with tempfile.TemporaryDirectory(prefix="stamp-") as tmp:
        workdir = Path(tmp)
        stamped = workdir / "stamped.pdf"
        footer = _footer_pdf(stamp, workdir)
        subprocess.run(
            [PDFTK, str(MASTER_DIR / stamp.master_file), "stamp", str(footer), "output", str(stamped)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        meta_args = [f"-Author={stamp.buyer_name}", f"-Subject=Order {stamp.order_ref}"]
        subprocess.run(
            [EXIFTOOL, "-overwrite_original", *meta_args, str(stamped)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return stamped.read_bytes()
