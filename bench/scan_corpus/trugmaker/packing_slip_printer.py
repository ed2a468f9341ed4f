"""Prints packing slips on the dispatch bench printer.

Each parcel gets a slip listing the trugs, any engraving wording and a
care card note about oiling the chestnut frame. The slip is rendered to
a temporary PDF and handed to CUPS.
"""
from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

log = logging.getLogger("trug.dispatch.slips")

PRINTER = os.environ.get("TRUG_SLIP_PRINTER", "dispatch-bench")
CARE_NOTE = "Oil the frame with linseed once a season and keep the trug out of standing water."


@dataclass
class SlipLine:
    description: str
    quantity: int
    engraving: str | None = None


def draw_slip(path: str, order_ref: str, customer: str, lines: list[SlipLine]) -> None:
    c = canvas.Canvas(path, pagesize=A5)
    width, height = A5
    y = height - 20 * mm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(15 * mm, y, f"Packing slip {order_ref}")
    y -= 8 * mm
    c.setFont("Helvetica", 10)
    c.drawString(15 * mm, y, customer)
    y -= 12 * mm
    for line in lines:
        c.drawString(15 * mm, y, f"{line.quantity} x {line.description}")
        if line.engraving:
            y -= 5 * mm
            c.drawString(22 * mm, y, f'Engraved: "{line.engraving}"')
        y -= 7 * mm
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(15 * mm, 15 * mm, CARE_NOTE)
    c.showPage()
    c.save()


def print_slip(order_ref: str, customer: str, lines: list[SlipLine], copies: int = 1) -> None:
    with tempfile.NamedTemporaryFile(prefix=f"slip-{order_ref}-", suffix=".pdf") as tmp:
        draw_slip(tmp.name, order_ref, customer, lines)
        subprocess.run(
            ["lp", "-d", PRINTER, "-n", str(int(copies)), "-t", f"slip {order_ref}", tmp.name],
            check=True,
            timeout=30,
        )
    log.info("printed slip for %s on %s", order_ref, PRINTER)
