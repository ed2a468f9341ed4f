"""End-of-shift bottling report: render a PDF and push it to the production share."""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


@dataclass
class ShiftSummary:
    line: int
    shift_date: date
    lots: list[str]
    bottles_filled: int
    rejects: int

    @property
    def reject_rate(self) -> float:
        return self.rejects / self.bottles_filled if self.bottles_filled else 0.0


def render_pdf(summary: ShiftSummary) -> str:
    path = tempfile.mktemp(suffix=".pdf", prefix=f"line{summary.line}_")
    pdf = canvas.Canvas(path, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 790, f"Bottling line {summary.line} - {summary.shift_date:%d %b %Y}")
    pdf.setFont("Helvetica", 11)
    y = 750
    for label, value in (
        ("Lots", ", ".join(summary.lots)),
        ("Bottles filled", f"{summary.bottles_filled:,}"),
        ("Rejects", f"{summary.rejects:,} ({summary.reject_rate:.2%})"),
    ):
        pdf.drawString(60, y, f"{label}: {value}")
        y -= 20
    pdf.showPage()
    pdf.save()
    return path


def publish(summary: ShiftSummary, share_dir: str) -> str:
    tmp = render_pdf(summary)
    dest = os.path.join(share_dir, f"bottling_L{summary.line}_{summary.shift_date:%Y%m%d}.pdf")
    shutil.move(tmp, dest)
    return dest
