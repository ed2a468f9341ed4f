"""Builds sheets of printable garment tags for the season's intake rush.

The counter prints tags in batches of 30 per A4 sheet; the sheet is built
as a PDF in a scratch file and then handed to the print spooler.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from reportlab.graphics.barcode import code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

COLUMNS, ROWS = 3, 10
LABEL_W, LABEL_H = 70 * mm, 29.7 * mm


@dataclass
class TagSpec:
    barcode: str
    line1: str
    line2: str = ""


@contextmanager
def scratch_pdf(prefix: str = "tags-") -> Iterator[str]:
    fd, path = tempfile.mkstemp(prefix=prefix, suffix=".pdf")
    os.close(fd)
    try:
        yield path
    finally:
        if os.path.exists(path):
            os.unlink(path)


def draw_sheet(path: str, tags: list[TagSpec]) -> int:
    pdf = canvas.Canvas(path, pagesize=A4)
    _, page_h = A4
    for index, tag in enumerate(tags):
        if index and index % (COLUMNS * ROWS) == 0:
            pdf.showPage()
        slot = index % (COLUMNS * ROWS)
        x = (slot % COLUMNS) * LABEL_W + 4 * mm
        y = page_h - ((slot // COLUMNS) + 1) * LABEL_H + 4 * mm
        code128.Code128(tag.barcode, barHeight=10 * mm).drawOn(pdf, x, y + 8 * mm)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(x, y + 4 * mm, tag.line1[:40])
        pdf.drawString(x, y, tag.line2[:40])
    pdf.save()
    return (len(tags) + COLUMNS * ROWS - 1) // (COLUMNS * ROWS)


def print_batch(tags: list[TagSpec], spool) -> int:
    with scratch_pdf() as path:
        pages = draw_sheet(path, tags)
        with open(path, "rb") as fh:
            spool.submit(fh.read(), title=f"{len(tags)} garment tags")
    return pages
