"""Prints delivery notes for equipment going out on the depot's delivery lorries.

The driver's handheld requests a note; we render a PDF and send it to the
yard printer through CUPS.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import datetime
from typing import List

from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

PRINTER = os.environ.get("TH_YARD_PRINTER", "yard-laser")


@dataclass
class DeliveryNote:
    booking_ref: str
    site_address: List[str]
    items: List[str]
    driver: str
    depart_at: datetime


def _draw(note: DeliveryNote, path: str) -> None:
    pdf = canvas.Canvas(path, pagesize=A5)
    y = 560
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(30, y, f"Delivery note {note.booking_ref}")
    pdf.setFont("Helvetica", 10)
    for line in note.site_address:
        y -= 14
        pdf.drawString(30, y, line)
    y -= 24
    for item in note.items:
        pdf.drawString(40, y, f"- {item}")
        y -= 14
    pdf.drawString(30, 40, f"Driver: {note.driver}   Depart: {note.depart_at:%d/%m %H:%M}")
    pdf.save()


def print_note(note: DeliveryNote, copies: int = 2) -> None:
    with tempfile.NamedTemporaryFile(prefix="dnote-", suffix=".pdf") as tmp:
        _draw(note, tmp.name)
        subprocess.run(
            ["lp", "-d", PRINTER, "-n", str(max(1, min(copies, 5))), tmp.name],
            check=True,
            timeout=30,
        )
