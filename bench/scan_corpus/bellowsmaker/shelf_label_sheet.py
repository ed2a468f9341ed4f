"""Prints the A4 sheet of shelf labels for instruments waiting in the store.

Every instrument on the rack gets a label with ticket number, owner and
promised date. The sheet is rendered with reportlab into a temporary file
and handed to the office printer.
"""
import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

log = logging.getLogger(__name__)

PRINTER = os.environ.get("OFFICE_PRINTER", "office-laser")
COLS, ROWS = 3, 8
LABEL_W, LABEL_H = 70 * mm, 37 * mm


@dataclass
class RackEntry:
    ticket_id: int
    owner: str
    instrument: str
    promised_on: date


def _draw(c: canvas.Canvas, entry: RackEntry, col: int, row: int) -> None:
    x = col * LABEL_W + 6 * mm
    y = A4[1] - (row + 1) * LABEL_H + 8 * mm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x, y + 18 * mm, f"#{entry.ticket_id}")
    c.setFont("Helvetica", 10)
    c.drawString(x, y + 11 * mm, entry.owner[:34])
    c.drawString(x, y + 5 * mm, entry.instrument[:34])
    c.drawString(x, y, f"due {entry.promised_on:%d.%m.%Y}")


def print_rack_labels(entries: list[RackEntry]) -> int:
    per_page = COLS * ROWS
    fd, path = tempfile.mkstemp(prefix="rack-labels-", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as fh:
            c = canvas.Canvas(fh, pagesize=A4)
            for i, entry in enumerate(entries):
                if i and i % per_page == 0:
                    c.showPage()
                slot = i % per_page
                _draw(c, entry, slot % COLS, slot // COLS)
            c.save()
        subprocess.run(["lp", "-d", PRINTER, path], check=True, timeout=60)
    finally:
        os.unlink(path)
    log.info("printed %d rack labels", len(entries))
    return len(entries)
