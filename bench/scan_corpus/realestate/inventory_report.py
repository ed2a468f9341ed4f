"""Build the check-in inventory report for a new tenancy.

The clerk's app uploads room-by-room notes and photos; we render them into
one PDF which is attached to the tenancy and e-mailed to the tenant.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas


@dataclass
class RoomEntry:
    room: str
    condition: str
    notes: str
    photo_paths: list[str] = field(default_factory=list)


def render_inventory(address: str, entries: list[RoomEntry]) -> bytes:
    fd, path = tempfile.mkstemp(suffix=".pdf", prefix="inventory-")
    os.close(fd)
    try:
        pdf = canvas.Canvas(path, pagesize=A4)
        width, height = A4
        pdf.setTitle(f"Inventory - {address}")
        y = height - 25 * mm
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(20 * mm, y, f"Check-in inventory: {address}")
        pdf.setFont("Helvetica", 10)
        for entry in entries:
            y -= 12 * mm
            if y < 30 * mm:
                pdf.showPage()
                pdf.setFont("Helvetica", 10)
                y = height - 25 * mm
            pdf.drawString(20 * mm, y, f"{entry.room}: {entry.condition}")
            pdf.drawString(25 * mm, y - 5 * mm, entry.notes[:110])
            for photo in entry.photo_paths[:2]:
                y -= 45 * mm
                pdf.drawImage(photo, 25 * mm, y, width=60 * mm, height=40 * mm, preserveAspectRatio=True)
        pdf.save()
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)
