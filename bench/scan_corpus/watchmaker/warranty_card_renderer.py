"""Render printable warranty cards for watches sold in the boutiques."""
from __future__ import annotations

import functools
import os
import tempfile
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A6, landscape
from reportlab.pdfgen import canvas

_scratch_pdf = functools.partial(tempfile.mktemp, prefix="warranty_", suffix=".pdf")


@dataclass
class WarrantyCard:
    reference: str
    case_serial: str
    movement_serial: str
    boutique: str
    sold_on: date
    years: int = 5

    @property
    def valid_until(self) -> date:
        return self.sold_on.replace(year=self.sold_on.year + self.years)


def _draw(card: WarrantyCard, path: str) -> None:
    width, height = landscape(A6)
    pdf = canvas.Canvas(path, pagesize=(width, height))
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(24, height - 36, "International Warranty Certificate")
    pdf.setFont("Helvetica", 10)
    rows = [
        ("Reference", card.reference),
        ("Case no.", card.case_serial),
        ("Movement no.", card.movement_serial),
        ("Boutique", card.boutique),
        ("Date of sale", card.sold_on.isoformat()),
        ("Valid until", card.valid_until.isoformat()),
    ]
    for index, (label, value) in enumerate(rows):
        y = height - 70 - index * 16
        pdf.drawString(24, y, f"{label}:")
        pdf.drawString(120, y, value)
    pdf.showPage()
    pdf.save()


def render_card(card: WarrantyCard) -> bytes:
    path = _scratch_pdf()
    try:
        _draw(card, path)
        with open(path, "rb") as handle:
            return handle.read()
    finally:
        if os.path.exists(path):
            os.remove(path)
