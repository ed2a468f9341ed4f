"""Stamp phytosanitary certificates with the entry number before upload to the broker."""
from __future__ import annotations

import io
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def _stamp_overlay(entry_no: str, cleared_on: str) -> PdfReader:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(360, 805, f"ENTRY {entry_no}")
    c.setFont("Helvetica", 9)
    c.drawString(360, 792, f"Cleared {cleared_on}")
    c.save()
    buf.seek(0)
    return PdfReader(buf)


@contextmanager
def staged_pdf(prefix: str) -> Iterator[Path]:
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".pdf")
    os.close(fd)
    path = Path(name)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def stamp_certificate(source: Path, entry_no: str, cleared_on: str) -> bytes:
    overlay = _stamp_overlay(entry_no, cleared_on).pages[0]
    reader = PdfReader(str(source))
    writer = PdfWriter()
    for index, page in enumerate(reader.pages):
        if index == 0:
            page.merge_page(overlay)
        writer.add_page(page)
    with staged_pdf(prefix="phyto_") as staged:
        with staged.open("wb") as fh:
            writer.write(fh)
        return staged.read_bytes()


def stamp_batch(sources: list[Path], entry_no: str, cleared_on: str, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for src in sources:
        target = out_dir / f"{src.stem}_stamped.pdf"
        target.write_bytes(stamp_certificate(src, entry_no, cleared_on))
        written.append(target)
    return written
